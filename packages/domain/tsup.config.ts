import { defineConfig } from 'tsup';

export default defineConfig({
  // The messages of each locale are entries of their own (`@yilian/domain/messages/en`): the widgets load the one
  // locale a page shows, while this package's main entry keeps all three for the server and the SDK (#12).
  entry: {
    index: 'src/index.ts',
    'messages/zh-CN': 'src/messages/zh-CN.ts',
    'messages/zh-TW': 'src/messages/zh-TW.ts',
    'messages/en': 'src/messages/en.ts',
  },
  format: ['esm', 'cjs'],
  // tsup's declaration pass runs outside the project references, where `composite` would demand a full file list.
  dts: { compilerOptions: { composite: false } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
