// Every state of the recognition badge, decided by the real reference server running in the page.
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import type { components } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import { RecognitionBadge } from './RecognitionBadge.js';

// The result each story shows comes from its loader; the args are the callbacks.
type Args = { onRetestRecorded: (record: components['schemas']['RetestRecord']) => void } & Record<
  string,
  unknown
>;

/** Registers a result through the API as 沧州's lab (赵磊) and returns its id. */
async function registerResult(
  alliance: BrowserAlliance,
  itemCode: string,
  performedAt: string,
  performingInstitutionId = 'ins_cangzhou_central',
  registeredBy = 'cln_cz_lab_zhao',
): Promise<string> {
  const lab = createAllianceClient({
    baseUrl: alliance.baseUrl,
    token: await alliance.tokenFor(registeredBy),
    fetch: (request) => alliance.fetch(request),
    retry: false,
  });
  const result = await lab.results.register({
    itemCode,
    performingInstitutionId,
    performedAt,
    reportStatus: 'final',
    ...(itemCode.startsWith('IMG_')
      ? {
          study: {
            studyInstanceUid: '1.2.156.112605.14038013507.20261110083000.1',
            modality: 'CT',
            viewerUrl:
              'https://pacs.cangzhou.example/viewer?study=1.2.156.112605.14038013507.20261110083000.1',
          },
          impression: '双肺未见明显异常。',
        }
      : { value: '6.1' }),
    patient: {
      name: '张三',
      sex: 'male',
      birthDate: '1990-03-07',
      idType: 'resident_id_card',
      idNumber: '110105199003071239',
    },
  });
  return result.id;
}

const HBA1C_AT_CANGZHOU = (alliance: BrowserAlliance) =>
  registerResult(alliance, 'LAB_HBA1C', '2026-11-10T08:30:00+08:00').then((resultId) => ({ resultId }));

const meta = {
  title: 'Recognition/RecognitionBadge',
  // The badge's props are a union (resultId or the facts); the docs table shows them, the args are the callbacks.
  component: RecognitionBadge as unknown as ComponentType<Args>,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  parameters: {
    docs: {
      description: {
        component:
          'The mutual-recognition decision (检查检验结果互认) of one result for the viewing institution: recognized with its HR mark and a countdown to its lapse, shared (共享, GX: the images for review, not binding), expired, institution not qualified, or item not in the list — told apart by a drawn icon and words as well as colour. "Details" opens a dialog named after the item, with the marked name, the image study of an imaging result, the reasons and the re-test reasons: the national list and the region\'s extensions (DOMAIN §5).',
      },
    },
  },
  args: { onRetestRecorded: fn() },
  // The props table: the two ways to name a result, typed, and the callback as an action (no JSON editor).
  argTypes: {
    resultId: {
      control: false,
      description:
        'A registered result (`results.register`); the badge fetches its facts. Or give the facts:',
      table: { category: 'A registered result', type: { summary: 'string' } },
    },
    itemCode: {
      control: 'select',
      options: ['LAB_HBA1C', 'LAB_K', 'LAB_AMY', 'LAB_HB'],
      description: 'The catalogue item code of an unregistered result.',
      table: { category: 'Or the facts of a result', type: { summary: 'string' } },
    },
    performingInstitutionId: {
      control: 'select',
      options: ['ins_cangzhou_central', 'ins_pumch', 'ins_pkuph', 'ins_beiyuan_tcm'],
      description: 'The institution that performed it.',
      table: { category: 'Or the facts of a result', type: { summary: 'string' } },
    },
    performedAt: {
      control: 'text',
      description: 'When it was performed (ISO 8601 with offset).',
      table: { category: 'Or the facts of a result', type: { summary: 'string' } },
    },
    at: {
      control: 'date',
      description: "The instant of the check; the provider's clock by default.",
      table: { type: { summary: 'Date | string' } },
    },
    onRetestRecorded: {
      control: false,
      description: 'Called with the record when a clinician documents a re-test reason.',
      table: { category: 'Events', type: { summary: '(record: RetestRecord) => void' } },
    },
  },
  render: (args, { loaded }) => (
    <RecognitionBadge onRetestRecorded={args.onRetestRecorded} resultId={loaded.resultId as string} />
  ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** 协和 (陈静) looks at an HbA1c done in 沧州 13 days ago: recognized, 京津冀HR, 48 of its 60 days left. */
export const Recognized: Story = {
  loaders: [allianceLoader('cln_pumch_endo_chen', HBA1C_AT_CANGZHOU)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('已互认', {}, { timeout: 30_000 })).toBeVisible();
    await expect(canvas.getByText('京津冀HR')).toBeVisible();
    const lapse = canvas.getByText('48天后失效');
    await expect(lapse).toHaveAttribute('title', '2027年1月10日起失效');
    // Drawn, not a glyph: nothing in the badge depends on an emoji or symbol font.
    await expect(canvasElement.querySelector('.yl-recognition__icon')?.tagName.toLowerCase()).toBe('svg');
    await expect(canvas.getByRole('button', { name: '糖化血红蛋白 互认详情' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  },
};

/** The details open in the shared dialog shell, close with Escape, and focus goes back to the badge. */
export const DetailsFlow: Story = {
  loaders: [allianceLoader('cln_pumch_endo_chen', HBA1C_AT_CANGZHOU)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole('button', { name: '糖化血红蛋白 互认详情' }, { timeout: 30_000 });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '糖化血红蛋白：已互认' });
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(within(dialog).getByText('【京津冀HR】糖化血红蛋白')).toBeVisible();
    await expect(within(dialog).getByText('结果在60天互认有效期内（已过13天）。')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: '关闭' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** A potassium result 13 days old at 协和: past its 7-day window. */
export const Expired: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', (alliance) =>
      registerResult(alliance, 'LAB_K', '2026-11-10T08:30:00+08:00').then((resultId) => ({ resultId })),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('已过期', {}, { timeout: 30_000 })).toBeVisible();
    await expect(canvas.queryByText('京津冀HR')).toBeNull();
  },
};

/** 沧州's amylase qualification lapsed on 2026-01-01: the institution is not qualified. */
export const InstitutionNotQualified: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', (alliance) =>
      registerResult(alliance, 'LAB_AMY', '2026-11-20T08:30:00+08:00').then((resultId) => ({ resultId })),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('机构未获互认资质', {}, { timeout: 30_000 })).toBeVisible();
  },
};

