import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import { formatFieldError, formatProblem, label, maskIdNumber, maskName, maskPhone } from '@yilian/domain';
import type { AllianceClient, Schemas } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import type { Mock } from 'storybook/test';
import { expect, fireEvent, fn, screen, waitFor, within } from 'storybook/test';
import { STORY_NOW, allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import { AllianceProvider } from '../provider/AllianceProvider.js';
import type { DownReferralPrefill } from './down-referral.js';
import { ReferralTracker } from './ReferralTracker.js';

// Setup goes through the real API as the people who would do it; nothing the widget shows is typed by hand.
async function clientAs(alliance: BrowserAlliance, clinicianId: string) {
  const token = await alliance.tokenFor(clinicianId);
  return createAllianceClient({
    baseUrl: alliance.baseUrl,
    token,
    fetch: (r) => alliance.fetch(r),
    retry: false,
  });
}

const PATIENT: Schemas['Patient'] = {
  name: '张三',
  sex: 'male',
  birthDate: '1990-03-07',
  idType: 'resident_id_card',
  idNumber: '110105199003071239',
  phone: '13812341234',
};

/** 沧州's lab registers the patient's HbA1c, which 协和 recognizes (京津冀). */
async function registerResult(alliance: BrowserAlliance): Promise<string> {
  const lab = await clientAs(alliance, 'cln_cz_lab_zhao');
  const { name, sex, birthDate, idType, idNumber } = PATIENT;
  const result = await lab.results.register({
    itemCode: 'LAB_HBA1C',
    performingInstitutionId: 'ins_cangzhou_central',
    performedAt: '2026-11-20T08:30:00+08:00',
    reportStatus: 'final',
    value: '6.1',
    patient: { name, sex, birthDate, idType, idNumber },
  });
  return result.id;
}

/** Texts a real 转诊单 may carry: long, in paragraphs, with a token that has no place to break. */
const LONG = {
  reason: `急性脑梗死，需进一步评估取栓指征。${'患者家属要求转上级医院进一步诊治，'.repeat(40)}`,
  clinicalSummary: Array.from(
    { length: 30 },
    (_, day) =>
      `第${day + 1}天：神志清，言语稍含糊，右侧肢体肌力3级，NIHSS 8分，血压 150/90 mmHg，继续抗血小板、降脂、控制血压治疗。`,
  ).join('\n'),
  allergies: `青霉素过敏（皮疹）；碘造影剂过敏史不详；${'https://emr.example.cn/records/CZ20261123000042/allergies/'.repeat(5)}`,
  dischargeSummary: Array.from(
    { length: 40 },
    (_, day) => `住院第${day + 1}天：病情平稳，康复训练耐受良好，肢体肌力逐步恢复，无新发神经功能缺损。`,
  ).join('\n'),
};

function referralBody(
  urgency: Schemas['ReferralUrgency'] = 'urgent',
  long = false,
): Schemas['ReferralCreate'] & { attachments: Schemas['AttachmentInput'][] } {
  return {
    direction: 'up',
    urgency,
    ...(urgency === 'green_channel'
      ? {
          greenChannelCategory: 'stroke' as const,
          escort: { escortedBy: '李护士', escortRole: 'nurse' as const, transport: 'ambulance' as const },
        }
      : {}),
    sendingInstitutionId: 'ins_cangzhou_central',
    sendingDepartmentId: 'dep_cz_neurology',
    receivingInstitutionId: 'ins_pumch',
    receivingDepartmentId: 'dep_pumch_neurology',
    patient: PATIENT,
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    reason: long ? LONG.reason : '急性脑梗死，需进一步评估取栓指征。',
    clinicalSummary: long
      ? LONG.clinicalSummary
      : '发病4小时，右侧肢体无力伴言语不清，NIHSS 8分，头颅CT未见出血。已予阿司匹林300mg嚼服。',
    allergies: long ? LONG.allergies : '青霉素过敏',
    attachments: [
      {
        kind: 'emr_excerpt',
        title: '入院记录（摘录）',
        contentType: 'application/pdf',
        sizeBytes: 183_204,
      },
    ],
    consent: {
      purpose: 'referral_transfer',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_cz_neuro_wang',
      method: 'written',
    },
    submit: true,
  };
}

type Step =
  'submitted' | 'accepted' | 'arrived' | 'in_treatment' | 'reported' | 'closed' | 'rejected' | 'cancelled';
const PATH: Step[] = ['submitted', 'accepted', 'arrived', 'in_treatment', 'reported', 'closed'];

interface ReferralOptions {
  urgency?: Schemas['ReferralUrgency'];
  /** Attach a registered result of the patient (its recognition badge then shows). */
  withResult?: boolean;
  /** Every free text at a length a real case reaches. */
  long?: boolean;
}

/** Creates a referral and moves it along the loop to `status`. */
async function referralAt(alliance: BrowserAlliance, status: Step, options: ReferralOptions = {}) {
  const wang = await clientAs(alliance, 'cln_cz_neuro_wang');
  const zhang = await clientAs(alliance, 'cln_pumch_neuro_zhang');
  const body = referralBody(options.urgency, options.long);
  if (options.withResult) {
    body.attachments.unshift({
      kind: 'result',
      title: '糖化血红蛋白（HbA1c）',
      resultId: await registerResult(alliance),
    });
  }
  let referral = await wang.referrals.create(body);
  if (status === 'rejected') {
    referral = await zhang.referrals.transition(referral, {
      command: 'reject',
      reasonCode: 'no_capacity',
      reasonText: '本周床位已满。',
    });
  } else if (status === 'cancelled') {
    referral = await wang.referrals.transition(referral, {
      command: 'cancel',
      reasonCode: 'patient_declined',
    });
  } else {
    for (const step of PATH.slice(1, PATH.indexOf(status) + 1)) {
      const bodies: Record<
        Exclude<Step, 'submitted' | 'rejected' | 'cancelled'>,
        Schemas['ReferralTransition']
      > = {
        accepted: {
          command: 'accept',
          appointment: {
            departmentId: 'dep_pumch_neurology',
            clinicianId: 'cln_pumch_neuro_zhang',
            scheduledAt: '2026-11-23T13:00:00+08:00',
            bed: '神内二病区 12床',
            instructions: '直接至急诊卒中绿色通道，携带既往影像资料。',
          },
        },
        arrived: { command: 'record_arrival', arrivedAt: '2026-11-23T09:00:00+08:00' },
        in_treatment: { command: 'start_treatment', setting: 'inpatient' },
        reported: {
          command: 'report',
          report: {
            diagnosis: { code: 'I63.900', text: '脑梗死' },
            treatment: '静脉溶栓后恢复良好。',
            advice: '建议下转康复，继续二级预防。',
            dischargedAt: '2026-11-23T08:30:00+08:00',
            dischargeSummary: options.long
              ? LONG.dischargeSummary
              : '住院10天，神经功能明显改善，右侧肌力4级，可独立行走。出院带药：阿司匹林 100mg qd，阿托伐他汀 20mg qn。',
            recommendDownReferral: true,
          },
        },
        closed: { command: 'close', note: '已收到回执，患者已回本院随访。' },
      };
      const command = bodies[step as keyof typeof bodies];
      referral = await (step === 'closed' ? wang : zhang).referrals.transition(referral, command);
    }
  }
  return { referralId: referral.id };
}

function loaders(...list: Loader[]) {
  return list as unknown as NonNullable<Meta<typeof ReferralTracker>['loaders']>;
}

const at = (clinicianId: string, status: Step, options?: ReferralOptions) =>
  loaders(allianceLoader(clinicianId, (alliance) => referralAt(alliance, status, options)));

const meta = {
  title: 'Referral/ReferralTracker',
  component: ReferralTracker,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  args: { referralId: '', onTransition: fn(), onError: fn(), onStartDownReferral: fn() },
  argTypes: {
    referralId: {
      control: 'text',
      description: 'The referral to follow (each story creates one through the API and passes its id).',
      table: { type: { summary: 'string' } },
    },
    headingLevel: {
      control: { type: 'inline-radio' },
      options: [2, 3, 4],
      description: "The level of the tracker's title; sections are one below, the timeline's steps two.",
      table: { type: { summary: '2 | 3 | 4' }, defaultValue: { summary: '2' } },
    },
    onTransition: {
      control: false,
      description: 'Called with the updated referral after each command the user issued.',
      table: { category: 'Events', type: { summary: '(referral: Referral) => void' } },
    },
    onError: {
      control: false,
      description: 'Called with what a load or a command threw.',
      table: { category: 'Events', type: { summary: '(error: unknown) => void' } },
    },
    onStartDownReferral: {
      control: false,
      description:
        'Offered on a reported up-referral to its receiving side: called with a down-referral pre-filled from it (direction, parent, patient, diagnosis, discharge summary; rehab plan and medications empty).',
      table: { category: 'Events', type: { summary: '(prefill: DownReferralPrefill) => void' } },
    },
  },
  render: (args, { loaded }) => (
    <ReferralTracker {...args} referralId={String(loaded.referralId ?? args.referralId)} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          "One referral as both sides work it: the case at the top (patient masked by the viewer's role, routing, diagnosis, reason, history, allergies, the down-referral's rehabilitation plan, attachments with their recognition mark), the timeline of every step with who, when (Beijing time) and what (appointment, arrival, report back with the discharge summary, closing note, reasons), and the commands the user may issue now (domain `allowedCommands`), each in a small Radix dialog. If someone else acted first, the 412 conflict is explained in words with a reload button.",
      },
    },
  },
} satisfies Meta<typeof ReferralTracker>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the case and for every recognition badge in it, so what the story shows has settled. */
async function statusShown(canvasElement: HTMLElement, label: string) {
  const canvas = within(canvasElement);
  await expect(await canvas.findByText(`当前状态：${label}`, {}, { timeout: 30_000 })).toBeInTheDocument();
  await waitFor(() => expect(canvasElement.querySelector('.yl-recognition--loading')).toBeNull(), {
    timeout: 10_000,
  });
  return canvas;
}

