// The 义诊 day in the portal (#15), on a plain-HTTP LAN origin as a hospital intranet serves it, against the real
// alliance server and checked in its database: a patient of 包钢 on her phone registers herself for two
// departments of the 京蒙 free clinic, finds both in My appointments, cancels one and moves the other to the next
// week's 义诊; then the registration desk calls numbers while the waiting-room display — on the hall's screen and
// on the patient's phone — follows without a reload.
import { residentIdCheckDigit } from '@yilian/domain';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from './support.ts';
import {
  DESKTOP,
  PHONE,
  openPage,
  signIn,
  STARTUP_TIMEOUT_MS,
  startPortal,
  step,
  watchPage,
} from './support.ts';

/** A seeded patient account of 包钢 (listed by `/dev/personas` as 王*) and the identity her hospital holds. */
const PATIENT = { id: 'pat_bg_wang_lan', name: '王兰', idNumber: '150203196205140024' };
const CONFIRMED = { timeout: 15_000 };

let portal: Portal;
let page: Page;
const problems: string[] = [];
/** The two seeded 义诊 Saturdays at 包钢, a week apart: ids and `M/D` dates as the widgets show them. */
const days: { id: string; date: string }[] = [];

async function goTo(on: Page, name: string) {
  await on.getByRole('navigation', { name: '主导航' }).getByRole('link', { name }).click();
  await on.getByRole('heading', { level: 1, name }).waitFor();
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
  portal = await startPortal({ name: 'free-clinic', lan: true });
  const { rows } = await portal.db.query<{ id: string; starts_at: Date | string }>(
    "SELECT id, starts_at FROM activities WHERE kind = 'free_clinic' ORDER BY starts_at",
  );
  const monthDay = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: 'numeric',
    day: 'numeric',
  });
  days.push(...rows.map((row) => ({ id: row.id, date: monthDay.format(new Date(row.starts_at)) })));
  expect(days).toHaveLength(2);
  page = await openPage(portal.browser, PHONE);
  watchPage(page, problems, { responses: true });
}, STARTUP_TIMEOUT_MS);

afterAll(async () => {
  await portal?.close();
});