/** 包钢 is in 内蒙古, where no list is sourced (and the 京津冀 list does not apply); the result is given by its facts. */
export const ItemNotInList: Story = {
  loaders: [allianceLoader('cln_bg_coord_han')],
  render: (args) => (
    <RecognitionBadge
      onRetestRecorded={args.onRetestRecorded}
      itemCode="LAB_HBA1C"
      performingInstitutionId="ins_pkuph"
      performedAt="2026-11-20T08:30:00+08:00"
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('不在互认目录', {}, { timeout: 30_000 })).toBeVisible();
  },
};

/** The details of an unregistered result explain why no re-test reason can be recorded. */
export const ItemNotInListDetails: Story = {
  loaders: [allianceLoader('cln_bg_coord_han')],
  render: (args) => (
    <RecognitionBadge
      onRetestRecorded={args.onRetestRecorded}
      itemCode="LAB_HBA1C"
      performingInstitutionId="ins_pkuph"
      performedAt="2026-11-20T08:30:00+08:00"
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // note: the server names no item it finds on no applicable list (no `itemName`), so the code stands in
    await userEvent.click(await canvas.findByRole('button', { name: /互认详情$/ }, { timeout: 30_000 }));
    const dialog = await screen.findByRole('dialog', { name: /：不在互认目录$/ });
    await expect(within(dialog).getByText(/不在.*互认目录/)).toBeVisible();
    await expect(within(dialog).getByText('该结果尚未登记，不能记录复查原因。')).toBeVisible();
  },
};

/** The clinician re-tests anyway: the national reasons only in 北京; "other" needs an explanation, then it is recorded. */
export const RecordRetestFlow: Story = {
  loaders: [allianceLoader('cln_pumch_endo_chen', HBA1C_AT_CANGZHOU)],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: '糖化血红蛋白 互认详情' }, { timeout: 30_000 }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    // The national list: five named situations and "other" (国卫医发〔2022〕6号); no regional extension in 北京.
    await expect(dialog.getAllByRole('radio')).toHaveLength(6);
    await expect(dialog.queryByRole('radio', { name: '患者或其亲属要求' })).toBeNull();
    await userEvent.click(dialog.getByRole('button', { name: '记录复查原因' }));
    await expect(await dialog.findByText('此项为必填项。')).toBeVisible();
    await userEvent.click(dialog.getByRole('radio', { name: '其他情形确需复查' }));
    await userEvent.click(dialog.getByRole('button', { name: '记录复查原因' }));
    await expect(await dialog.findByText('选择“其他”时须说明复查原因。')).toBeVisible();
    const text = dialog.getByRole('textbox', { name: /原因说明/ });
    await waitFor(() => expect(text).toHaveFocus());
    await expect(text).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(text, '术前需最新结果');
    await userEvent.click(dialog.getByRole('checkbox', { name: '已向患者说明复查原因' }));
    await userEvent.click(dialog.getByRole('button', { name: '记录复查原因' }));
    await expect(await dialog.findByText('已记录复查原因：其他情形确需复查。')).toBeVisible();
    await expect(args.onRetestRecorded).toHaveBeenCalledTimes(1);
    await expect(args.onRetestRecorded).toHaveBeenCalledWith(
      expect.objectContaining({ reason: 'other', decisionAtRecord: 'recognized' }),
    );
  },
};