async function actionNames(canvasElement: HTMLElement) {
  const group = within(canvasElement).queryByRole('group', { name: '可执行的操作' });
  return group
    ? within(group)
        .getAllByRole('button')
        .map((b) => b.textContent)
    : [];
}

/** The value shown for a term of the case's or a step's definition lists. */
function valueOf(scope: HTMLElement, term: string): HTMLElement {
  const dt = within(scope).getAllByText(term, { selector: 'dt' }).at(0);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) {
    throw new Error(`No value for “${term}”`);
  }
  return dd;
}

function section(canvasElement: HTMLElement, heading: string): HTMLElement {
  const title = within(canvasElement).getByRole('heading', { name: heading });
  const parent = title.closest('section');
  if (!parent) {
    throw new Error(`No section “${heading}”`);
  }
  return parent;
}

function steps(canvasElement: HTMLElement) {
  return within(within(canvasElement).getByRole('list', { name: '转诊进程' })).getAllByRole('listitem');
}

/** Nothing is wider than the screen: no sideways scrolling, at 360 px too. */
async function fitsTheWidth(canvasElement: HTMLElement) {
  const root = canvasElement.ownerDocument.documentElement;
  await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  const tracker = canvasElement.querySelector('.yl-referral-tracker');
  await expect(tracker?.scrollWidth).toBeLessThanOrEqual(tracker?.clientWidth ?? 0);
}

