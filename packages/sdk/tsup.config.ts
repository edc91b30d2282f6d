import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per subpath export, so the outbox, the webhook helper and the domain rules cost nothing to those who
  // skip them.
  entry: ['src/index.ts', 'src/outbox.ts', 'src/webhooks.ts', 'src/rules.ts'],
  format: ['esm', 'cjs'],
  // tsup's declaration pass runs outside the project references, where `composite` would demand a full file list.
  dts: { compilerOptions: { composite: false } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
