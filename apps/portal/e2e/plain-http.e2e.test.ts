// The widgets' writes on a hospital intranet: the portal served over plain HTTP from a LAN name (hospital.lan), not
// localhost, so the page is not a secure context and the browser withholds `crypto.randomUUID`. Booking, rescheduling,
// cancelling, recording a re-test and the decisions of an order check must still work — against the real alliance server, checked in its database.
import type { Database } from '@yilian/alliance-server';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from './support.ts';
import {
  SCREENSHOTS as screenshots,
  openPage,
  signIn,
  STARTUP_TIMEOUT_MS,
  startPortal,
  step as stepOn,
  watchPage,
} from './support.ts';

/** The contract's example patient: a valid, fictitious 居民身份证号. */
const PATIENT = { name: '张三', idNumber: '110105199003071239' };
/** A confirmation appears within seconds; a widget that crashed shows none, and the test should say so soon. */
const CONFIRMED = { timeout: 15_000 };

let portal: Portal;
let db: Database;
let page: Page;
let siteUrl: string;
const problems: string[] = [];
/** The writes the page sent: method, path, and the Idempotency-Key it carried. */
const writes: { path: string; key: string | undefined; status?: number; body?: unknown }[] = [];

function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  return stepOn(`plain-http-failed-${name}`, { page }, problems, run);
}

async function switchPersona(clinicianId: string) {
  await signIn(page, clinicianId);
}

async function goTo(name: '转诊' | '专家排班' | '检验检查互认') {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

function lastWrite(path: RegExp) {
  const found = writes.filter((write) => path.test(write.path)).at(-1);
  expect(found, `a write to ${path}`).toBeDefined();
  return found!;
}

beforeAll(async () => {
  // A LAN name for the loopback server: the origin is http://hospital.lan:port, neither HTTPS nor localhost.
  portal = await startPortal({ name: 'plain-http', lan: true });
  ({ db, siteUrl } = portal);
  page = await openPage(portal.browser);
  watchPage(page, problems);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      request.method() === 'POST' &&
      /^\/v1\/(appointments|recognition\/(retests|adoptions))/.test(url.pathname)
    ) {
      writes.push({ path: url.pathname, key: request.headers()['idempotency-key'] });
    }
  });
  page.on('response', async (response) => {
    const write = writes.find((w) => response.url().endsWith(w.path) && w.status === undefined);
    if (write && response.request().method() === 'POST') {
      write.status = response.status();
      write.body = await response.json().catch(() => undefined);
    }
  });
}, STARTUP_TIMEOUT_MS);

afterAll(async () => {
  await portal?.close();
});