/** The receiving doctor opens a new referral and reads the whole case before deciding. */
export const Submitted: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'submitted', { withResult: true }),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已提交');
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(/^转诊单 ZZ-\d{8}-\d{6}$/);
    // The receiving side registers the patient: the full name, but the ID number masked as everywhere.
    const patient = section(canvasElement, '患者');
    await expect(valueOf(patient, '姓名')).toHaveTextContent('张三');
    await expect(valueOf(patient, '性别')).toHaveTextContent('男');
    await expect(valueOf(patient, '年龄')).toHaveTextContent('36 岁');
    await expect(valueOf(patient, '证件')).toHaveTextContent(
      `居民身份证 ${maskIdNumber('110105199003071239')}`,
    );
    await expect(patient).not.toHaveTextContent('110105199003071239');
    await expect(valueOf(patient, '联系电话')).toHaveTextContent('13812341234');
    const routing = section(canvasElement, '转诊信息');
    await expect(valueOf(routing, '转诊方向')).toHaveTextContent('上转');
    await expect(valueOf(routing, '紧急程度')).toHaveTextContent('加急');
    await expect(valueOf(routing, '转出机构')).toHaveTextContent('沧州市中心医院 · 神经内科');
    await expect(valueOf(routing, '转出医生')).toHaveTextContent('王芳（主治医师）');
    await expect(valueOf(routing, '接收机构')).toHaveTextContent('北京协和医院 · 神经内科');
    const clinical = section(canvasElement, '病情');
    await expect(valueOf(clinical, '初步诊断')).toHaveTextContent('I63.900 脑梗死');
    await expect(valueOf(clinical, '转诊原因')).toHaveTextContent('急性脑梗死，需进一步评估取栓指征。');
    await expect(valueOf(clinical, '病史及诊治情况')).toHaveTextContent(/NIHSS 8分/);
    await expect(valueOf(clinical, '过敏史')).toHaveTextContent('青霉素过敏');
    const attachments = within(section(canvasElement, '附件')).getAllByRole('listitem');
    await expect(attachments).toHaveLength(2);
    await expect(attachments[0]).toHaveTextContent('糖化血红蛋白（HbA1c）');
    await expect(attachments[0]).toHaveTextContent('检查检验结果');
    await expect(attachments[0]).toHaveTextContent(label('recognitionDecision', 'recognized', 'zh-CN'));
    await expect(attachments[1]).toHaveTextContent('入院记录（摘录）');
    await expect(attachments[1]).toHaveTextContent(/病历摘录 · 178\.9\s?kB/i);
    await expect(await actionNames(canvasElement)).toEqual(['接收', '拒绝', '退回补充']);
    const all = steps(canvasElement);
    await expect(all).toHaveLength(1);
    await expect(all[0]).toHaveTextContent('王芳 · 沧州市中心医院');
    await expect(all[0]).toHaveTextContent('2026/11/23 09:00');
    await expect(canvas.getByText(/应答时限/)).toBeInTheDocument();
    await fitsTheWidth(canvasElement);
  },
};

export const Accepted: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'accepted'),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '已接收');
    await expect(await actionNames(canvasElement)).toEqual(['登记到诊', '标记未到诊']);
    const accepted = steps(canvasElement)[1]!;
    await expect(accepted).toHaveTextContent('张伟 · 北京协和医院');
    await expect(valueOf(accepted, '接诊科室')).toHaveTextContent('神经内科');
    await expect(valueOf(accepted, '接诊医生')).toHaveTextContent('张伟（主治医师）');
    await expect(valueOf(accepted, '就诊时间')).toHaveTextContent('2026/11/23 13:00');
    await expect(valueOf(accepted, '床位')).toHaveTextContent('神内二病区 12床');
    await expect(valueOf(accepted, '就诊须知')).toHaveTextContent('直接至急诊卒中绿色通道');
  },
};

export const Arrived: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'arrived'),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '已到诊');
    await expect(await actionNames(canvasElement)).toEqual(['开始诊疗']);
    await expect(valueOf(steps(canvasElement)[2]!, '到诊时间')).toHaveTextContent('2026/11/23 09:00');
  },
};

export const InTreatment: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'in_treatment'),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '诊疗中');
    await expect(await actionNames(canvasElement)).toEqual(['反馈结果']);
    await expect(valueOf(steps(canvasElement)[3]!, '诊疗方式')).toHaveTextContent('住院');
  },
};

/** The receiving expert reports the result; the domain's required fields are checked before anything is sent. */
export const ReportFlow: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'in_treatment'),
  play: async ({ canvasElement, userEvent, args }) => {
    await statusShown(canvasElement, '诊疗中');
    await userEvent.click(within(canvasElement).getByRole('button', { name: '反馈结果' }));
    const dialog = await screen.findByRole('dialog', { name: '反馈结果' });
    await userEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    const treatment = within(dialog).getByRole('textbox', { name: /治疗经过/ });
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /^诊断/ })).toHaveFocus());
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^诊断/ }), '脑梗死');
    await userEvent.type(treatment, '溶栓后恢复良好。');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /后续建议/ }), '建议下转康复。');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await statusShown(canvasElement, '已反馈');
    await expect(args.onTransition).toHaveBeenCalledTimes(1);
    const reported = steps(canvasElement)[4]!;
    await expect(valueOf(reported, '治疗经过')).toHaveTextContent('溶栓后恢复良好。');
  },
};

/** The referring doctor reads the report back, discharge summary included, before closing the loop. */
export const Reported: Story = {
  loaders: at('cln_cz_neuro_wang', 'reported'),
  play: async ({ canvasElement, args }) => {
    await statusShown(canvasElement, '已反馈');
    const reported = steps(canvasElement)[4]!;
    await expect(valueOf(reported, '诊断')).toHaveTextContent('I63.900 脑梗死');
    await expect(valueOf(reported, '治疗经过')).toHaveTextContent('静脉溶栓后恢复良好。');
    await expect(valueOf(reported, '后续建议')).toHaveTextContent('建议下转康复，继续二级预防。');
    await expect(valueOf(reported, '出院时间')).toHaveTextContent('2026/11/23 08:30');
    await expect(valueOf(reported, '出院小结')).toHaveTextContent(/住院10天，神经功能明显改善/);
    await expect(reported).toHaveTextContent('建议下转基层康复');
    // The sender closes the loop; a down-referral is the receiving side's to start.
    await expect(await actionNames(canvasElement)).toEqual(['闭环']);
    await expect(args.onStartDownReferral).not.toHaveBeenCalled();
  },
};

