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
  // Each entry self-contained: shared chunks would make the main entry import every locale's table as a chunk,
  // which esbuild then loads up front with the widgets even where the main entry's all-locale functions are unused.
  // Within one file, bundlers drop the tables nobody reads.
  splitting: false,
  // tsup's declaration pass runs outside the project references, where `composite` would demand a full file list.
  dts: { compilerOptions: { composite: false } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
