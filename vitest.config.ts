import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { nodeProjectConfig } from './vitest.shared.js';

// A factory, not a shared object: vitest mutates the browser options it is given.
export const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      {
        // The rules promise to run in browsers: run their whole suite in Chromium as well as in Node.
        root: 'packages/domain',
        resolve: { conditions: ['@yilian/source'] },
        test: { name: 'domain-browser', include: ['src/**/*.test.ts'], browser: chromium() },
      },
      {
        // The SDK's browser-only parts (IndexedDB outbox) in Chromium, against the reference server in the page.
        root: 'packages/sdk',
        resolve: { conditions: ['@yilian/source'] },
        optimizeDeps: {
          exclude: ['@electric-sql/pglite'],
          include: ['hono', 'ajv/dist/2020.js', 'ajv-formats', 'jose', 'openapi-fetch'],
        },
        test: {
          name: 'sdk-browser',
          include: ['src/**/*.browser.test.ts'],
          browser: chromium(),
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The widgets' framework-free cores (createIdempotentMutation …) in Node: plain `.test.ts`, no DOM, no React.
        ...nodeProjectConfig,
        root: 'packages/react',
        test: {
          ...nodeProjectConfig.test,
          name: 'react-core',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // The widgets on React 18 (a supported peer): react and react-dom resolve to 18.3 in this project only.
        root: 'packages/react',
        resolve: {
          conditions: ['@yilian/source'],
          alias: [
            { find: /^react$/, replacement: 'react-18' },
            { find: /^react\/(.*)$/, replacement: 'react-18/$1' },
            { find: /^react-dom$/, replacement: 'react-dom-18' },
            { find: /^react-dom\/(.*)$/, replacement: 'react-dom-18/$1' },
          ],
        },
        esbuild: { jsx: 'automatic' },
        optimizeDeps: {
          exclude: ['@electric-sql/pglite'],
          include: [
            'hono',
            'ajv/dist/2020.js',
            'ajv-formats',
            'jose',
            'openapi-fetch',
            '@radix-ui/react-dialog',
          ],
        },
        test: {
          name: 'react18',
          include: ['src/**/*.browser.test.tsx'],
          browser: chromium(),
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Every story is a test: rendered in Chromium, its play function run, axe failing on violations.
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: chromium(),
          // PGlite boots in seconds in the page, once per story file.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same stories at a phone's width (many patients use phone browsers): layout, focus and axe again.
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook-phone',
          browser: { ...chromium(), viewport: { width: 360, height: 740 } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