export const Closed: Story = {
  loaders: at('cln_cz_neuro_wang', 'closed'),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '已闭环');
    await expect(await actionNames(canvasElement)).toEqual([]);
    const all = steps(canvasElement);
    await expect(all).toHaveLength(6);
    await expect(valueOf(all[5]!, '随访或确认记录')).toHaveTextContent('已收到回执，患者已回本院随访。');
    await expect(all[5]).toHaveTextContent('王芳 · 沧州市中心医院');
  },
};

export const Rejected: Story = {
  loaders: at('cln_cz_neuro_wang', 'rejected'),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '已拒绝');
    const rejected = steps(canvasElement)[1]!;
    await expect(rejected).toHaveTextContent('张伟 · 北京协和医院');
    await expect(valueOf(rejected, '原因')).toHaveTextContent('床位或号源不足');
    await expect(valueOf(rejected, '原因说明')).toHaveTextContent('本周床位已满。');
    await expect(await actionNames(canvasElement)).toEqual([]);
  },
};

export const Cancelled: Story = {
  loaders: at('cln_cz_neuro_wang', 'cancelled'),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '已取消');
    await expect(valueOf(steps(canvasElement)[1]!, '原因')).toHaveTextContent('患者放弃');
  },
};

export const Expired: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => {
      const created = await referralAt(alliance, 'submitted', { urgency: 'urgent' });
      // Unanswered urgent referrals expire after 24 hours (green channel never does); the server's clock moves on.
      alliance.setNow(new Date(STORY_NOW.getTime() + 25 * 3_600_000));
      return created;
    }),
  ),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已过期');
    await expect(canvas.getByText(/系统/)).toBeInTheDocument();
    await expect(valueOf(section(canvasElement, '转诊信息'), '紧急程度')).toHaveTextContent('加急');
  },
};

/** The receiving expert accepts with the keyboard; focus lands on the new status. */
export const AcceptFlow: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'submitted'),
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = await statusShown(canvasElement, '已提交');
    const accept = canvas.getByRole('button', { name: '接收' });
    accept.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '接收' });
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /接诊科室/ })).toHaveValue('dep_pumch_neurology'),
    );
    await userEvent.type(within(dialog).getByRole('textbox', { name: /床位/ }), '神内二病区 12床');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await statusShown(canvasElement, '已接收');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(steps(canvasElement)).toHaveLength(2);
    await expect(valueOf(steps(canvasElement)[1]!, '床位')).toHaveTextContent('神内二病区 12床');
    await expect(args.onTransition).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(canvas.getByText('当前状态：已接收')).toHaveFocus());
  },
};

/** Someone else acted first: the 412 is explained in words, with a reload button (the story stays there). */
export const VersionConflictFlow: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'submitted'),
  play: async ({ canvasElement, userEvent, loaded, args }) => {
    const canvas = await statusShown(canvasElement, '已提交');
    await userEvent.click(canvas.getByRole('button', { name: '接收' }));
    const dialog = await screen.findByRole('dialog', { name: '接收' });
    // Meanwhile the coordinator accepts the same referral.
    const alliance = loaded.alliance as BrowserAlliance;
    const sun = await clientAs(alliance, 'cln_pumch_coord_sun');
    const current = await sun.referrals.get(String(loaded.referralId));
    await sun.referrals.transition(current, {
      command: 'accept',
      appointment: { departmentId: 'dep_pumch_neurology', scheduledAt: '2026-11-23T11:00:00+08:00' },
    });
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /接诊科室/ })).toHaveValue('dep_pumch_neurology'),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    const conflict = await within(dialog).findByRole('alert');
    await expect(conflict).toHaveTextContent('孙丽（北京协和医院）已于 09:00 将此转诊单更新为“已接收”');
    await expect(args.onError).toHaveBeenCalledTimes(1);
    // The error is scrolled into view and focused, so the user lands on what went wrong.
    await waitFor(() => expect(document.activeElement).toContainElement(conflict));
    await expect(within(conflict).getByRole('button', { name: '重新加载' })).toBeVisible();
    // The refused write has settled: the confirm button shows its own label again, held disabled until a reload.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: '确认' })).toBeDisabled());
  },
};

/** The server is slow: the tracker shows a skeleton shaped like the case, and stays there. */
export const Loading: Story = {
  loaders: loaders(
    allianceLoader('cln_pumch_neuro_zhang', async (alliance) => {
      const created = await referralAt(alliance, 'submitted');
      await alliance.faults([{ match: 'GET /v1/referrals/', phase: 'before', delayMs: 600_000, times: 2 }]);
      return created;
    }),
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('status');
    await expect(status).toHaveAccessibleName('加载中…');
    await expect(status.querySelectorAll('.yl-skeleton').length).toBeGreaterThan(6);
    await expect(canvasElement.querySelector('.yl-referral-tracker')).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.queryByText(/当前状态/)).toBeNull();
    await expect(canvas.queryByRole('heading')).toBeNull();
  },
};

