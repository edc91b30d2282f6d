import { defineConfig, mergeConfig } from 'vitest/config';
import { nodeProjectConfig } from '../../vitest.shared.js';

// The portal's end-to-end test runs in Node: the reference server in-process (on its sources, through the shared
// Node config's `@yilian/source` condition), the portal built by Vite from its own config — which resolves
// @yilian/react and @yilian/sdk to their built `dist`, like any customer's site — and Debian Chromium driving it.
export default mergeConfig(
  nodeProjectConfig,
  defineConfig({
    test: {
      name: 'portal-e2e',
      include: ['e2e/**/*.e2e.test.ts'],
      environment: 'node',
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  }),
);
