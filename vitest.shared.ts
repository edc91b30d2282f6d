import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/** Node-side vitest settings shared by every package: resolve workspace packages to their sources. */
export const nodeProjectConfig = defineConfig({
  resolve: { conditions: ['@yilian/source'] },
  ssr: { resolve: { conditions: ['@yilian/source', ...defaultServerConditions] } },
  test: {
    // PGlite boots in seconds, and more under parallel load on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