export const NotFound: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => {
      // A referral of another alliance (北苑中医 → 首钢): 沧州 is no party to it.
      const xu = await clientAs(alliance, 'cln_by_tcm_xu');
      const referral = await xu.referrals.create({
        ...referralBody('routine'),
        sendingInstitutionId: 'ins_beiyuan_tcm',
        sendingDepartmentId: undefined,
        receivingInstitutionId: 'ins_pku_shougang',
        receivingDepartmentId: undefined,
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:30:00+08:00',
          recordedBy: 'cln_by_tcm_xu',
          method: 'written',
        },
      } as Schemas['ReferralCreate']);
      return { referralId: referral.id };
    }),
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, { timeout: 30_000 })).toHaveTextContent(
      formatProblem('not_found', 'zh-CN'),
    );
    await expect(canvas.getByRole('button', { name: '重试' })).toBeInTheDocument();
    await expect(args.onTransition).not.toHaveBeenCalled();
  },
};

export const PermissionDenied: Story = {
  // An expert of the receiving hospital reads the referral but may not act on it.
  loaders: at('cln_pumch_neuro_li', 'submitted'),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已提交');
    await expect(await actionNames(canvasElement)).toEqual([]);
    await expect(canvas.getByText('您的角色只能查看此转诊单，不能处理。')).toBeInTheDocument();
  },
};

/** Every free text at a length real cases reach: folded to its first lines, and nothing wider than a phone. */
export const LongTexts: Story = {
  loaders: at('cln_cz_neuro_wang', 'reported', { long: true }),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '已反馈');
    const summary = valueOf(section(canvasElement, '病情'), '病史及诊治情况');
    await expect(summary).toHaveTextContent(/第30天/);
    // The reason, the history and the discharge summary are taller than six lines at any width: folded, with a
    // button; a text that fits (the allergies on a wide screen) is shown whole, with none.
    const more = within(canvasElement).getAllByRole('button', { name: '展开全文' });
    await expect(more.length).toBeGreaterThanOrEqual(3);
    for (const text of canvasElement.querySelectorAll<HTMLElement>('.yl-referral-tracker__text')) {
      const toggle = more.find((button) => button.getAttribute('aria-controls') === text.id);
      if (toggle) {
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await expect(text.clientHeight).toBeLessThan(text.scrollHeight);
      } else {
        await expect(text.clientHeight).toBe(text.scrollHeight);
      }
    }
    await expect(valueOf(steps(canvasElement)[4]!, '出院小结')).toHaveTextContent(/住院第40天/);
    await fitsTheWidth(canvasElement);
  },
};

/** The sender opens the folded discharge summary and reads it whole. */
export const LongTextExpandFlow: Story = {
  loaders: at('cln_cz_neuro_wang', 'reported', { long: true }),
  play: async ({ canvasElement, userEvent }) => {
    await statusShown(canvasElement, '已反馈');
    const summary = valueOf(steps(canvasElement)[4]!, '出院小结');
    const toggle = within(summary).getByRole('button', { name: '展开全文' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveTextContent('收起');
    const text = document.getElementById(toggle.getAttribute('aria-controls') ?? '')!;
    await expect(text.clientHeight).toBe(text.scrollHeight);
    await fitsTheWidth(canvasElement);
  },
};

/** A down-referral back to 沧州 for rehabilitation: its plan, medications and follow-up dates are part of the case. */
export const DownReferral: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_rehab_qian', async (alliance) => {
      const { referralId: parentReferralId } = await referralAt(alliance, 'reported');
      const sun = await clientAs(alliance, 'cln_pumch_coord_sun');
      const down = await sun.referrals.create({
        direction: 'down',
        urgency: 'routine',
        parentReferralId,
        sendingInstitutionId: 'ins_pumch',
        sendingDepartmentId: 'dep_pumch_neurology',
        receivingInstitutionId: 'ins_cangzhou_central',
        receivingDepartmentId: 'dep_cz_rehab',
        patient: PATIENT,
        diagnosis: { code: 'I63.900', text: '脑梗死恢复期' },
        reason: '病情稳定，转回基层康复。',
        clinicalSummary: '住院10天，神经功能明显改善，右侧肌力4级，可独立行走。',
        mainResults: '头颅MRI：左侧基底节区亚急性期脑梗死；颈动脉超声：右侧斑块形成。',
        rehabPlan: '每日肢体功能训练与言语训练，两周后评估。',
        medications: '阿司匹林 100mg qd；阿托伐他汀 20mg qn',
        followUpDates: ['2026-12-07', '2026-12-21'],
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:30:00+08:00',
          recordedBy: 'cln_pumch_coord_sun',
          method: 'written',
        },
        submit: true,
      });
      return { referralId: down.id };
    }),
  ),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '已提交');
    await expect(valueOf(section(canvasElement, '转诊信息'), '转诊方向')).toHaveTextContent('下转');
    await expect(valueOf(section(canvasElement, '病情'), '主要检查结果')).toHaveTextContent(
      '头颅MRI：左侧基底节区亚急性期脑梗死；颈动脉超声：右侧斑块形成。',
    );
    const rehab = section(canvasElement, '康复与随访');
    await expect(valueOf(rehab, '康复计划')).toHaveTextContent('每日肢体功能训练与言语训练，两周后评估。');
    await expect(valueOf(rehab, '用药')).toHaveTextContent('阿司匹林 100mg qd；阿托伐他汀 20mg qn');
    const dates = within(valueOf(rehab, '随访日期')).getAllByRole('listitem');
    await expect(dates.map((date) => date.textContent)).toEqual(['2026/12/07', '2026/12/21']);
    await expect(await actionNames(canvasElement)).toEqual(['接收', '拒绝', '退回补充']);
  },
};

/**
 * The receiving side of a reported up-referral starts the down-referral: the tracker hands the page a pre-filled
 * `ReferralCreate`, which (completed as a form would) the server accepts as the child of this referral.
 */
