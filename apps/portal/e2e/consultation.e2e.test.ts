// Remote consultation (远程会诊, issue #16) end to end in the portal on a hospital intranet: served over plain HTTP from
// a LAN name (hospital.lan), two browser contexts — 沧州 in one, 协和 in the other — against the real alliance server.
// 沧州's doctor requests an MDT consultation, 协和's coordinator schedules two experts, each expert signs their own
// opinion, and 沧州 acknowledges and rates it: the loop is closed, and each side saw the other's step without a
// reload. The server's database is checked at the end.
import type { Database } from '@yilian/alliance-server';
import type { Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from './support.ts';
import {
  DESKTOP,
  openPage,
  signIn,
  STARTUP_TIMEOUT_MS,
  startPortal,
  step as stepOn,
  watchPage,
} from './support.ts';

/** A confirmation appears within seconds; a widget that crashed shows none, and the test should say so soon. */
const SOON = { timeout: 20_000 };

let portal: Portal;
let db: Database;
let siteUrl: string;
let cangzhou: Page;
let xiehe: Page;
const problems: string[] = [];

function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  return stepOn(`consultation-failed-${name}`, { cangzhou, xiehe }, problems, run);
}

async function openPortal(label: string): Promise<Page> {
  const page = await openPage(portal.browser, DESKTOP);
  watchPage(page, problems, { label });
  await page.goto(`${siteUrl}#/consultations`);
  await page.getByRole('heading', { level: 1, name: '远程会诊' }).waitFor();
  return page;
}

async function actAs(page: Page, clinicianId: string) {
  await signIn(page, clinicianId);
  await page.getByRole('heading', { level: 1, name: '远程会诊' }).waitFor();
}

/** Opens the consultation in the page's queue (its row names the number) and returns its tracker. */
async function openConsultation(page: Page, number: string): Promise<Locator> {
  const queue = page.getByRole('region', { name: '会诊工作台' });
  await queue.getByRole('button', { name: new RegExp(number) }).click(SOON);
  const tracker = page.getByRole('region', { name: `远程会诊 ${number}` });
  await tracker.waitFor(SOON);
  return tracker;
}

/** Issues a command from the tracker and waits for the status it leads to. */
async function act(
  page: Page,
  tracker: Locator,
  command: string,
  fill: (dialog: Locator) => Promise<void>,
  status: string,
) {
  await tracker.getByRole('group', { name: '可执行的操作' }).getByRole('button', { name: command }).click();
  const dialog = page.getByRole('dialog', { name: command });
  await dialog.waitFor(SOON);
  await fill(dialog);
  await expect.poll(() => dialog.isVisible(), SOON).toBe(false);
  await tracker.getByText(`当前状态：${status}`).waitFor(SOON);
}

beforeAll(async () => {
  portal = await startPortal({ name: 'consultation', lan: true });
  ({ db, siteUrl } = portal);
  // Two hospitals, two browsers' worth of state: nothing shared but the server.
  cangzhou = await openPortal('沧州');
  xiehe = await openPortal('协和');
  await actAs(xiehe, 'cln_pumch_coord_sun');
}, STARTUP_TIMEOUT_MS);

afterAll(async () => {
  await portal?.close();
});

