// Alliance indicators (成效监测, issue #17) end to end in the portal: 协和's coordinator finds 成效监测 in the
// navigation (a referring doctor does not), opens the dashboard on the last complete month, sees the figures the
// server computes from the seeded history, opens a chart's data table, and the page fits a 360 px phone.
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import {
  createAllianceApp,
  loadMigrations,
  migrate,
  openPglite,
  seedAlliance,
} from '@yilian/alliance-server';
import type { Database } from '@yilian/alliance-server';
import type { Schemas } from '@yilian/sdk';
import { mkdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { chromium } from 'playwright';
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allianceProxy } from '../vite.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const screenshots = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
// Its own output folder: the other e2e files build the portal at the same time.
const outDir = join(tmpdir(), `yilian-portal-indicators-${process.pid}`);
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SOON = { timeout: 20_000 };
const COORDINATOR = 'cln_pumch_coord_sun';
const ALLIANCE = 'all_pumch_cangzhou';

let db: Database;
let server: ServerType;
let serverUrl: string;
let site: PreviewServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<ServerType> {
  return new Promise((resolve) => {
    const s = serve({ fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
}

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    await page?.screenshot({ path: `${screenshots}indicators-failed-${name}.png`, fullPage: true });
    console.error(`indicators ${name} failed; the page reported: ${JSON.stringify(problems)}`);
    throw error;
  }
}

/** The month before this one in Asia/Shanghai (`YYYY-MM`), what the dashboard opens on, and the five before it. */
function lastSixMonths(now: Date) {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  const first = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() - 6, 1));
  const last = new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), 0));
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return { from: day(first), to: day(last) };
}

/** A month `YYYY-MM` as the dashboard names it in zh-CN, and its first and last days. */
function monthPeriod(month: string) {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return {
    from: `${month}-01`,
    to: `${month}-${String(last).padStart(2, '0')}`,
    label: `${year}年${number}月`,
  };
}

/** The indicators as the server answers the coordinator, through the same API the dashboard calls. */
async function indicatorsOf(from: string, to: string): Promise<Schemas['AllianceIndicators']> {
  const personas = (await (await fetch(`${serverUrl}/dev/personas`)).json()) as {
    items: { clinicianId: string; token: string }[];
  };
  const token = personas.items.find((p) => p.clinicianId === COORDINATOR)?.token;
  const response = await fetch(`${serverUrl}/v1/indicators?allianceId=${ALLIANCE}&from=${from}&to=${to}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Schemas['AllianceIndicators'];
}

beforeAll(async () => {
  db = await openPglite();
  await migrate(db, await loadMigrations());
  // With the demo's months of history, as `serve --demo` seeds it.
  await seedAlliance(db, new Date(), { history: true });
  const app = createAllianceApp({
    db,
    config: {
      tokenSecret: 'portal-indicators-token-secret',
      patientKeySecret: 'portal-indicators-patient-key',
      demoPersonas: true,
    },
  });
  server = await listen(app.fetch);
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // vitest runs with NODE_ENV=test, which Vite would bake into the bundle (React's development build).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  site = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, proxy: allianceProxy(serverUrl) },
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROME_ARGS,
  });
  await mkdir(screenshots, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('console', (message) => {
    // The known scroll-lock `<style>` refused by the portal's strict CSP (see portal.e2e.test.ts) is not ours.
    if (message.type() === 'error' && !/Content Security Policy directive 'style-src/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(site.resolvedUrls?.local[0] ?? '');
  await page.getByRole('heading', { level: 1, name: '转诊' }).waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db?.close();
  await rm(outDir, { recursive: true, force: true });
});

describe('成效监测 in the portal', () => {
  /** The last complete month: the one the dashboard opens on. */
  let seeded: { month: string; from: string; to: string; label: string };

  it('is in the navigation of a coordinator only', async () => {
    await step('navigation', async () => {
      const nav = page.getByRole('navigation', { name: '主导航' });
      // 王芳, the default persona, refers patients: no indicators for her.
      await nav.getByRole('link', { name: '转诊' }).waitFor();
      expect(await nav.getByRole('link', { name: '成效监测' }).count()).toBe(0);
      await page.getByLabel('当前身份').selectOption(COORDINATOR);
      await nav.getByRole('link', { name: '成效监测' }).click(SOON);
      await page.getByRole('heading', { level: 1, name: '成效监测' }).waitFor();
    });
  });

  it("shows the last complete month's figures as the server computes them from the seeded history", async () => {
    await step('figures', async () => {
      const six = lastSixMonths(new Date());
      const { months } = await indicatorsOf(six.from, six.to);
      const month = months[months.length - 1]!.month;
      seeded = { month, ...monthPeriod(month) };
      // The dashboard opens on the last complete month, which the seed's history fills with work.
      await page
        .getByRole('heading', { level: 2, name: `成效监测 · ${seeded.label}` })
        .waitFor({ timeout: 60_000 });
      const expected = await indicatorsOf(seeded.from, seeded.to);
      expect(expected.referrals.up).toBeGreaterThan(0);
      expect(expected.dispatch.expertVisits).toBeGreaterThan(0);
      const value = (name: string) =>
        page
          .locator('.yl-dashboard__card')
          .filter({ has: page.getByText(name, { exact: true }) })
          .locator('.yl-dashboard__value');
      await expect.poll(() => value('上转').textContent(), SOON).toBe(String(expected.referrals.up));
      expect(await value('下转').textContent()).toBe(String(expected.referrals.down));
      expect(await value('专家下沉人次').textContent()).toBe(String(expected.dispatch.expertVisits));
      expect(await value('远程会诊').textContent()).toBe(String(expected.consultations.requested));
      await page.getByRole('img', { name: '近 6 个月上转与下转' }).waitFor();
      await page.screenshot({ path: `${screenshots}indicators-1280.png`, fullPage: true });
    });
  });

  it('opens a chart as a data table', async () => {
    await step('table', async () => {
      const expected = await indicatorsOf(seeded.from, seeded.to);
      const chart = page.getByRole('figure', { name: '近 6 个月上转与下转' });
      await chart.getByRole('button', { name: '显示数据表' }).click();
      const table = chart.getByRole('table', { name: '近 6 个月上转与下转' });
      await table.waitFor(SOON);
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: seeded.label, exact: true }) });
      expect(await row.getByRole('cell').allTextContents()).toEqual([
        String(expected.referrals.up),
        String(expected.referrals.down),
      ]);
      expect(await chart.getByRole('button', { name: '隐藏数据表' }).getAttribute('aria-expanded')).toBe(
        'true',
      );
    });
  });

  it('fits a 360 px phone: nothing scrolls sideways', async () => {
    await step('phone', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.getByRole('img', { name: '应答用时分布' }).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), SOON)
        .toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${screenshots}indicators-360.png`, fullPage: true });
      expect(problems).toEqual([]);
    });
  });
});
