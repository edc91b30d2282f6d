import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

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
        test: { name: 'domain (chromium)', include: ['src/**/*.test.ts'], browser: chromium() },
      },
    ],
  },
});