describe('the widgets on a plain-HTTP intranet origin', () => {
  it('serve the portal from http://hospital.lan, an insecure context without crypto.randomUUID', async () => {
    const response = await page.goto(siteUrl);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: '转诊' }).waitFor();
    const context = await page.evaluate(() => ({
      origin: location.origin,
      isSecureContext: window.isSecureContext,
      randomUUID: typeof (crypto as Partial<Crypto>).randomUUID,
      getRandomValues: typeof crypto.getRandomValues,
    }));
    expect(context).toEqual({
      origin: siteUrl.slice(0, -1),
      isSecureContext: false,
      randomUUID: 'undefined',
      getRandomValues: 'function',
    });
    expect(problems).toEqual([]);
  });

  it('books, reschedules and cancels an appointment in the expert calendar', async () => {
    await step('calendar', async () => {
      await switchPersona('cln_pumch_neuro_zhang');
      await page.getByRole('banner').getByText('北京协和医院', { exact: true }).waitFor();
      await goTo('专家排班');
      const calendar = page.getByRole('region', { name: /专家排班/ }).filter({ has: page.getByRole('grid') });
      await calendar.getByRole('combobox', { name: /^专家/ }).selectOption({ label: '李明' });
      // The seeded clinics run every Tuesday from this week on: next week's are always ahead.
      await calendar.getByRole('button', { name: '下一周' }).click();
      await calendar.getByText('专家：李明').first().waitFor();

      // Book.
      await calendar
        .getByRole('button', { name: /08:00–08:30/ })
        .first()
        .click();
      let dialog = page.getByRole('dialog', { name: /坐诊/ });
      await dialog.getByLabel('患者姓名').fill(PATIENT.name);
      await dialog.getByLabel('证件号码').fill(PATIENT.idNumber);
      await dialog.getByLabel('性别').selectOption('male');
      await dialog.getByLabel('出生日期').fill('1990-03-07');
      await dialog.getByLabel('同意方式').selectOption({ index: 1 });
      await dialog.getByRole('checkbox').check();
      await dialog.getByRole('button', { name: '确认预约' }).click();
      await dialog.getByText(/已为张\*预约/).waitFor(CONFIRMED);
      const booked = lastWrite(/^\/v1\/appointments$/);
      expect(booked.status).toBe(201);
      const appointmentId = (booked.body as { id: string }).id;

      // Reschedule to the next half hour of the same clinic.
      await dialog.getByRole('button', { name: /改约/ }).click();
      const to = dialog.getByLabel('改到');
      const option = to.locator('option', { hasText: '08:30–09:00' }).first();
      const target = (await option.getAttribute('value')) ?? '';
      expect(target).not.toBe('');
      await to.selectOption(target);
      await dialog.getByRole('button', { name: '确认改约' }).click();
      await dialog.getByText(/已将张\*改约到/).waitFor(CONFIRMED);
      expect(lastWrite(/\/reschedule$/).status).toBe(200);
      await dialog.getByRole('button', { name: '关闭' }).last().click();

      // Cancel, in the slot it moved to.
      await calendar
        .getByRole('button', { name: /08:30–09:00/ })
        .first()
        .click();
      dialog = page.getByRole('dialog', { name: /坐诊/ });
      await dialog.getByRole('button', { name: /取消预约/ }).click();
      await dialog.getByRole('button', { name: '确认取消' }).click();
      await dialog.getByText(/已取消张\*的预约/).waitFor(CONFIRMED);
      expect(lastWrite(/\/cancel$/).status).toBe(200);
      await page.screenshot({ path: `${screenshots}plain-http-calendar.png`, fullPage: true });
      await dialog.getByRole('button', { name: '关闭' }).last().click();

      // The server agrees: one appointment, moved to the later slot, then cancelled.
      const { rows } = await db.query<{ id: string; status: string; slot_id: string }>(
        'SELECT id, status, slot_id FROM appointments WHERE id = $1',
        [appointmentId],
      );
      expect(rows).toEqual([{ id: appointmentId, status: 'cancelled', slot_id: target }]);
    });
    // Each write carried a key of the SDK's generator (32 hex), one per attempt.
    const keys = writes.map((write) => write.key);
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      expect(key).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(new Set(keys).size).toBe(3);
    expect(problems).toEqual([]);
  });

  it('records a re-test reason from the recognition badge', async () => {
    await step('retest', async () => {
      await switchPersona('cln_cz_neuro_wang');
      await goTo('检验检查互认');
      await page.getByText('登记本院结果（演示）').click();
      // Days are typed year first whatever the browser's language: text fields, not native date controls, which
      // Chromium shows as mm/dd/yyyy when its own language is English.
      const register = page.getByRole('region', { name: '登记本院结果（演示）' });
      const performedOn = register.getByLabel('检查日期');
      expect(await performedOn.getAttribute('type')).toBe('text');
      expect(await performedOn.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const birthDate = register.getByLabel('出生日期');
      await birthDate.fill('1990/3/7');
      await birthDate.blur();
      expect(await birthDate.inputValue()).toBe('1990-03-07');
      await page.getByRole('button', { name: '登记结果' }).click();
      await page.getByRole('status').filter({ hasText: '已登记结果' }).waitFor();

      await switchPersona('cln_pumch_neuro_zhang');
      await page.getByRole('banner').getByText('北京协和医院', { exact: true }).waitFor();
      await page.getByLabel('证件号码').first().fill(PATIENT.idNumber);
      await page.getByRole('button', { name: '查询', exact: true }).click();
      const result = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: /糖化血红蛋白/ }) })
        .first();
      await result.getByText('已互认').waitFor();
      await result.getByRole('button', { name: /互认详情/ }).click();
      const dialog = page.getByRole('dialog', { name: /^糖化血红蛋白：/ });
      await dialog.getByRole('radio').first().check();
      await dialog.getByRole('checkbox', { name: '已向患者说明复查原因' }).check();
      await dialog.getByRole('button', { name: '记录复查原因' }).click();
      await dialog.getByRole('status').filter({ hasText: '已记录复查原因' }).waitFor(CONFIRMED);
      await page.screenshot({ path: `${screenshots}plain-http-retest.png`, fullPage: true });

      const recorded = lastWrite(/^\/v1\/recognition\/retests$/);
      expect(recorded.status).toBe(201);
      expect(recorded.key).toMatch(/^[0-9a-f]{32}$/);
      const { rows } = await db.query<{ id: string; explained_to_patient: boolean }>(
        'SELECT id, explained_to_patient FROM retest_records WHERE id = $1',
        [(recorded.body as { id: string }).id],
      );
      expect(rows).toEqual([{ id: (recorded.body as { id: string }).id, explained_to_patient: true }]);
    });
    expect(problems).toEqual([]);
  });

  it('checks an order of several items, adopts one result and records a re-test reason for another', async () => {
    await step('order-check', async () => {
      // 沧州 registers 张三's HbA1c and potassium, performed today.
      await switchPersona('cln_cz_neuro_wang');
      await page.getByRole('banner').getByText('沧州市中心医院', { exact: true }).waitFor();
      await goTo('检验检查互认');
      const register = page.getByText('登记本院结果（演示）');
      if (!(await page.getByRole('button', { name: '登记结果' }).isVisible())) {
        await register.click();
      }
      for (const item of ['糖化血红蛋白（HbA1c）', '钾（K）']) {
        await page.getByLabel('项目', { exact: true }).selectOption({ label: item });
        await page.getByRole('button', { name: '登记结果' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: `已登记结果：${item}` })
          .waitFor(CONFIRMED);
      }

      // 协和's doctor finds the patient and checks an order of three items before placing it.
      await switchPersona('cln_pumch_neuro_zhang');
      await page.getByRole('banner').getByText('北京协和医院', { exact: true }).waitFor();
      await page.getByLabel('证件号码').first().fill(PATIENT.idNumber);
      await page.getByRole('button', { name: '查询', exact: true }).click();
      await page
        .getByRole('heading', { name: /糖化血红蛋白/ })
        .first()
        .waitFor(CONFIRMED);
      for (const item of ['糖化血红蛋白（HbA1c）', '钾（K）', '促甲状腺激素（TSH）']) {
        await page.getByRole('checkbox', { name: item }).check();
      }
      // Each checkbox is checkbox-sized and right beside its item's name (a text field's full-width rule once
      // stretched it, leaving the box far from its name).
      const choices = await page.$$eval('.portal-items__choice', (labels) =>
        labels.map((label) => {
          const box = label.querySelector('input')!.getBoundingClientRect();
          const text = document.createRange();
          text.selectNodeContents(label.lastChild!);
          return { width: box.width, gap: text.getBoundingClientRect().left - box.right };
        }),
      );
      expect(choices.length).toBeGreaterThan(3);
      for (const choice of choices) {
        expect(choice.width).toBeLessThanOrEqual(24);
        expect(choice.gap).toBeGreaterThanOrEqual(0);
        expect(choice.gap).toBeLessThanOrEqual(16);
      }
      await page.getByRole('button', { name: '核对所选项目' }).click();
      const check = page.getByRole('region', { name: '开单前互认核对' });
      const lines = check.getByRole('list', { name: '拟开项目' });
      await lines.waitFor(CONFIRMED);
      const line = (name: string) =>
        lines.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
      expect(await lines.locator(':scope > li').count()).toBe(3);
      await line('促甲状腺激素').getByText('无既往结果').waitFor();

      // Adopt the HbA1c in one click.
      const hba1c = line('糖化血红蛋白');
      await hba1c.getByText('【京津冀HR】糖化血红蛋白').waitFor();
      await hba1c.getByRole('checkbox', { name: '已向患者说明' }).check();
      await hba1c.getByRole('button', { name: '采纳该结果' }).click();
      await hba1c.getByRole('status').filter({ hasText: '已采纳' }).waitFor(CONFIRMED);

      // Re-test the potassium: an emergency, explained to the patient.
      const potassium = line('钾');
      await potassium.getByRole('button', { name: '不采纳，需复查' }).click();
      await potassium.getByRole('radio', { name: '急诊、急救' }).check();
      await potassium.getByRole('checkbox', { name: '已向患者说明' }).check();
      await potassium.getByRole('button', { name: '记录不采纳' }).click();
      await potassium.getByRole('status').filter({ hasText: '已记录不采纳' }).waitFor(CONFIRMED);
      expect(await check.getByText('为患者节省', { exact: true }).locator('..').textContent()).toContain(
        '¥80.00',
      );
      await page.screenshot({ path: `${screenshots}plain-http-order-check.png`, fullPage: true });

      // Two decisions, each under its own key of the SDK's generator, stored with the doctor's department and price.
      const decisions = writes.filter((write) => write.path === '/v1/recognition/adoptions');
      expect(decisions.map((write) => write.status)).toEqual([201, 201]);
      for (const write of decisions) {
        expect(write.key).toMatch(/^[0-9a-f]{32}$/);
      }
      expect(new Set(decisions.map((write) => write.key)).size).toBe(2);
      const { rows } = await db.query<{
        item_code: string;
        outcome: string;
        reason: string | null;
        explained_to_patient: boolean;
        institution_id: string;
        price_fen: number | null;
      }>(
        `SELECT item_code, outcome, reason, explained_to_patient, institution_id, price_fen
           FROM adoption_decisions WHERE id = ANY($1) ORDER BY item_code`,
        [decisions.map((write) => (write.body as { id: string }).id)],
      );
      expect(rows).toEqual([
        {
          item_code: 'LAB_HBA1C',
          outcome: 'adopted',
          reason: null,
          explained_to_patient: true,
          institution_id: 'ins_pumch',
          price_fen: 8000,
        },
        {
          item_code: 'LAB_K',
          outcome: 'not_adopted',
          reason: 'emergency',
          explained_to_patient: true,
          institution_id: 'ins_pumch',
          price_fen: 500,
        },
      ]);
    });
    expect(problems).toEqual([]);
  });
});
