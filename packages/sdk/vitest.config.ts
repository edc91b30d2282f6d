import { defineConfig, mergeConfig } from 'vitest/config';
import { nodeProjectConfig } from '../../vitest.shared.js';

export default mergeConfig(
  nodeProjectConfig,
  defineConfig({
    test: {
      name: 'sdk',
      include: ['src/**/*.test.ts'],
      // Browser-only tests (IndexedDB) run in the root config's sdk-browser project.
      exclude: ['src/**/*.browser.test.ts'],
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.vitest.json' },
    },
  }),
);
