import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import { formatProblem } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import { expect, fn, screen, waitFor, within } from 'storybook/test';
import { STORY_NOW, allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
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

function referralBody(urgency: Schemas['ReferralUrgency'] = 'urgent'): Schemas['ReferralCreate'] {
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
    patient: {
      name: '张三',
      sex: 'male',
      birthDate: '1990-03-07',
      idType: 'resident_id_card',
      idNumber: '110105199003071239',
    },
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    reason: '急性脑梗死，需进一步评估取栓指征。',
    clinicalSummary: '发病4小时，NIHSS 8分，已完成头颅CT。',
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

/** Creates a referral and moves it along the loop to `status`. */
async function referralAt(alliance: BrowserAlliance, status: Step, urgency?: Schemas['ReferralUrgency']) {
  const wang = await clientAs(alliance, 'cln_cz_neuro_wang');
  const zhang = await clientAs(alliance, 'cln_pumch_neuro_zhang');
  let referral = await wang.referrals.create(referralBody(urgency));
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
          },
        },
        arrived: { command: 'record_arrival', arrivedAt: '2026-11-23T09:00:00+08:00' },
        in_treatment: { command: 'start_treatment', setting: 'inpatient' },
        reported: {
          command: 'report',
          report: {
            diagnosis: { code: 'I63.900', text: '脑梗死' },
            treatment: '静脉溶栓后恢复良好。',
            advice: '建议下转康复。',
          },
        },
        closed: { command: 'close', note: '已收到回执，患者已回本院随访。' },
      };
      const body = bodies[step as keyof typeof bodies];
      referral = await (step === 'closed' ? wang : zhang).referrals.transition(referral, body);
    }
  }
  return { referralId: referral.id };
}

function loaders(...list: Loader[]) {
  return list as unknown as NonNullable<Meta<typeof ReferralTracker>['loaders']>;
}

const at = (clinicianId: string, status: Step, urgency?: Schemas['ReferralUrgency']) =>
  loaders(allianceLoader(clinicianId, (alliance) => referralAt(alliance, status, urgency)));

const meta = {
  title: 'Referral/ReferralTracker',
  component: ReferralTracker,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  args: { referralId: '', onTransition: fn(), onError: fn() },
  argTypes: {
    referralId: {
      control: 'text',
      description: 'The referral to follow (each story creates one through the API and passes its id).',
      table: { type: { summary: 'string' } },
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
  },
  render: (args, { loaded }) => (
    <ReferralTracker {...args} referralId={String(loaded.referralId ?? args.referralId)} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          'The closed loop of one referral: current status, the timeline of every step (who, which institution, when in Beijing time) and the commands the user may issue now (domain `allowedCommands`), each in a small Radix dialog. If someone else acted first, the 412 conflict is explained in words with a reload button.',
      },
    },
  },
} satisfies Meta<typeof ReferralTracker>;
export default meta;
type Story = StoryObj<typeof meta>;

async function statusShown(canvasElement: HTMLElement, label: string) {
  const canvas = within(canvasElement);
  await expect(await canvas.findByText(`当前状态：${label}`, {}, { timeout: 30_000 })).toBeInTheDocument();
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

export const Submitted: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'submitted'),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已提交');
    await expect(await actionNames(canvasElement)).toEqual(['接收', '拒绝']);
    const steps = within(canvas.getByRole('list')).getAllByRole('listitem');
    await expect(steps).toHaveLength(1);
    await expect(steps[0]).toHaveTextContent('王芳 · 沧州市中心医院');
    await expect(steps[0]).toHaveTextContent('2026/11/23 09:00');
    await expect(canvas.getByText(/应答时限/)).toBeInTheDocument();
  },
};

export const Accepted: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'accepted'),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已接收');
    await expect(await actionNames(canvasElement)).toEqual(['登记到诊', '标记未到诊']);
    await expect(within(canvas.getByRole('list')).getAllByRole('listitem')[1]).toHaveTextContent(
      '张伟 · 北京协和医院',
    );
  },
};

export const Arrived: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'arrived'),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '已到诊');
    await expect(await actionNames(canvasElement)).toEqual(['开始诊疗']);
  },
};

export const InTreatment: Story = {
  loaders: at('cln_pumch_neuro_zhang', 'in_treatment'),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '诊疗中');
    await expect(await actionNames(canvasElement)).toEqual(['反馈结果']);
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
  },
};

export const Reported: Story = {
  loaders: at('cln_cz_neuro_wang', 'reported'),
  play: async ({ canvasElement }) => {
    await statusShown(canvasElement, '已反馈');
    await expect(await actionNames(canvasElement)).toEqual(['闭环']);
  },
};

export const Closed: Story = {
  loaders: at('cln_cz_neuro_wang', 'closed'),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已闭环');
    await expect(await actionNames(canvasElement)).toEqual([]);
    await expect(within(canvas.getByRole('list')).getAllByRole('listitem')).toHaveLength(6);
  },
};

export const Rejected: Story = {
  loaders: at('cln_cz_neuro_wang', 'rejected'),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已拒绝');
    await expect(canvas.getByText(/床位或号源不足/)).toBeInTheDocument();
    await expect(await actionNames(canvasElement)).toEqual([]);
  },
};

export const Cancelled: Story = {
  loaders: at('cln_cz_neuro_wang', 'cancelled'),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已取消');
    await expect(canvas.getByText(/患者放弃/)).toBeInTheDocument();
  },
};

export const Expired: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => {
      const created = await referralAt(alliance, 'submitted', 'green_channel');
      // Unanswered green-channel referrals expire after 2 hours; the server's clock moves on.
      alliance.setNow(new Date(STORY_NOW.getTime() + 3 * 3_600_000));
      return created;
    }),
  ),
  play: async ({ canvasElement }) => {
    const canvas = await statusShown(canvasElement, '已过期');
    await expect(canvas.getByText(/系统/)).toBeInTheDocument();
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
    await expect(within(canvas.getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
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
  },
};

/** The server is slow: the tracker shows its loading placeholder, and stays there. */
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
    await expect(canvas.getByRole('status')).toHaveAccessibleName('加载中…');
    await expect(canvas.queryByText(/当前状态/)).toBeNull();
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

export const English: Story = {
  globals: { locale: 'en' },
  loaders: at('cln_pumch_neuro_zhang', 'accepted'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('Current status: Accepted', {}, { timeout: 30_000 }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Record arrival' })).toBeInTheDocument();
    await expect(canvas.getByText(/Peking Union Medical College Hospital/)).toBeInTheDocument();
  },
};