export const UpReferralStartsDownReferralFlow: Story = {
  loaders: at('cln_pumch_coord_sun', 'reported'),
  play: async ({ canvasElement, userEvent, args, loaded }) => {
    await statusShown(canvasElement, '已反馈');
    await expect(await actionNames(canvasElement)).toEqual(['发起下转']);
    await userEvent.click(within(canvasElement).getByRole('button', { name: '发起下转' }));
    await expect(args.onStartDownReferral).toHaveBeenCalledTimes(1);
    const prefill = (args.onStartDownReferral as Mock<(prefill: DownReferralPrefill) => void>).mock
      .calls[0]![0];
    await expect(prefill).toEqual({
      direction: 'down',
      parentReferralId: loaded.referralId,
      sendingInstitutionId: 'ins_pumch',
      receivingInstitutionId: 'ins_cangzhou_central',
      receivingDepartmentId: 'dep_cz_neurology',
      patient: PATIENT,
      diagnosis: { code: 'I63.900', text: '脑梗死' },
      clinicalSummary:
        '住院10天，神经功能明显改善，右侧肌力4级，可独立行走。出院带药：阿司匹林 100mg qd，阿托伐他汀 20mg qn。',
      rehabPlan: '',
      medications: '',
    });
    // What the form adds before sending: urgency, reason, consent, and the plan the doctor writes.
    const sun = loaded.client as AllianceClient;
    const down = await sun.referrals.create({
      ...prefill,
      urgency: 'routine',
      reason: '病情稳定，转回基层康复。',
      mainResults: '头颅MRI：左侧基底节区亚急性期脑梗死。',
      rehabPlan: '每日肢体功能训练，两周后评估。',
      medications: '阿司匹林 100mg qd',
      followUpDates: ['2026-12-07'],
      consent: {
        purpose: 'referral_transfer',
        grantedAt: '2026-11-23T08:30:00+08:00',
        recordedBy: 'cln_pumch_coord_sun',
        method: 'written',
      },
      submit: true,
    });
    await expect(down.parentReferralId).toBe(loaded.referralId);
    await expect(down.status).toBe('submitted');
  },
};

/** The same referral, side by side, as its sender and its receiver see it. */
export const SenderVsReceiverMasking: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => ({
      ...(await referralAt(alliance, 'accepted')),
      receiver: await clientAs(alliance, 'cln_pumch_neuro_zhang'),
    })),
  ),
  render: (args, { loaded }) => (
    <div>
      <section aria-labelledby="sender-view">
        <h2 id="sender-view">转出方（王芳，沧州市中心医院）</h2>
        <ReferralTracker
          {...args}
          aria-label="转出方看到的转诊单"
          headingLevel={3}
          referralId={String(loaded.referralId)}
        />
      </section>
      <section aria-labelledby="receiver-view">
        <h2 id="receiver-view">接收方（张伟，北京协和医院）</h2>
        <AllianceProvider client={loaded.receiver as AllianceClient} locale="zh-CN" now={() => STORY_NOW}>
          <ReferralTracker
            {...args}
            aria-label="接收方看到的转诊单"
            headingLevel={3}
            referralId={String(loaded.referralId)}
          />
        </AllianceProvider>
      </section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const sender = within(canvasElement).getByRole('region', { name: /^转出方（/ });
    const receiver = within(canvasElement).getByRole('region', { name: /^接收方（/ });
    await statusShown(sender, '已接收');
    await statusShown(receiver, '已接收');
    const senderPatient = section(sender, '患者');
    const receiverPatient = section(receiver, '患者');
    // The sender's role does not register the patient: name and phone masked, and told why.
    await expect(valueOf(senderPatient, '姓名')).toHaveTextContent(maskName('张三'));
    await expect(valueOf(senderPatient, '联系电话')).toHaveTextContent(maskPhone('13812341234'));
    await expect(senderPatient).toHaveTextContent('患者姓名和联系方式已脱敏显示');
    // The receiver registers the arriving patient: the full name and phone.
    await expect(valueOf(receiverPatient, '姓名')).toHaveTextContent(/^张三$/);
    await expect(valueOf(receiverPatient, '联系电话')).toHaveTextContent('13812341234');
    // The ID number is masked for both.
    for (const patient of [senderPatient, receiverPatient]) {
      await expect(valueOf(patient, '证件')).toHaveTextContent(maskIdNumber('110105199003071239'));
      await expect(patient).not.toHaveTextContent('110105199003071239');
    }
    await expect(within(sender).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(/^转诊单/);
    await fitsTheWidth(canvasElement);
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  loaders: at('cln_pumch_neuro_zhang', 'accepted', { withResult: true }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('Current status: Accepted', {}, { timeout: 30_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(canvasElement.querySelector('.yl-recognition--loading')).toBeNull());
    await expect(canvas.getByRole('button', { name: 'Record arrival' })).toBeInTheDocument();
    await expect(canvas.getAllByText(/Peking Union Medical College Hospital/).length).toBeGreaterThan(0);
    const patient = section(canvasElement, 'Patient');
    await expect(valueOf(patient, 'Sex')).toHaveTextContent('Male');
    await expect(valueOf(patient, 'Age')).toHaveTextContent('36 years');
    await expect(valueOf(section(canvasElement, 'Clinical details'), 'Allergies')).toHaveTextContent(
      '青霉素过敏',
    );
    await expect(
      valueOf(
        canvas.getAllByRole('listitem').find((li) => li.matches('.yl-referral-tracker__step--accepted'))!,
        'Bed',
      ),
    ).toHaveTextContent('神内二病区 12床');
  },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  loaders: at('cln_cz_neuro_wang', 'reported'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('目前狀態：已反饋', {}, { timeout: 30_000 })).toBeInTheDocument();
    await expect(canvas.getByRole('heading', { name: '病情' })).toBeInTheDocument();
    await expect(valueOf(section(canvasElement, '病情'), '病史及診治情況')).toHaveTextContent(/NIHSS 8分/);
    await expect(canvas.getByText('出院小結', { selector: 'dt' })).toBeInTheDocument();
    await expect(canvas.getByText(/依您的角色/)).toBeInTheDocument();
  },
};

/** A green channel nobody answered within its 15 minutes: escalated to the coordinator, never expired, said in words. */
export const GreenChannelOverdue: Story = {
  loaders: loaders(
    allianceLoader('cln_pumch_neuro_zhang', async (alliance) => {
      const created = await referralAt(alliance, 'submitted', { urgency: 'green_channel' });
      // The server's clock passes the answer deadline (09:15); its sweep escalates the referral.
      alliance.setNow(new Date(STORY_NOW.getTime() + 20 * 60_000));
      return created;
    }),
  ),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已提交');
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      '绿色通道已超时未应答 · 已于 09:15 升级至协调员',
    );
    const all = steps(canvasElement);
    await expect(all).toHaveLength(2);
    // The escalation is its own step, by the system, not a second "已提交".
    await expect(within(all[1]!).getByRole('heading')).toHaveTextContent('超时升级');
    await expect(all[1]).toHaveTextContent('系统');
    await expect(all[1]).toHaveTextContent('已升级至协调员');
    await expect(await actionNames(canvasElement)).toEqual(['接收', '拒绝', '退回补充']);
    await fitsTheWidth(canvasElement);
  },
};