describe('a remote consultation between 沧州 and 协和 in the portal', () => {
  let number = '';

  it('沧州 requests an MDT consultation with the dialog, written consent and an image link', async () => {
    await step('request', async () => {
      await cangzhou.getByRole('button', { name: '申请远程会诊' }).click();
      const dialog = cangzhou.getByRole('dialog', { name: '远程会诊申请' });
      await dialog.getByRole('combobox', { name: /受邀医院/ }).selectOption('ins_pumch', SOON);
      await dialog.getByRole('checkbox', { name: /李明/ }).check(SOON);
      await dialog.getByRole('checkbox', { name: /周华/ }).check();
      await dialog.getByRole('radio', { name: '加急' }).check();
      await dialog.getByRole('textbox', { name: /患者姓名/ }).fill('张三');
      await dialog.getByRole('textbox', { name: /证件号码/ }).fill('110105199003071239');
      await dialog
        .getByRole('textbox', { name: /会诊问题/ })
        .fill('青年卒中，病因待查，请协助明确病因及二级预防方案。');
      await dialog
        .getByRole('textbox', { name: /病例摘要/ })
        .fill('男，36岁，突发右侧肢体无力2天，头颅MRI示左侧基底节区急性梗死。');
      await dialog.getByRole('button', { name: '添加影像链接' }).click();
      await dialog.getByRole('textbox', { name: /影像名称/ }).fill('头颅MRI（DWI）');
      await dialog
        .getByRole('textbox', { name: /阅片链接/ })
        .fill('https://pacs.cangzhou-central.example/viewer/1');
      await dialog.getByRole('checkbox', { name: /书面同意/ }).check();
      await dialog.getByRole('button', { name: '提交会诊申请' }).click();
      const success = cangzhou.getByText(/已提交会诊申请 HZ-\d{8}-\d{6}/);
      await success.waitFor(SOON);
      number = /HZ-\d{8}-\d{6}/.exec((await success.textContent()) ?? '')![0];
      const tracker = cangzhou.getByRole('region', { name: `远程会诊 ${number}` });
      await tracker.getByText('当前状态：待安排').waitFor(SOON);
      // The tracker masks the ID number, the queue the name.
      await tracker.getByText('110***********1239').waitFor();
      const row = cangzhou
        .getByRole('region', { name: '会诊工作台' })
        .getByRole('button', { name: new RegExp(number) });
      expect(await row.textContent()).not.toContain('张三');
    });
  });

  it("协和's coordinator sees it arrive without a reload and schedules both experts in the video room", async () => {
    await step('schedule', async () => {
      const tracker = await openConsultation(xiehe, number);
      await act(
        xiehe,
        tracker,
        '安排会诊',
        async (dialog) => {
          // Both were asked for by name: already ticked.
          expect(await dialog.getByRole('checkbox', { name: /李明/ }).isChecked()).toBe(true);
          expect(await dialog.getByRole('checkbox', { name: /周华/ }).isChecked()).toBe(true);
          await dialog
            .getByRole('textbox', { name: /视频会诊室链接/ })
            .fill('https://meet.pumch.example/room/e2e');
          await dialog.getByRole('button', { name: '确认' }).click();
        },
        '已安排',
      );
      expect(await tracker.getByRole('link', { name: '进入视频会诊室' }).getAttribute('href')).toBe(
        'https://meet.pumch.example/room/e2e',
      );
    });
  });

  it('李明 starts the session and signs his opinion; the MDT waits for 周华', async () => {
    await step('first opinion', async () => {
      await actAs(xiehe, 'cln_pumch_neuro_li');
      const tracker = await openConsultation(xiehe, number);
      await act(
        xiehe,
        tracker,
        '开始会诊',
        (dialog) => dialog.getByRole('button', { name: '确认' }).click(),
        '会诊中',
      );
      await act(
        xiehe,
        tracker,
        '提交会诊意见',
        async (dialog) => {
          await dialog
            .getByRole('textbox', { name: /会诊所见/ })
            .fill('青年患者无传统危险因素，需排查心源性栓塞。');
          await dialog.getByRole('textbox', { name: /会诊建议/ }).fill('完善经食道超声心动图及头颈CTA。');
          await dialog.getByRole('button', { name: '签署并提交' }).click();
        },
        '会诊中',
      );
      await tracker.getByText(/李明 已于 .* 电子签名/).waitFor(SOON);
      await tracker.getByText('周华：尚未提交意见').waitFor();
    });
  });

  it('周华 signs the second opinion, and the consultation is reported', async () => {
    await step('second opinion', async () => {
      await actAs(xiehe, 'cln_pumch_cardio_zhou');
      const tracker = await openConsultation(xiehe, number);
      await act(
        xiehe,
        tracker,
        '提交会诊意见',
        async (dialog) => {
          await dialog.getByRole('textbox', { name: /会诊所见/ }).fill('需排除卵圆孔未闭。');
          await dialog.getByRole('textbox', { name: /会诊建议/ }).fill('行发泡试验及24小时动态心电图。');
          await dialog.getByRole('button', { name: '签署并提交' }).click();
        },
        '已出具意见',
      );
    });
  });

  it('沧州 sees both signed opinions without a reload, acknowledges and rates them: the loop is closed', async () => {
    await step('acknowledge', async () => {
      const tracker = cangzhou.getByRole('region', { name: `远程会诊 ${number}` });
      // The queue follows the event stream; the open tracker is read again from it.
      await openConsultation(cangzhou, number);
      await tracker.getByText('当前状态：已出具意见').waitFor(SOON);
      expect(await tracker.getByRole('article').count()).toBe(2);
      await act(
        cangzhou,
        tracker,
        '确认收到意见',
        async (dialog) => {
          await dialog.getByRole('textbox', { name: /反馈/ }).fill('已采纳会诊意见。');
          await dialog.getByRole('radio', { name: '5 分' }).check();
          await dialog.getByRole('button', { name: '确认' }).click();
        },
        '已闭环',
      );
      await tracker.getByText('评价：5 / 5').waitFor();
    });
    const { rows } = await db.query<{ status: string; opinions: number }>(
      'SELECT status, jsonb_array_length(opinions) AS opinions FROM consultations WHERE number = $1',
      [number],
    );
    expect(rows).toEqual([{ status: 'closed', opinions: 2 }]);
    expect(problems).toEqual([]);
  });
});
