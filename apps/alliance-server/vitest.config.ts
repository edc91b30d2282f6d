import { defineConfig, mergeConfig } from 'vitest/config';
import { nodeProjectConfig } from '../../vitest.shared.js';

export default mergeConfig(
  nodeProjectConfig,
  defineConfig({ test: { name: 'alliance-server', include: ['src/**/*.test.ts'] } }),
);