const RETURN_NOTE = '请补充近三天的头颅CT报告及用药记录。';

/** The referring doctor opens a referral the receiver returned: what to add is the first thing on the page. */
export const ReturnedForInfo: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => {
      const created = await referralAt(alliance, 'submitted');
      const zhang = await clientAs(alliance, 'cln_pumch_neuro_zhang');
      const referral = await zhang.referrals.get(created.referralId);
      await zhang.referrals.transition(referral, { command: 'return_for_info', note: RETURN_NOTE });
      return created;
    }),
  ),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '退回补充');
    const returned = canvas.getByRole('region', { name: '已退回转出方补充信息' });
    await expect(returned).toHaveTextContent(RETURN_NOTE);
    await expect(returned).toHaveTextContent(/北京协和医院 于 2026\/11\/23 09:00 退回/);
    await expect(returned).toHaveTextContent('请按下列要求补充后重新提交。');
    const step = steps(canvasElement)[1]!;
    await expect(within(step).getByRole('heading')).toHaveTextContent('退回补充');
    await expect(valueOf(step, '需补充的内容')).toHaveTextContent(RETURN_NOTE);
    await expect(await actionNames(canvasElement)).toContain('重新提交');
    await fitsTheWidth(canvasElement);
  },
};

/** The receiver, after the sender added what was asked: the resubmission is its own step, with its note. */
export const Resubmitted: Story = {
  loaders: loaders(
    allianceLoader('cln_pumch_neuro_zhang', async (alliance) => {
      const created = await referralAt(alliance, 'submitted');
      const zhang = await clientAs(alliance, 'cln_pumch_neuro_zhang');
      const wang = await clientAs(alliance, 'cln_cz_neuro_wang');
      const returned = await zhang.referrals.transition(await zhang.referrals.get(created.referralId), {
        command: 'return_for_info',
        note: RETURN_NOTE,
      });
      await wang.referrals.transition(returned, {
        command: 'resubmit',
        note: '已上传头颅CT报告及用药记录。',
      });
      return created;
    }),
  ),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已提交');
    await expect(canvas.queryByRole('region', { name: '已退回转出方补充信息' })).toBeNull();
    const all = steps(canvasElement);
    await expect(all).toHaveLength(3);
    await expect(valueOf(all[1]!, '需补充的内容')).toHaveTextContent(RETURN_NOTE);
    await expect(within(all[2]!).getByRole('heading')).toHaveTextContent('重新提交');
    await expect(valueOf(all[2]!, '补充说明')).toHaveTextContent('已上传头颅CT报告及用药记录。');
  },
};

/** The receiving doctor sends the referral back with what is missing; both sides then see the note. */
export const ReturnForInfoFlow: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'submitted'),
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = await statusShown(canvasElement, '已提交');
    await userEvent.click(canvas.getByRole('button', { name: '退回补充' }));
    const dialog = await screen.findByRole('dialog', { name: '退回补充' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /需补充的内容/ }), RETURN_NOTE);
    await userEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await statusShown(canvasElement, '退回补充');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const returned = canvas.getByRole('region', { name: '已退回转出方补充信息' });
    await expect(returned).toHaveTextContent(RETURN_NOTE);
    await expect(returned).toHaveTextContent('等待转出方补充后重新提交。');
    await expect(valueOf(steps(canvasElement)[1]!, '需补充的内容')).toHaveTextContent(RETURN_NOTE);
    await expect(args.onTransition).toHaveBeenCalledTimes(1);
  },
};

