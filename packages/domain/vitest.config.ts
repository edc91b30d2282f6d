import { defineConfig, mergeConfig } from 'vitest/config';
import { nodeProjectConfig } from '../../vitest.shared.js';

export default mergeConfig(
  nodeProjectConfig,
  defineConfig({
    test: {
      name: 'domain',
      include: ['src/**/*.test.ts'],
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.vitest.json' },
    },
  }),
);
