import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per subpath export, so the outbox, the webhook helper and the domain rules cost nothing to those who
  // skip them.
  entry: ['src/index.ts', 'src/outbox.ts', 'src/webhooks.ts', 'src/rules.ts'],
  format: ['esm', 'cjs'],
  // Code splitting for CJS too (ESM always splits): tsup then builds ESM and converts it with sucrase, whose
  // `require` interop honours `__esModule`. Without it, esbuild's Node-mode interop took openapi-fetch's whole
  // `module.exports` for its default export, and `require('@yilian/sdk').createAllianceClient()` threw "is not a
  // function". The entries also share their chunks instead of each carrying a copy.
  splitting: true,
  // tsup's declaration pass runs outside the project references, where `composite` would demand a full file list.
  dts: { compilerOptions: { composite: false } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
