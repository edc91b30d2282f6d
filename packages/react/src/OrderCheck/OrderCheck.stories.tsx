// Every state of the order check, answered by the real reference server running in the page.
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import type { Schemas } from '@yilian/sdk';
import type { ComponentType } from 'react';
import { createAllianceClient } from '@yilian/sdk';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import { OrderCheck } from './OrderCheck.js';
import type { OrderCheckProps } from './OrderCheck.js';

/** The contract's example patient: a valid, fictitious 居民身份证号. */
const PATIENT = {
  name: '张三',
  sex: 'male',
  birthDate: '1990-03-07',
  idType: 'resident_id_card',
  idNumber: '110105199003071239',
} as const;

/** 协和's endocrinologist orders five items: a lab test recognised, one expired, one from an unqualified lab, a shared CT and one never done. */
const FIVE_ITEMS = ['LAB_HBA1C', 'LAB_K', 'LAB_AMY', 'IMG_CT_CHEST', 'LAB_TSH'];

/** Registers results for 张三 through the API as 沧州's lab (赵磊). */
async function registerResults(
  alliance: BrowserAlliance,
  results: { itemCode: string; performedAt: string; imaging?: boolean }[],
  { registeredBy = 'cln_cz_lab_zhao', performedBy = 'ins_cangzhou_central' } = {},
): Promise<void> {
  const lab = createAllianceClient({
    baseUrl: alliance.baseUrl,
    token: await alliance.tokenFor(registeredBy),
    fetch: (request) => alliance.fetch(request),
    retry: false,
  });
  for (const { itemCode, performedAt, imaging } of results) {
    const body: Schemas['ResultRegister'] = {
      itemCode,
      performingInstitutionId: performedBy,
      performedAt,
      reportStatus: 'final',
      patient: PATIENT,
      ...(imaging
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
    };
    await lab.results.register(body);
  }
}

/** 张三's results in 沧州: HbA1c and K 13 days ago, amylase 3 days ago, a chest CT 13 days ago. */
const CANGZHOU_RESULTS = (alliance: BrowserAlliance) =>
  registerResults(alliance, [
    { itemCode: 'LAB_HBA1C', performedAt: '2026-11-10T08:30:00+08:00' },
    { itemCode: 'LAB_K', performedAt: '2026-11-10T08:30:00+08:00' },
    { itemCode: 'LAB_AMY', performedAt: '2026-11-20T08:30:00+08:00' },
    { itemCode: 'IMG_CT_CHEST', performedAt: '2026-11-10T08:30:00+08:00', imaging: true },
  ]);

type Args = Pick<OrderCheckProps, 'onDecisionRecorded' | 'itemCodes' | 'departmentCode'>;

const meta = {
  title: 'Recognition/OrderCheck',
  // The props table shows OrderCheck's props; the args are the ones a story varies.
  component: OrderCheck as unknown as ComponentType<Args>,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  parameters: {
    docs: {
      description: {
        component:
          "Beside a hospital's order entry (检验/检查申请): for each item about to be ordered, the patient's best recognisable result in the alliance — mark, performing institution, date, days to lapse — or why there is none, in one request. One click adopts it (采纳); not adopting asks for a national or regional re-test reason (`other` needs text) and that the patient was told. The total says what the patient saves (DOMAIN §5).",
      },
    },
  },
  args: { onDecisionRecorded: fn(), itemCodes: FIVE_ITEMS, departmentCode: '03.07' },
  argTypes: {
    itemCodes: { control: 'object', description: 'The items about to be ordered, in order.' },
    departmentCode: { control: 'text', description: "The ordering doctor's department (诊疗科目 code)." },
    onDecisionRecorded: {
      control: false,
      description: 'Called with each adoption decision the server recorded.',
      table: { category: 'Events', type: { summary: '(decision: AdoptionDecision) => void' } },
    },
  },
  render: (args) => (
    <OrderCheck
      patient={{ idType: PATIENT.idType, idNumber: PATIENT.idNumber }}
      itemCodes={args.itemCodes}
      departmentCode={args.departmentCode}
      onDecisionRecorded={args.onDecisionRecorded}
    />
  ),
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Finds the card of an ordered item by its name. */
async function lineOf(canvasElement: HTMLElement, name: string | RegExp) {
  const canvas = within(canvasElement);
  const list = await canvas.findByRole('list', { name: '拟开项目' }, { timeout: 30_000 });
  const heading = within(list).getByRole('heading', { name });
  return within(heading.closest('li')!);
}

/** 协和 checks five items for 张三: every outcome of the check on one order, answered in one request. */
export const FiveItems: Story = {
  loaders: [allianceLoader('cln_pumch_endo_chen', CANGZHOU_RESULTS)],
  play: async ({ canvasElement }) => {
    const hba1c = await lineOf(canvasElement, '糖化血红蛋白');
    await expect(hba1c.getByText('可互认')).toBeVisible();
    await expect(hba1c.getByText('【京津冀HR】糖化血红蛋白')).toBeVisible();
    await expect(hba1c.getByText(/沧州市中心医院/)).toBeVisible();
    await expect(hba1c.getByText('48天后失效')).toBeVisible();
    await expect(hba1c.getByRole('button', { name: '采纳该结果' })).toBeEnabled();
    await expect((await lineOf(canvasElement, /钾/)).getByText('已过期')).toBeVisible();
    await expect((await lineOf(canvasElement, /淀粉酶/)).getByText('机构未获互认资质')).toBeVisible();
    const ct = await lineOf(canvasElement, /CT/);
    await expect(ct.getByText('可共享调阅')).toBeVisible();
    await expect(ct.getByText(/GX/)).toBeVisible();
    await expect((await lineOf(canvasElement, /促甲状腺激素/)).getByText('无既往结果')).toBeVisible();
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('可互认2/5项 · 已决定0项 · 已采纳0项');
    // HbA1c ¥80 and the chest CT ¥250 at 协和: what adopting both would save.
    await expect(canvas.getByText('全部采纳可节省¥330.00')).toBeVisible();
  },
};

/** Adopt the HbA1c in one click: recorded with its price, and the total the patient saves goes up. */
export const AdoptFlow: Story = {
  loaders: [allianceLoader('cln_pumch_endo_chen', CANGZHOU_RESULTS)],
  play: async ({ canvasElement, args }) => {
    const hba1c = await lineOf(canvasElement, '糖化血红蛋白');
    await userEvent.click(hba1c.getByRole('checkbox', { name: '已向患者说明' }));
    await userEvent.click(hba1c.getByRole('button', { name: '采纳该结果' }));
    const done = await hba1c.findByText(/已采纳，免于重复检查/);
    await expect(done).toBeVisible();
    await waitFor(() => expect(done).toHaveFocus());
    await expect(args.onDecisionRecorded).toHaveBeenCalledWith(
      expect.objectContaining({ outcome: 'adopted', itemCode: 'LAB_HBA1C', departmentCode: '03.07' }),
    );
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/已采纳1项/)).toBeVisible();
    // The price 协和 lists for an HbA1c, recorded with the decision.
    await expect(canvas.getByText('为患者节省').parentElement).toHaveTextContent('¥80.00');
  },
};

