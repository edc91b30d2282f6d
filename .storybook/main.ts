import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../packages/react/src/**/*.mdx', '../packages/react/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // The automatic JSX runtime for files no package tsconfig covers (this folder's preview.tsx).
      esbuild: { jsx: 'automatic' },
      // Workspace packages resolve to their sources, so stories always run the code under review.
      resolve: { conditions: ['@yilian/source', ...defaultClientConditions] },
      optimizeDeps: {
        // PGlite loads its wasm and data files by URL; pre-bundling would point them into .vite/deps.
        exclude: ['@electric-sql/pglite'],
        // Pre-bundled up front so Vite never re-optimizes (and reloads) in the middle of a test run.
        include: [
          'hono',
          'ajv/dist/2020.js',
          'ajv-formats',
          'jose',
          'react',
          'react/jsx-runtime',
          'react/jsx-dev-runtime',
          'react-dom',
          'react-dom/client',
          '@radix-ui/react-dialog',
          'd3-scale',
        ],
      },
    }),
};

export default config;
