import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import type { Schemas } from '@yilian/sdk';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import type { ConsultationStage } from '../internal/story-consultations.js';
import { PEOPLE, clientAs, consultationAt, scheduleBody } from '../internal/story-consultations.js';
import { ConsultationTracker } from './ConsultationTracker.js';

function loaders(...list: Loader[]) {
  return list as unknown as NonNullable<Meta<typeof ConsultationTracker>['loaders']>;
}

/** The consultation at `stage`, followed by `viewer`. */
function at(viewer: string, stage: ConsultationStage, mdt = true) {
  return loaders(
    allianceLoader(viewer, async (alliance: BrowserAlliance) => {
      const consultation = await consultationAt(alliance, stage, mdt);
      return { consultationId: consultation.id, consultation };
    }),
  );
}

const meta = {
  title: 'Consultation/ConsultationTracker',
  component: ConsultationTracker,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  // Not live: each story stays in the state it names (the flows reload after their own commands).
  args: { consultationId: '', onTransition: fn(), onError: fn(), live: false },
  argTypes: {
    consultationId: { control: false, description: 'The consultation to follow (created by the story).' },
    headingLevel: { control: 'select', options: [2, 3, 4] },
    live: { control: 'boolean' },
    onTransition: {
      control: false,
      table: { category: 'Events', type: { summary: '(consultation: Consultation) => void' } },
    },
    onError: { control: false, table: { category: 'Events', type: { summary: '(error: unknown) => void' } } },
  },
  render: (args, { loaded }) => (
    <ConsultationTracker {...args} consultationId={loaded.consultationId as string} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          "One remote consultation as both sides work it: the case (patient with the ID number masked, question, summary, image links, written consent), the schedule in Beijing time with the video room's join link, each expert's signed opinion (several for an MDT, and who has yet to sign), the acknowledgement and rating, and the commands the viewer may issue now (domain `allowedConsultationCommands`) in small dialogs. A 412 (someone acted first) is explained in words with a reload button.",
      },
    },
  },
} satisfies Meta<typeof ConsultationTracker>;
export default meta;
type Story = StoryObj<typeof meta>;