/** Not adopting: a reason is required, `other` needs text, and the patient must have been told. */
export const RetestFlow: Story = {
  loaders: [allianceLoader('cln_pumch_endo_chen', CANGZHOU_RESULTS)],
  play: async ({ canvasElement, args }) => {
    const hba1c = await lineOf(canvasElement, '糖化血红蛋白');
    const toggle = hba1c.getByRole('button', { name: '不采纳，需复查' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const first = hba1c.getAllByRole('radio')[0]!;
    await waitFor(() => expect(first).toHaveFocus());
    await expect(hba1c.getByRole('radio', { name: '其他情形确需复查' })).toBeVisible();
    // Nothing chosen: every missing answer is named at once, and focus goes to the first, the explanation.
    await userEvent.click(hba1c.getByRole('button', { name: '记录不采纳' }));
    const explained = hba1c.getByRole('checkbox', { name: '已向患者说明' });
    await expect(await hba1c.findByText('须向患者说明并确认已说明。')).toBeVisible();
    await expect(hba1c.getByText('不采纳时须选择复查理由。')).toBeVisible();
    await waitFor(() => expect(explained).toHaveFocus());
    await expect(explained).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(explained);
    await expect(hba1c.queryByText('须向患者说明并确认已说明。')).toBeNull();
    await userEvent.click(hba1c.getByRole('button', { name: '记录不采纳' }));
    await waitFor(() => expect(first).toHaveFocus());
    await userEvent.click(hba1c.getByRole('radio', { name: '其他情形确需复查' }));
    await userEvent.click(hba1c.getByRole('button', { name: '记录不采纳' }));
    const text = hba1c.getByRole('textbox', { name: /原因说明/ });
    await expect(await hba1c.findByText('选择“其他”时须说明复查原因。')).toBeVisible();
    await waitFor(() => expect(text).toHaveFocus());
    await expect(text).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(text, '术前需最新结果');
    await userEvent.click(hba1c.getByRole('button', { name: '记录不采纳' }));
    await expect(await hba1c.findByText(/已记录不采纳：其他情形确需复查/)).toBeVisible();
    await expect(args.onDecisionRecorded).toHaveBeenCalledWith(
      expect.objectContaining({ outcome: 'not_adopted', reason: 'other', reasonText: '术前需最新结果' }),
    );
  },
};

/** Recording meets a 503: the error in words on the line, the choice kept; a second try records it once. */
export const DecisionErrorFlow: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', async (alliance) => {
      await CANGZHOU_RESULTS(alliance);
      await alliance.faults([
        { match: 'POST /v1/recognition/adoptions', phase: 'before', status: 503, times: 1 },
      ]);
    }),
  ],
  play: async ({ canvasElement, args }) => {
    const hba1c = await lineOf(canvasElement, '糖化血红蛋白');
    await userEvent.click(hba1c.getByRole('button', { name: '采纳该结果' }));
    await expect(await hba1c.findByRole('alert')).toHaveTextContent('服务暂时不可用，请稍后再试。');
    await expect(args.onDecisionRecorded).not.toHaveBeenCalled();
    await userEvent.click(hba1c.getByRole('button', { name: '采纳该结果' }));
    await expect(await hba1c.findByText(/已采纳/)).toBeVisible();
    await expect(args.onDecisionRecorded).toHaveBeenCalledTimes(1);
  },
};

