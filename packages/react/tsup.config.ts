import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per widget, so a page that shows only a badge ships only the badge.
  entry: [
    'src/index.ts',
    'src/referral-form.ts',
    'src/referral-tracker.ts',
    'src/calendar.ts',
    'src/recognition.ts',
  ],
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { composite: false } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@radix-ui/react-dialog', '@yilian/sdk', '@yilian/domain'],
  // The widgets use state and effects: React Server Components must treat every entry as a client module.
  banner: { js: "'use client';" },
  onSuccess: 'node scripts/build-css.mjs',
});