const tracker = (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('region', { name: /远程会诊 HZ-/ }, { timeout: 30_000 });

const actions = (canvasElement: HTMLElement) =>
  within(canvasElement).queryByRole('group', { name: '可执行的操作' });

/** Requested, as 协和's coordinator sees it: the case, no schedule yet, 安排会诊 and 不予受理. */
export const Requested: Story = {
  loaders: at(PEOPLE.sun, 'requested'),
  play: async ({ canvasElement }) => {
    const region = await tracker(canvasElement);
    await expect(within(region).getByText('当前状态：待安排')).toBeVisible();
    await expect(within(region).getByText('受邀方尚未安排时间和专家。')).toBeVisible();
    // Masked in every view.
    await expect(within(region).getByText('110***********1239')).toBeVisible();
    await expect(within(region).getByRole('link', { name: /打开影像/ })).toHaveAttribute(
      'href',
      'https://pacs.cangzhou-central.example/viewer/study/1.2.840.113619.2.55.3',
    );
    const group = actions(canvasElement)!;
    await expect(within(group).getByRole('button', { name: '安排会诊' })).toBeVisible();
    await expect(within(group).getByRole('button', { name: '不予受理' })).toBeVisible();
  },
};

/** Scheduled, as the inviting doctor sees it: the time in Beijing time, the experts and the join link. */
export const Scheduled: Story = {
  loaders: at(PEOPLE.wang, 'scheduled'),
  play: async ({ canvasElement }) => {
    const region = await tracker(canvasElement);
    await expect(within(region).getByText('当前状态：已安排')).toBeVisible();
    await expect(within(region).getByText(/2026\/11\/24 14:00/)).toBeVisible();
    await expect(within(region).getByText(/李明（主任医师）、周华（主任医师）/)).toBeVisible();
    const join = within(region).getByRole('link', { name: '进入视频会诊室' });
    await expect(join).toHaveAttribute('href', 'https://meet.pumch.example/room/hz-20261124-01');
    await expect(join).toHaveAttribute('rel', 'noopener noreferrer');
    // The inviting side may still withdraw, never schedule.
    const group = actions(canvasElement)!;
    await expect(within(group).getByRole('button', { name: '撤回会诊申请' })).toBeVisible();
    await expect(within(group).queryByRole('button', { name: '安排会诊' })).toBeNull();
  },
};

/** An MDT half-way: 李明 signed, 周华 has yet to; 周华 sees 提交会诊意见. */
export const AwaitingSecondOpinion: Story = {
  loaders: at(PEOPLE.zhou, 'half_reported'),
  play: async ({ canvasElement }) => {
    const region = await tracker(canvasElement);
    await expect(within(region).getByText('当前状态：会诊中')).toBeVisible();
    await expect(within(region).getByText(/李明 已于 2026\/11\/23 08:54 电子签名/)).toBeVisible();
    await expect(within(region).getByText('周华：尚未提交意见')).toBeVisible();
    await expect(within(actions(canvasElement)!).getByRole('button', { name: '提交会诊意见' })).toBeVisible();
  },
};

/** Reported: both signed opinions; the inviting doctor may acknowledge. */
export const Reported: Story = {
  loaders: at(PEOPLE.wang, 'reported'),
  play: async ({ canvasElement }) => {
    const region = await tracker(canvasElement);
    await expect(within(region).getByText('当前状态：已出具意见')).toBeVisible();
    await expect(within(region).getAllByRole('article')).toHaveLength(2);
    await expect(within(actions(canvasElement)!).getByRole('button', { name: '确认收到意见' })).toBeVisible();
  },
};

/** Closed: acknowledged with a rating; nobody has anything left to do. */
export const Closed: Story = {
  loaders: at(PEOPLE.wang, 'closed'),
  play: async ({ canvasElement }) => {
    const region = await tracker(canvasElement);
    await expect(within(region).getByText('当前状态：已闭环')).toBeVisible();
    await expect(within(region).getByText(/王芳 已于 2026\/11\/23 08:58 确认收到意见/)).toBeVisible();
    await expect(within(region).getByText('评价：5 / 5')).toBeVisible();
    await expect(actions(canvasElement)).toBeNull();
  },
};

/** Declined by 协和 with its reason. */
export const Declined: Story = {
  loaders: at(PEOPLE.wang, 'declined'),
  play: async ({ canvasElement }) => {
    const region = await tracker(canvasElement);
    await expect(within(region).getByText('当前状态：已婉拒')).toBeVisible();
    await expect(within(region).getByText('暂无合适专家')).toBeVisible();
    await expect(within(region).getByText(/本周神经内科专家均外出义诊/)).toBeVisible();
  },
};

/** In English, for the same MDT as reported. */
export const English: Story = {
  loaders: at(PEOPLE.wang, 'reported'),
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const region = await within(canvasElement).findByRole(
      'region',
      { name: /Remote consultation HZ-/ },
      { timeout: 30_000 },
    );
    await expect(within(region).getByText('Status: Opinion given')).toBeVisible();
    await expect(within(region).getAllByText(/Signed electronically by/)).toHaveLength(2);
  },
};

/** A party to none of it: the same 404 as an id that does not exist, in words. */
export const NotFound: Story = {
  loaders: at(PEOPLE.gao, 'requested'),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 30_000 });
    await expect(alert).toBeVisible();
    await expect(within(canvasElement).queryByText(/张三/)).toBeNull();
  },
};

async function openAction(canvasElement: HTMLElement, name: string) {
  await tracker(canvasElement);
  await userEvent.click(within(actions(canvasElement)!).getByRole('button', { name }));
  return screen.findByRole('dialog', { name });
}

/** 协和's coordinator schedules 李明 and 周华 in the video room: the tracker shows the schedule. */
export const ScheduleFlow: Story = {
  loaders: at(PEOPLE.sun, 'requested'),
  play: async ({ canvasElement, args }) => {
    const dialog = within(await openAction(canvasElement, '安排会诊'));
    // 李明 was asked for by name: already ticked.
    await expect(await dialog.findByRole('checkbox', { name: /李明/ }, { timeout: 10_000 })).toBeChecked();
    await userEvent.click(dialog.getByRole('checkbox', { name: /周华/ }));
    await userEvent.type(
      await dialog.findByRole('textbox', { name: /视频会诊室链接/ }),
      'https://meet.pumch.example/room/hz-flow',
    );
    await userEvent.click(dialog.getByRole('button', { name: '确认' }));
    const region = await tracker(canvasElement);
    await waitFor(() => expect(within(region).getByText('当前状态：已安排')).toBeVisible(), {
      timeout: 10_000,
    });
    await expect(args.onTransition).toHaveBeenCalledTimes(1);
    await expect(within(region).getByRole('link', { name: '进入视频会诊室' })).toHaveAttribute(
      'href',
      'https://meet.pumch.example/room/hz-flow',
    );
  },
};