/** The signed form: who signed, when, how; the server recomputes the digest on request and says it matches. */
export const SignedAndVerifiedFlow: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'submitted'),
  play: async ({ canvasElement, userEvent, loaded, args }) => {
    await statusShown(canvasElement, '已提交');
    const signature = section(canvasElement, '电子签名');
    const stored = await (loaded.client as AllianceClient).referrals.get(String(loaded.referralId));
    await expect(valueOf(signature, '签名医师')).toHaveTextContent('王芳（主治医师）');
    await expect(valueOf(signature, '签名时间')).toHaveTextContent('2026/11/23 09:00');
    await expect(valueOf(signature, '算法 · 签名服务')).toHaveTextContent(
      `${stored.signature?.algorithm} · ${stored.signature?.provider}`,
    );
    const digest = stored.signature?.digest ?? '';
    await expect(valueOf(signature, '内容摘要')).toHaveTextContent(
      `${digest.slice(0, 8)}…${digest.slice(-8)}`,
    );
    await userEvent.click(within(signature).getByRole('button', { name: '验证签名' }));
    await expect(await within(signature).findByText('签名有效')).toBeVisible();
    await expect(signature).not.toHaveTextContent('签名无效');
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** A green-channel referral from 北京北苑中医医院 to 首钢: the TCM diagnosis beside ICD-10, records and escort. */
export const TcmAndEscort: Story = {
  loaders: loaders(
    allianceLoader('cln_sg_rehab_ma', async (alliance) => {
      const xu = await clientAs(alliance, 'cln_by_tcm_xu');
      const referral = await xu.referrals.create({
        ...referralBody('green_channel'),
        sendingInstitutionId: 'ins_beiyuan_tcm',
        sendingDepartmentId: 'dep_by_tcm',
        receivingInstitutionId: 'ins_pku_shougang',
        receivingDepartmentId: 'dep_sg_rehab',
        patient: { ...PATIENT, insuranceType: 'urban_employee', insuranceCardNumber: '1101051990030712' },
        tcmDiagnosis: {
          diseaseName: '中风病',
          diseaseCode: 'A07.01.01',
          syndromeName: '风痰阻络证',
          syndromeCode: 'B04.02.03',
        },
        mainResults: '头颅CT：左侧基底节区低密度灶，未见出血。',
        sendingRecordNumbers: { outpatientNo: 'MZ20261123001', inpatientNo: 'ZY2026110042' },
        escort: {
          escortedBy: '李护士',
          escortRole: 'nurse',
          transport: 'ambulance_with_doctor',
          handoverItems: '头颅CT片1张，静脉通路1条',
        },
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:30:00+08:00',
          recordedBy: 'cln_by_tcm_xu',
          method: 'written',
        },
      });
      return { referralId: referral.id };
    }),
  ),
  play: async ({ canvasElement, loaded }) => {
    await statusShown(canvasElement, '已提交');
    const stored = await (loaded.client as AllianceClient).referrals.get(String(loaded.referralId));
    const routing = section(canvasElement, '转诊信息');
    await expect(valueOf(routing, '转出机构')).toHaveTextContent('北京北苑中医医院');
    await expect(valueOf(routing, '转出方病历号')).toHaveTextContent(
      '门诊号 MZ20261123001 · 住院号 ZY2026110042',
    );
    const clinical = section(canvasElement, '病情');
    await expect(valueOf(clinical, '初步诊断')).toHaveTextContent('I63.900 脑梗死');
    await expect(valueOf(clinical, '中医诊断')).toHaveTextContent(
      'A07.01.01 中风病 · 证型 B04.02.03 风痰阻络证',
    );
    await expect(valueOf(clinical, '主要检查结果')).toHaveTextContent('头颅CT：左侧基底节区低密度灶');
    // The insurance card number as the server sent it to this role.
    const card = stored.patient.insuranceCardNumber ?? '';
    await expect(card).not.toBe('');
    await expect(valueOf(section(canvasElement, '患者'), '医保卡号')).toHaveTextContent(card);
    const escort = section(canvasElement, '护送与交接');
    await expect(valueOf(escort, '护送人员')).toHaveTextContent('李护士');
    await expect(valueOf(escort, '护送人员身份')).toHaveTextContent(label('escortRole', 'nurse', 'zh-CN'));
    await expect(valueOf(escort, '转运方式')).toHaveTextContent(
      label('escortTransport', 'ambulance_with_doctor', 'zh-CN'),
    );
    await expect(valueOf(escort, '交接物品')).toHaveTextContent('头颅CT片1张，静脉通路1条');
    await fitsTheWidth(canvasElement);
  },
};

/** A notifiable infectious disease: the routing warning is a note to check the receiver, never an error. */
export const RoutingWarning: Story = {
  loaders: loaders(
    allianceLoader('cln_pumch_neuro_zhang', async (alliance) => {
      const wang = await clientAs(alliance, 'cln_cz_neuro_wang');
      const referral = await wang.referrals.create({
        ...referralBody(),
        diagnosis: { code: 'A15.000', text: '肺结核' },
      });
      return { referralId: referral.id };
    }),
  ),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已提交');
    const warnings = section(canvasElement, '转诊提示');
    const note = within(warnings).getByRole('note');
    await expect(note).toHaveTextContent('诊断属法定传染病：请确认接收机构为定点医院。');
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** The receiver accepts with an admission window; a window already past is explained at its field first. */
export const AcceptWithWindowFlow: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'submitted'),
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = await statusShown(canvasElement, '已提交');
    await userEvent.click(canvas.getByRole('button', { name: '接收' }));
    const dialog = await screen.findByRole('dialog', { name: '接收' });
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /接诊科室/ })).toHaveValue('dep_pumch_neurology'),
    );
    // Neither a time nor a window: the rule is said at the time field.
    fireEvent.change(within(dialog).getByLabelText(/就诊时间/), { target: { value: '' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await expect(
      await within(dialog).findByText(formatFieldError('appointment_time_or_window', 'zh-CN')),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('radio', { name: /允许时段/ }));
    const from = within(dialog).getByLabelText(/时段开始/);
    const to = within(dialog).getByLabelText(/时段结束/);
    fireEvent.change(from, { target: { value: '2026-11-20T08:00' } });
    fireEvent.change(to, { target: { value: '2026-11-22T17:00' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(to).toHaveFocus());
    await expect(to).toHaveAccessibleDescription(formatFieldError('appointment_window_in_past', 'zh-CN'));
    fireEvent.change(from, { target: { value: '2026-11-23T10:00' } });
    fireEvent.change(to, { target: { value: '2026-12-01T17:00' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '确认' }));
    await statusShown(canvasElement, '已接收');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const accepted = steps(canvasElement)[1]!;
    await expect(valueOf(accepted, '允许就诊时段')).toHaveTextContent('2026/11/23 10:00 – 2026/12/01 17:00');
    await expect(args.onTransition).toHaveBeenCalledTimes(1);
  },
};