describe('a patient on a phone at the 包钢 义诊 day', () => {
  it('registers for two departments, finds both in My appointments and cancels one', async () => {
    // Straight to the calendar: a patient has no referral work queue to open on.
    await page.goto(`${portal.siteUrl}#/calendar`);
    await page.getByRole('heading', { level: 1, name: '专家排班' }).waitFor();
    // The demo's sign-in lists her by masked name only, as her hospital's login would hand her a token.
    const menu = page.getByLabel('当前身份');
    expect(await menu.locator(`option[value="${PATIENT.id}"]`).textContent()).toBe(
      '王* · 内蒙古包钢医院 · 患者',
    );
    await signIn(page, PATIENT.id);
    problems.length = 0;

    await step('free-clinic book', { patient: page }, problems, async () => {
      const calendar = page.getByRole('region', { name: /专家排班/ }).last();
      await calendar.getByRole('combobox', { name: /^医院/ }).selectOption({ label: '内蒙古包钢医院' });
      await bookFreeClinicHour('呼吸内科', '08:00–09:00');
      // A phone: the date strip, one day at a time.
      expect(await calendar.getByRole('group', { name: '选择日期' }).isVisible()).toBe(true);
      // Not the same hour: a patient's bookings never overlap.
      await bookFreeClinicHour('消化内科', '09:00–10:00');
    });

    await step('free-clinic list', { patient: page }, problems, async () => {
      await goTo(page, '我的预约');
      const list = page.getByRole('region', { name: /我的预约/ }).getByRole('list');
      const items = list.getByRole('listitem');
      await expect.poll(() => items.count(), CONFIRMED).toBe(2);
      expect(await items.nth(0).textContent()).toContain('08:00–09:00');
      expect(await items.nth(1).textContent()).toContain('09:00–10:00');
      // The list masks her name, as the persona menu above does.
      expect(await page.locator('main').textContent()).not.toContain(PATIENT.name);
    });

    await step('free-clinic cancel', { patient: page }, problems, async () => {
      const list = page.getByRole('region', { name: /我的预约/ }).getByRole('list');
      const gastro = list.getByRole('listitem').filter({ hasText: '09:00–10:00' });
      await gastro.getByRole('button', { name: '取消预约' }).click();
      await gastro.getByRole('button', { name: '确认取消' }).click();
      await page.getByText(/^已取消 .* 09:00–10:00 的预约。$/).waitFor(CONFIRMED);
      await expect.poll(() => list.getByRole('listitem').count(), CONFIRMED).toBe(1);
    });

    // In the server's database: one active booking and one cancelled, both hers.
    const { rows } = await portal.db.query<{ status: string }>(
      'SELECT status FROM appointments WHERE patient_id = $1 ORDER BY booked_at',
      [PATIENT.id],
    );
    expect(rows.map((row) => row.status)).toEqual(['booked', 'cancelled']);
    // The page fits the phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
  });

  it('moves her remaining booking to the next week’s 义诊, and My appointments shows the new time only', async () => {
    const [first, next] = days as [(typeof days)[0], (typeof days)[0]];
    await step('free-clinic reschedule', { patient: page }, problems, async () => {
      const list = page.getByRole('region', { name: /我的预约/ }).getByRole('list');
      const booking = list.getByRole('listitem').filter({ hasText: `${first.date} 08:00–09:00` });
      await booking.getByRole('button', { name: '改约' }).click();
      // Offered: the same expert's 义诊 hours, this week's and the next's.
      const to = booking.getByRole('combobox', { name: /^改到/ });
      const option = to.locator('option', { hasText: `${next.date} 08:00–09:00` });
      await option.waitFor({ state: 'attached', ...CONFIRMED });
      await to.selectOption((await option.getAttribute('value')) ?? '');
      await booking.getByRole('button', { name: '确认改约' }).click();
      await page.getByText(`已改约到 周六 ${next.date} 08:00–09:00。`).waitFor(CONFIRMED);
      const items = list.getByRole('listitem');
      await expect.poll(() => items.count(), CONFIRMED).toBe(1);
      await expect.poll(() => items.first().textContent(), CONFIRMED).toContain(`${next.date} 08:00–09:00`);
      expect(await list.textContent()).not.toContain(first.date);
    });

    // In the server's database: the same booking, now in next week's 义诊, its first slot released.
    const { rows } = await portal.db.query<{
      activity_id: string;
      status: string;
      moved_from: string | null;
    }>(
      `SELECT s.activity_id, a.status, a.rescheduled_from_slot_id AS moved_from
       FROM appointments a JOIN slots s ON s.id = a.slot_id WHERE a.patient_id = $1 AND a.status = 'booked'`,
      [PATIENT.id],
    );
    expect(rows).toEqual([
      { activity_id: next.id, status: 'booked', moved_from: expect.stringContaining(first.id.slice(4)) },
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
  });
});

describe('the 义诊 registration desk and the waiting-room display', () => {
  it('calls the next number at the desk, and the hall’s screen and a patient’s phone show it without reload', async () => {
    const seen: string[] = [];
    const desk = await openPage(portal.browser, DESKTOP);
    const hall = await openPage(portal.browser, DESKTOP);
    const phone = await openPage(portal.browser, PHONE);
    watchPage(desk, seen, { label: 'desk', responses: true });
    watchPage(hall, seen, { label: 'hall', responses: true });
    watchPage(phone, seen, { label: 'phone', responses: true });
    const pages = { desk, hall, phone };
    try {
      await step('queue open', pages, seen, async () => {
        await desk.goto(`${portal.siteUrl}#/free-clinic`);
        await signIn(desk, 'cln_bg_desk_zhao');
        await desk.getByRole('heading', { level: 1, name: '义诊登记' }).waitFor();
        // The hall's screen, signed in as the host's staff; and the patient's own phone.
        for (const [on, persona] of [
          [hall, 'cln_bg_coord_han'],
          [phone, PATIENT.id],
        ] as const) {
          await on.goto(`${portal.siteUrl}#/waiting-room`);
          await signIn(on, persona);
          await on.getByRole('heading', { level: 1, name: '候诊叫号' }).waitFor();
          await on.getByText('实时更新').waitFor(CONFIRMED);
        }
      });

      const loads = { hall: 0, phone: 0 };
      hall.on('load', () => (loads.hall += 1));
      phone.on('load', () => (loads.phone += 1));
      const respiratory = (on: Page) =>
        on.getByRole('list', { name: '各科叫号' }).getByRole('listitem').filter({ hasText: '呼吸内科' });

      await step('queue register', pages, seen, async () => {
        const form = desk.getByRole('form', { name: '现场登记取号' });
        for (const [n, name] of [
          [1, '刘一'],
          [2, '陈二'],
        ] as const) {
          const body = `15020319560101${String(n).padStart(3, '0')}`;
          await form.getByRole('combobox', { name: /就诊科室/ }).selectOption({ label: '呼吸内科' });
          await form.getByLabel(/^患者姓名/).fill(name);
          await form.getByLabel(/^证件号码/).fill(body + residentIdCheckDigit(body));
          await form.getByLabel(/^证件号码/).blur();
          await form.getByLabel(/^同意方式/).selectOption('written');
          await form.getByRole('checkbox', { name: /已单独同意/ }).check();
          await form.getByRole('button', { name: '登记并取号' }).click();
          await desk.getByText(`已取号：呼吸内科 ${n}号`).waitFor(CONFIRMED);
        }
        for (const on of [hall, phone]) {
          await respiratory(on).getByText('等候 2 人').waitFor(CONFIRMED);
          expect(await respiratory(on).textContent()).toContain('尚未叫号');
        }
      });

      await step('queue call', pages, seen, async () => {
        await desk.getByRole('button', { name: '叫下一位 呼吸内科' }).click();
        await desk.getByText('请 1号 到 呼吸内科 就诊').waitFor(CONFIRMED);
        for (const on of [hall, phone]) {
          await respiratory(on).getByText('1号', { exact: true }).waitFor(CONFIRMED);
          await respiratory(on).getByText('等候 1 人').waitFor(CONFIRMED);
          // Said aloud to a screen reader too, politely.
          await on.locator('[aria-live="polite"]').getByText('请 1号 到 呼吸内科 就诊').waitFor(CONFIRMED);
        }
        await desk.getByRole('button', { name: '叫下一位 呼吸内科' }).click();
        for (const on of [hall, phone]) {
          await respiratory(on).getByText('2号', { exact: true }).waitFor(CONFIRMED);
        }
      });
      expect(loads).toEqual({ hall: 0, phone: 0 });
      // Numbers only: the display never names a patient.
      for (const on of [hall, phone]) {
        expect(await on.locator('main').textContent()).not.toMatch(/刘一|陈二/);
      }
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    } finally {
      await desk.context().close();
      await hall.context().close();
      await phone.context().close();
    }
    expect(seen).toEqual([]);
  });
});