/** A schedule without a video room is refused by the domain's rule before it is sent, next to the field. */
export const ScheduleMissingRoom: Story = {
  loaders: at(PEOPLE.sun, 'requested'),
  play: async ({ canvasElement }) => {
    const dialog = within(await openAction(canvasElement, '安排会诊'));
    await dialog.findByRole('checkbox', { name: /李明/ }, { timeout: 10_000 });
    await userEvent.click(dialog.getByRole('button', { name: '确认' }));
    const room = dialog.getByRole('textbox', { name: /视频会诊室链接/ });
    await waitFor(() => expect(room).toHaveAccessibleDescription(/视频会诊须提供视频会议室链接/));
    await expect(room).toHaveAttribute('aria-invalid', 'true');
  },
};

/** 周华 signs the second opinion: the MDT is reported. */
export const ReportFlow: Story = {
  loaders: at(PEOPLE.zhou, 'half_reported'),
  play: async ({ canvasElement }) => {
    const dialog = within(await openAction(canvasElement, '提交会诊意见'));
    await userEvent.type(dialog.getByRole('textbox', { name: /会诊所见/ }), '心电图未见房颤。');
    await userEvent.type(dialog.getByRole('textbox', { name: /会诊建议/ }), '建议行发泡试验。');
    await userEvent.click(dialog.getByRole('button', { name: '签署并提交' }));
    const region = await tracker(canvasElement);
    await waitFor(() => expect(within(region).getByText('当前状态：已出具意见')).toBeVisible(), {
      timeout: 10_000,
    });
    await expect(within(region).getByText(/周华 已于 2026\/11\/23 09:00 电子签名/)).toBeVisible();
  },
};

/** The inviting doctor acknowledges with a rating of 4: the loop is closed. */
export const AcknowledgeFlow: Story = {
  loaders: at(PEOPLE.wang, 'reported'),
  play: async ({ canvasElement }) => {
    const dialog = within(await openAction(canvasElement, '确认收到意见'));
    await userEvent.type(dialog.getByRole('textbox', { name: /反馈/ }), '已采纳。');
    await userEvent.click(dialog.getByRole('radio', { name: '4 分' }));
    await userEvent.click(dialog.getByRole('button', { name: '确认' }));
    const region = await tracker(canvasElement);
    await waitFor(() => expect(within(region).getByText('当前状态：已闭环')).toBeVisible(), {
      timeout: 10_000,
    });
    await expect(within(region).getByText('评价：4 / 5')).toBeVisible();
  },
};

/**
 * Someone else scheduled first while this coordinator was deciding: the 412 is explained in words (who, when, the
 * status now), with a reload button, and the story stays there.
 */
export const Conflict: Story = {
  loaders: loaders(
    allianceLoader(PEOPLE.sun, async (alliance: BrowserAlliance) => {
      const consultation = await consultationAt(alliance, 'requested');
      return { consultationId: consultation.id, consultation, alliance };
    }),
  ),
  play: async ({ canvasElement, loaded }) => {
    const dialog = within(await openAction(canvasElement, '安排会诊'));
    await dialog.findByRole('checkbox', { name: /李明/ }, { timeout: 10_000 });
    // Meanwhile, the same coordinator account in another tab schedules it.
    const other = await clientAs(loaded.alliance as BrowserAlliance, PEOPLE.sun);
    await other.consultations.transition(loaded.consultation as Schemas['Consultation'], {
      command: 'schedule',
      schedule: scheduleBody(false),
    });
    await userEvent.type(
      dialog.getByRole('textbox', { name: /视频会诊室链接/ }),
      'https://meet.pumch.example/room/late',
    );
    await userEvent.click(dialog.getByRole('button', { name: '确认' }));
    const conflict = await dialog.findByRole('alert', {}, { timeout: 10_000 });
    await expect(conflict).toHaveTextContent(/孙丽（北京协和医院）已于 .* 将此会诊更新为“已安排”/);
    await expect(within(conflict).getByRole('button', { name: '重新加载' })).toBeVisible();
  },
};