/**
 * 包钢 (包头, 内蒙古) checks an HbA1c performed at 北京大学人民医院, a 京津冀-qualified hospital of its alliance: the
 * 京津冀 list does not apply in 内蒙古, and no 全国 mark exists, so it cannot be adopted.
 */
export const OtherRegion: Story = {
  args: { itemCodes: ['LAB_HBA1C', 'LAB_TSH'], departmentCode: '03.01' },
  loaders: [
    allianceLoader('cln_bg_coord_han', (alliance) =>
      registerResults(alliance, [{ itemCode: 'LAB_HBA1C', performedAt: '2026-11-20T08:30:00+08:00' }], {
        registeredBy: 'cln_bg_coord_han',
        performedBy: 'ins_pkuph',
      }),
    ),
  ],
  play: async ({ canvasElement }) => {
    const hba1c = await lineOf(canvasElement, '糖化血红蛋白');
    await expect(hba1c.getByText(/不在互认目录|机构未获互认资质/)).toBeVisible();
    await expect(hba1c.queryByRole('button', { name: '采纳该结果' })).toBeNull();
    await expect(hba1c.getByText('已有结果不可互认，需开单检查。')).toBeVisible();
  },
};

/** No patient chosen yet: the widget says what it needs, and stays there. */
export const NoPatient: Story = {
  loaders: [allianceLoader('cln_pumch_endo_chen')],
  render: (args) => (
    <OrderCheck patient={undefined} itemCodes={args.itemCodes} departmentCode={args.departmentCode} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('选择患者并添加拟开项目后，这里显示可互认的既往结果。'),
    ).toBeVisible();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/** The check is slow: a placeholder per item, announced, and it stays there. */
export const Loading: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', async (alliance) => {
      await alliance.faults([
        { match: 'POST /v1/recognition/order-checks', phase: 'before', delayMs: 600_000, times: 1 },
      ]);
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent('正在核对5个项目…');
    await expect(canvas.getByRole('region', { name: '开单前互认核对' })).toHaveAttribute('aria-busy', 'true');
  },
};

/** The service is down: the error in words with a retry button, and it stays there. */
export const Error: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', async (alliance) => {
      await alliance.faults([
        { match: 'POST /v1/recognition/order-checks', phase: 'before', status: 503, times: 99 },
      ]);
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

/** The service was down once: retry, and the order is checked. */
export const ErrorRetryFlow: Story = {
  loaders: [
    allianceLoader('cln_pumch_endo_chen', async (alliance) => {
      await CANGZHOU_RESULTS(alliance);
      await alliance.faults([
        { match: 'POST /v1/recognition/order-checks', phase: 'before', status: 503, times: 1 },
      ]);
    }),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '重试' }, { timeout: 30_000 }));
    const hba1c = await lineOf(canvasElement, '糖化血红蛋白');
    await expect(hba1c.getByText('可互认')).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  loaders: [allianceLoader('cln_pumch_endo_chen', CANGZHOU_RESULTS)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Items to order' }, { timeout: 30_000 });
    const hba1c = within(
      within(list)
        .getByRole('heading', { name: /Glycated/ })
        .closest('li')!,
    );
    await expect(hba1c.getByText('Recognizable')).toBeVisible();
    await expect(hba1c.getByText('lapses in 48 days')).toBeVisible();
    await expect(hba1c.getByRole('button', { name: 'Adopt this result' })).toBeVisible();
  },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  loaders: [allianceLoader('cln_pumch_endo_chen', CANGZHOU_RESULTS)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: '擬開項目' }, { timeout: 30_000 });
    const hba1c = within(within(list).getByRole('heading', { name: '糖化血紅蛋白' }).closest('li')!);
    await expect(hba1c.getByText('可互認')).toBeVisible();
    await expect(hba1c.getByText('48天後失效')).toBeVisible();
    await expect(hba1c.getByRole('button', { name: '採納該結果' })).toBeVisible();
  },
};

/** At 360 px the cards stack and the buttons stay full-size targets. */
export const PhoneWidth: Story = {
  globals: { viewport: { value: 'phone360', isRotated: false } },
  loaders: [allianceLoader('cln_pumch_endo_chen', CANGZHOU_RESULTS)],
  play: async ({ canvasElement }) => {
    const hba1c = await lineOf(canvasElement, '糖化血红蛋白');
    const adopt = hba1c.getByRole('button', { name: '采纳该结果' });
    await expect(adopt.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth + 1);
  },
};
