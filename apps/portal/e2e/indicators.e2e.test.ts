// Alliance indicators (成效监测, issue #17) end to end in the portal: 协和's coordinator finds 成效监测 in the
// navigation (a referring doctor does not), opens the dashboard on the last complete month, sees the figures the
// server computes from the seeded history, opens a chart's data table, the page fits a 360 px phone, and the month
// shown downloads as the server's CSV.
import { readFileSync } from 'node:fs';
import type { Schemas } from '@yilian/sdk';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from './support.ts';
import {
  DESKTOP,
  openPage,
  SCREENSHOTS,
  STARTUP_TIMEOUT_MS,
  startPortal,
  step,
  watchPage,
} from './support.ts';

const SOON = { timeout: 20_000 };
const COORDINATOR = 'cln_pumch_coord_sun';
const ALLIANCE = 'all_pumch_cangzhou';

let portal: Portal;
let page: Page;
const problems: string[] = [];
const checked = <T>(name: string, run: () => Promise<T>) =>
  step(`indicators-${name}`, { page }, problems, run);

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
  const personas = (await (await fetch(`${portal.serverUrl}/dev/personas`)).json()) as {
    items: { clinicianId: string; token: string }[];
  };
  const token = personas.items.find((p) => p.clinicianId === COORDINATOR)?.token;
  const response = await fetch(
    `${portal.serverUrl}/v1/indicators?allianceId=${ALLIANCE}&from=${from}&to=${to}`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Schemas['AllianceIndicators'];
}

beforeAll(async () => {
  // With the demo's months of history, as `serve --demo` seeds it.
  portal = await startPortal({ name: 'indicators', history: true });
  page = await openPage(portal.browser, DESKTOP);
  // The known scroll-lock `<style>` refused by the portal's strict CSP (see portal.e2e.test.ts) is not ours.
  watchPage(page, problems);
  await page.goto(portal.siteUrl);
  await page.getByRole('heading', { level: 1, name: '转诊' }).waitFor();
}, STARTUP_TIMEOUT_MS);

afterAll(async () => {
  await portal?.close();
});

describe('成效监测 in the portal', () => {
  /** The last complete month: the one the dashboard opens on. */
  let seeded: { month: string; from: string; to: string; label: string };

  it('is in the navigation of a coordinator only', async () => {
    await checked('navigation', async () => {
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
    await checked('figures', async () => {
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
      await page.screenshot({ path: `${SCREENSHOTS}indicators-1280.png`, fullPage: true });
    });
  });

  it('opens a chart as a data table', async () => {
    await checked('table', async () => {
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
    await checked('phone', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.getByRole('img', { name: '应答用时分布' }).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), SOON)
        .toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENSHOTS}indicators-360.png`, fullPage: true });
      expect(problems).toEqual([]);
    });
  });

  it('saves the month shown as the server’s CSV, on the phone too', async () => {
    await checked('csv', async () => {
      // Playwright saves what the page downloads: the very file a coordinator's browser would keep.
      const [download] = await Promise.all([
        page.waitForEvent('download', SOON),
        page.getByRole('button', { name: '导出 CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`indicators-${ALLIANCE}-${seeded.from}-${seeded.to}.csv`);
      const bytes = readFileSync((await download.path())!);
      // The byte-order mark that makes Excel read the Chinese headers as UTF-8.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
      expect(lines[0]).toMatch(/上转,下转/);
      const expected = await indicatorsOf(seeded.from, seeded.to);
      const row = lines.find((line) => line.startsWith(seeded.month));
      expect(row, `a row for ${seeded.month} in ${lines.join(' | ')}`).toBeDefined();
      expect(row!.split(',').slice(1, 3)).toEqual([
        String(expected.referrals.up),
        String(expected.referrals.down),
      ]);
      expect(problems).toEqual([]);
    });
  });
});
