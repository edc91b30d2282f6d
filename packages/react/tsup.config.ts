import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const USE_CLIENT = "'use client';";

/**
 * tsup's CJS code splitting (sucrase) writes `"use strict"` and the `__esModule` marker before the banner, on the
 * first line: put the directive first again in every `.cjs` file (on that line, so the source maps still hold).
 */
function directiveFirst(dir: string) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.cjs'))) {
    const path = `${dir}/${name}`;
    const code = readFileSync(path, 'utf8');
    const end = code.indexOf('\n');
    const first = code.slice(0, end);
    if (!first.startsWith(USE_CLIENT) && first.includes(USE_CLIENT)) {
      writeFileSync(path, USE_CLIENT + first.replace(USE_CLIENT, '') + code.slice(end));
    }
  }
}

export default defineConfig({
  // One entry per widget, so a page that shows only a badge ships only the badge.
  entry: [
    'src/index.ts',
    'src/referral-form.ts',
    'src/referral-tracker.ts',
    'src/referral-inbox.ts',
    'src/consultation-request.ts',
    'src/consultation-tracker.ts',
    'src/consultation-inbox.ts',
    'src/calendar.ts',
    'src/appointments.ts',
    'src/free-clinic-queue.ts',
    'src/recognition.ts',
    'src/order-check.ts',
    // d3-array is a devDependency, so tsup bundles it (into this entry's chunk only): it ships ESM only, and the
    // CJS build could not require it.
    'src/alliance-dashboard.ts',
  ],
  format: ['esm', 'cjs'],
  // Code splitting for CJS too (ESM always splits): the entries share one AllianceProvider context. Without it each
  // CJS entry carried its own copy, and a widget required from `@yilian/react/calendar` did not see the provider
  // required from `@yilian/react`. Also makes `require` interop honour `__esModule` (sucrase).
  splitting: true,
  dts: { compilerOptions: { composite: false } },
  clean: true,
  sourcemap: true,
  // Read by scripts/third-party-notices.mjs (which removes them) to list the bundled packages' licences.
  metafile: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@radix-ui/react-dialog', '@yilian/sdk', '@yilian/domain'],
  // The widgets use state and effects: React Server Components must treat every entry as a client module.
  banner: { js: "'use client';" },
  onSuccess: async () => {
    directiveFirst('dist');
    execFileSync(process.execPath, ['scripts/build-css.mjs'], { stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/third-party-notices.mjs', 'dist'], { stdio: 'inherit' });
  },
});