/** Recording the reason meets a 503: the error in words, scrolled into view and focused; the dialog stays open. */
export const RetestErrorFlow: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', async (alliance) => {
      const ids = await HBA1C_AT_CANGZHOU(alliance);
      await alliance.faults([
        { match: 'POST /v1/recognition/retests', phase: 'before', status: 503, times: 99 },
      ]);
      return ids;
    }),
  ],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: '糖化血红蛋白 互认详情' }, { timeout: 30_000 }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await userEvent.click(dialog.getByRole('radio', { name: '病情变化致结果难以满足诊疗需求' }));
    await userEvent.click(dialog.getByRole('button', { name: '记录复查原因' }));
    const alert = await dialog.findByRole('alert');
    await expect(alert).toHaveTextContent('服务暂时不可用，请稍后再试。');
    await waitFor(() => expect(document.activeElement).toContainElement(alert));
    await expect(args.onRetestRecorded).not.toHaveBeenCalled();
  },
};

/** The check is slow: the badge shows a placeholder and says so to screen readers, and stays there. */
export const Loading: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', async (alliance) => {
      const ids = await HBA1C_AT_CANGZHOU(alliance);
      await alliance.faults([
        { match: 'POST /v1/recognition/checks', phase: 'before', delayMs: 600_000, times: 1 },
      ]);
      return ids;
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveAccessibleName('正在判定互认…');
    await expect(canvas.queryByText('已互认')).toBeNull();
  },
};

/** The service is down: the error is shown in words with a retry button, and stays there. */
export const Error: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', async (alliance) => {
      const ids = await HBA1C_AT_CANGZHOU(alliance);
      await alliance.faults([
        { match: 'POST /v1/recognition/checks', phase: 'before', status: 503, times: 99 },
      ]);
      return ids;
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, { timeout: 30_000 })).toHaveTextContent(
      '服务暂时不可用，请稍后再试。',
    );
    await expect(canvas.getByRole('button', { name: '重试' })).toBeVisible();
  },
};

/** The service was down once: retry, and the decision is shown. */
export const ErrorRetryFlow: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', async (alliance) => {
      const ids = await HBA1C_AT_CANGZHOU(alliance);
      await alliance.faults([
        { match: 'POST /v1/recognition/checks', phase: 'before', status: 503, times: 1 },
      ]);
      return ids;
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '重试' }, { timeout: 30_000 }));
    await expect(await canvas.findByText('已互认')).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  loaders: [allianceLoader('cln_pumch_endo_chen', HBA1C_AT_CANGZHOU)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Recognized', {}, { timeout: 30_000 })).toBeVisible();
    await expect(canvas.getByText('lapses in 48 days')).toHaveAttribute('title', 'lapses Jan 10, 2027');
    await expect(
      canvas.getByRole('button', { name: 'Recognition details of Glycated haemoglobin' }),
    ).toBeVisible();
  },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  loaders: [allianceLoader('cln_pumch_endo_chen', HBA1C_AT_CANGZHOU)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('已互認', {}, { timeout: 30_000 })).toBeVisible();
    await expect(canvas.getByText('48天後失效')).toBeVisible();
    await expect(canvas.getByRole('button', { name: '糖化血紅蛋白 互認詳情' })).toBeVisible();
  },
};

/** Several badges in a results list, each compact and inline. */
export const InAList: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', async (alliance) => ({
      hba1c: await registerResult(alliance, 'LAB_HBA1C', '2026-11-10T08:30:00+08:00'),
      potassium: await registerResult(alliance, 'LAB_K', '2026-11-10T08:30:00+08:00'),
      amylase: await registerResult(alliance, 'LAB_AMY', '2026-11-20T08:30:00+08:00'),
    })),
  ],
  render: (args, { loaded }) => (
    <ul className="yl-widget">
      <li>
        糖化血红蛋白 6.1%{' '}
        <RecognitionBadge onRetestRecorded={args.onRetestRecorded} resultId={loaded.hba1c as string} />
      </li>
      <li>
        钾 4.2 mmol/L{' '}
        <RecognitionBadge onRetestRecorded={args.onRetestRecorded} resultId={loaded.potassium as string} />
      </li>
      <li>
        淀粉酶 80 U/L{' '}
        <RecognitionBadge onRetestRecorded={args.onRetestRecorded} resultId={loaded.amylase as string} />
      </li>
      <li>
        血红蛋白 130 g/L（北苑）{' '}
        <RecognitionBadge
          onRetestRecorded={args.onRetestRecorded}
          itemCode="LAB_HB"
          performingInstitutionId="ins_beiyuan_tcm"
          performedAt="2026-11-22T08:30:00+08:00"
        />
      </li>
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('已过期', {}, { timeout: 30_000 })).toBeVisible();
    await waitFor(() => expect(canvas.getAllByText('已互认')).toHaveLength(2));
    await expect(canvas.getByText('机构未获互认资质')).toBeVisible();
    // Each details button names its item, so a list of them stays tellable apart.
    await expect(canvas.getByRole('button', { name: '糖化血红蛋白 互认详情' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: '钾 互认详情' })).toBeVisible();
  },
};

