// The 义诊 day from a patient's phone (#15): on a plain-HTTP LAN origin, as a hospital intranet serves it, a patient
// of 包钢 registers herself for two departments of the 京蒙 free clinic in the expert calendar, finds both in My
// appointments and cancels one — against the real alliance server, checked in its database.
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import {
  createAllianceApp,
  loadMigrations,
  migrate,
  openPglite,
  seedAlliance,
  signToken,
} from '@yilian/alliance-server';
import type { Database } from '@yilian/alliance-server';
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
const outDir = join(tmpdir(), `yilian-portal-free-clinic-${process.pid}`);
const HOST = 'hospital.lan';
const TOKEN_SECRET = 'portal-free-clinic-token-secret';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
];
/** A seeded patient account of 包钢 and the identity its hospital holds for her. */
const PATIENT = {
  id: 'pat_bg_wang_lan',
  name: '王兰',
  idNumber: '150203196205140024',
};
const CONFIRMED = { timeout: 15_000 };

let db: Database;
let server: ServerType;
let site: PreviewServer;
let browser: Browser;
let page: Page;
let siteUrl: string;
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
    await page?.screenshot({ path: `${screenshots}free-clinic-failed-${name}.png`, fullPage: true });
    console.error(`free-clinic ${name} failed; the page reported: ${JSON.stringify(problems)}`);
    throw error;
  }
}

async function goTo(name: string) {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Books the slot whose button starts with `time` and names `department`, as the patient herself. */
async function bookFreeClinicHour(department: string, time: string) {
  const calendar = page.getByRole('region', { name: /专家排班/ }).last();
  await calendar.getByRole('combobox', { name: /^科室/ }).selectOption({ label: department });
  await calendar.getByRole('button', { name: '最近可约' }).click();
  await calendar.getByRole('status').filter({ hasText: '最近可约：' }).waitFor(CONFIRMED);
  await calendar
    .getByRole('button', { name: new RegExp(`^${time}.*${department}`) })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: /义诊/ });
  await dialog.getByLabel(/^患者姓名/).fill(PATIENT.name);
  await dialog.getByLabel(/^证件号码/).fill(PATIENT.idNumber);
  await dialog.getByLabel(/^证件号码/).blur();
  // The ID number filled sex and birth date.
  expect(await dialog.getByLabel(/^出生日期/).inputValue()).toBe('1962-05-14');
  await dialog.getByLabel(/^同意方式/).selectOption('electronic_signature');
  await dialog.getByRole('checkbox', { name: /已单独同意/ }).check();
  await dialog.getByRole('button', { name: '确认预约' }).click();
  await dialog.getByText(/^已为王\*预约/).waitFor(CONFIRMED);
  await dialog.getByRole('button', { name: '关闭' }).click();
}

beforeAll(async () => {
  db = await openPglite();
  await migrate(db, await loadMigrations());
  await seedAlliance(db, new Date());
  const app = createAllianceApp({
    db,
    config: {
      tokenSecret: TOKEN_SECRET,
      patientKeySecret: 'portal-free-clinic-patient-key',
      demoPersonas: true,
    },
  });
  server = await listen(app.fetch);
  const serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

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
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      proxy: allianceProxy(serverUrl),
      allowedHosts: [HOST],
    },
  });
  const port = new URL(site.resolvedUrls?.local[0] ?? '').port;
  siteUrl = `http://${HOST}:${port}/`;

  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROME_ARGS,
  });
  // A phone: 360 px wide, touch.
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Content Security Policy directive 'style-src/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(
        `${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`,
      );
    }
  });

  // The demo's sign-in lists clinicians only (`/dev/personas`); the patient's token is minted here as the hospital's
  // own backend would after its login, and offered as one more persona.
  const patientToken = await signToken(
    { institutionId: 'ins_baogang', role: 'patient', clinicianId: PATIENT.id },
    TOKEN_SECRET,
  );
  await page.route('**/dev/personas', async (route) => {
    // note: Node resolves no LAN name; the browser's own request goes to hospital.lan as everywhere else
    const response = await route.fetch({ url: route.request().url().replace(HOST, '127.0.0.1') });
    const body = (await response.json()) as { items: unknown[] };
    body.items.push({
      clinicianId: PATIENT.id,
      name: PATIENT.name,
      institutionId: 'ins_baogang',
      role: 'patient',
      token: patientToken,
    });
    await route.fulfill({ response, json: body });
  });
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db?.close();
  await rm(outDir, { recursive: true, force: true });
});

describe('a patient on a phone at the 包钢 义诊 day', () => {
  it('registers for two departments, finds both in My appointments and cancels one', async () => {
    // Straight to the calendar: a patient has no referral work queue to open on.
    await page.goto(`${siteUrl}#/calendar`);
    await page.getByRole('heading', { level: 1, name: '专家排班' }).waitFor();
    await page.getByLabel('当前身份').selectOption(PATIENT.id);
    await page.getByRole('banner').getByText('内蒙古包钢医院', { exact: true }).waitFor();
    problems.length = 0;

    await step('book', async () => {
      const calendar = page.getByRole('region', { name: /专家排班/ }).last();
      await calendar.getByRole('combobox', { name: /^医院/ }).selectOption({ label: '内蒙古包钢医院' });
      await bookFreeClinicHour('呼吸内科', '08:00–09:00');
      // A phone: the date strip, one day at a time.
      expect(await calendar.getByRole('group', { name: '选择日期' }).isVisible()).toBe(true);
      // Not the same hour: a patient's bookings never overlap.
      await bookFreeClinicHour('消化内科', '09:00–10:00');
    });

    await step('list', async () => {
      await goTo('我的预约');
      const list = page.getByRole('region', { name: /我的预约/ }).getByRole('list');
      const items = list.getByRole('listitem');
      await expect.poll(() => items.count(), CONFIRMED).toBe(2);
      expect(await items.nth(0).textContent()).toContain('08:00–09:00');
      expect(await items.nth(1).textContent()).toContain('09:00–10:00');
      // The list masks her name (the persona menu above is the demo's sign-in, not the list).
      expect(await page.locator('main').textContent()).not.toContain(PATIENT.name);
    });

    await step('cancel', async () => {
      const list = page.getByRole('region', { name: /我的预约/ }).getByRole('list');
      const gastro = list.getByRole('listitem').filter({ hasText: '09:00–10:00' });
      await gastro.getByRole('button', { name: '取消预约' }).click();
      await gastro.getByRole('button', { name: '确认取消' }).click();
      await page.getByText(/^已取消 .* 09:00–10:00 的预约。$/).waitFor(CONFIRMED);
      await expect.poll(() => list.getByRole('listitem').count(), CONFIRMED).toBe(1);
    });

    // In the server's database: one active booking and one cancelled, both hers.
    const { rows } = await db.query<{ status: string }>(
      'SELECT status FROM appointments WHERE patient_id = $1 ORDER BY booked_at',
      [PATIENT.id],
    );
    expect(rows.map((row) => row.status)).toEqual(['booked', 'cancelled']);
    // The page fits the phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
  });
});