/** The details in zh-TW: the item, the marked name and every reason in traditional characters. */
export const TraditionalChineseDetailsFlow: Story = {
  globals: { locale: 'zh-TW' },
  loaders: [allianceLoader('cln_pumch_endo_chen', HBA1C_AT_CANGZHOU)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: '糖化血紅蛋白 互認詳情' }, { timeout: 30_000 }),
    );
    const dialog = within(await screen.findByRole('dialog', { name: '糖化血紅蛋白：已互認' }));
    await expect(dialog.getByText('【京津冀HR】糖化血紅蛋白')).toBeVisible();
    await expect(dialog.getByText('結果在60天互認有效期內（已過13天）。')).toBeVisible();
    await expect(dialog.getByRole('radio', { name: '病情變化致結果難以滿足診療需求' })).toBeVisible();
  },
};

/** 协和 looks at a chest CT done in 沧州: on the 京津冀 sharing list, so shared (GX) for review, never "recognized". */
export const Shared: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', (alliance) =>
      registerResult(alliance, 'IMG_CT_CHEST', '2026-11-10T08:30:00+08:00').then((resultId) => ({
        resultId,
      })),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('可共享调阅', {}, { timeout: 30_000 })).toBeVisible();
    await expect(canvas.getByText('京津冀GX')).toBeVisible();
    await expect(canvas.queryByText('已互认')).toBeNull();
  },
};

/** A shared imaging result's details: the image study and its viewer, and that the conclusion is not what is shared. */
export const SharedDetailsFlow: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', (alliance) =>
      registerResult(alliance, 'IMG_CT_CHEST', '2026-11-10T08:30:00+08:00').then((resultId) => ({
        resultId,
      })),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: '胸部CT平扫 互认详情' }, { timeout: 30_000 }),
    );
    const dialog = within(await screen.findByRole('dialog', { name: '胸部CT平扫：可共享调阅' }));
    await expect(dialog.getByText('【京津冀GX】胸部CT平扫')).toBeVisible();
    await expect(dialog.getByText('共享项目：可调阅影像资料供参考，不要求必须互认。')).toBeVisible();
    await expect(dialog.getByText('设备类型 CT')).toBeVisible();
    await expect(dialog.getByRole('link', { name: '查看影像（新窗口）' })).toHaveAttribute(
      'href',
      'https://pacs.cangzhou.example/viewer?study=1.2.156.112605.14038013507.20261110083000.1',
    );
    await expect(dialog.getByText('互认的是影像资料，不包括医师出具的诊断结论。')).toBeVisible();
    await expect(dialog.queryByText('双肺未见明显异常。')).toBeNull();
  },
};

/**
 * 包钢 (包头, 内蒙古) looks at an HbA1c its alliance partner 北京大学人民医院 performed: the 京津冀 list does not apply in
 * 内蒙古, and 内蒙古's four regional re-test reasons are offered beside the national ones.
 */
export const OtherRegionRetestReasonsFlow: Story = {
  loaders: [
    allianceLoader('cln_bg_coord_han', (alliance) =>
      registerResult(
        alliance,
        'LAB_HBA1C',
        '2026-11-20T08:30:00+08:00',
        'ins_pkuph',
        'cln_bg_coord_han',
      ).then((resultId) => ({ resultId })),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('不在互认目录', {}, { timeout: 30_000 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /互认详情$/ }));
    const dialog = within(await screen.findByRole('dialog'));
    await expect(dialog.getByText('国家规定情形')).toBeVisible();
    await expect(dialog.getByText('本地区补充情形')).toBeVisible();
    await expect(dialog.getAllByRole('radio')).toHaveLength(10);
    await expect(dialog.getByRole('radio', { name: '患者或其亲属要求' })).toBeVisible();
    await expect(dialog.getByRole('radio', { name: '室间质评未通过' })).toBeVisible();
  },
};
