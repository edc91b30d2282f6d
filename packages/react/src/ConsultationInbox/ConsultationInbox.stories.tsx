import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import { PEOPLE, clientAs, consultationAt, requestBody } from '../internal/story-consultations.js';
import { ConsultationInbox } from './ConsultationInbox.js';

function loaders(...list: Loader[]) {
  return list as unknown as NonNullable<Meta<typeof ConsultationInbox>['loaders']>;
}

/**
 * A morning between 沧州 and 协和: one request waiting to be scheduled, an MDT with 周华's opinion owed, one
 * closed, and one with only 李明 scheduled.
 */
async function morning(alliance: BrowserAlliance) {
  const closed = await consultationAt(alliance, 'closed', true, '08:30');
  const owed = await consultationAt(alliance, 'half_reported', true, '08:32');
  const single = await consultationAt(alliance, 'scheduled', false, '08:34');
  const waiting = await consultationAt(alliance, 'requested', true, '08:36');
  return {
    numbers: { closed: closed.number, owed: owed.number, single: single.number, waiting: waiting.number },
  };
}

const meta = {
  title: 'Consultation/ConsultationInbox',
  component: ConsultationInbox,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  loaders: loaders(allianceLoader(PEOPLE.sun, morning)),
  args: { onSelect: fn(), live: false },
  argTypes: {
    onSelect: {
      control: false,
      description: 'Called with the id of the consultation the user opened.',
      table: { category: 'Events', type: { summary: '(consultationId: string) => void' } },
    },
    side: { control: 'select', options: ['invited', 'inviting'] },
    onlyMine: { control: 'boolean' },
    live: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          "The institution's remote-consultation queue: invited (the coordinator schedules, an expert sees their own) and inviting, by the domain's progress tabs with the server's counts, page by page and live. Patient names masked; the time in Beijing time; an expert is told where their opinion is owed.",
      },
    },
  },
} satisfies Meta<typeof ConsultationInbox>;
export default meta;
type Story = StoryObj<typeof meta>;

async function list(canvasElement: HTMLElement, count: number) {
  const found = await within(canvasElement).findByRole('list', { name: '会诊单列表' }, { timeout: 30_000 });
  await waitFor(() => expect(within(found).getAllByRole('listitem')).toHaveLength(count), {
    timeout: 10_000,
  });
  return within(found).getAllByRole('button');
}

const tab = (canvasElement: HTMLElement, name: string | RegExp) =>
  within(canvasElement).findByRole('tab', { name }, { timeout: 30_000 });

/** 协和's coordinator: everything 协和 is invited to, newest first, with the tabs' counts. */
export const CoordinatorQueue: Story = {
  play: async ({ canvasElement, loaded }) => {
    const numbers = loaded.numbers as Record<string, string>;
    // The story's four beside the seed's seven (沧州 → 协和, DOMAIN §9), which are older.
    const rows = await list(canvasElement, 11);
    await expect(await tab(canvasElement, '受邀的会诊（11）')).toHaveAttribute('aria-selected', 'true');
    await expect(await tab(canvasElement, '待安排（2）')).toBeVisible();
    await expect(await tab(canvasElement, '会诊中（2）')).toBeVisible();
    await expect(rows[0]).toHaveTextContent(numbers.waiting!);
    await expect(rows[0]).toHaveTextContent('张*');
    await expect(rows[0]).not.toHaveTextContent('张三');
    await expect(rows[0]).toHaveTextContent('未安排');
    await expect(rows[1]).toHaveTextContent('11/24 14:00');
  },
};

/** 周华, an expert: only the consultations he is part of, and where his opinion is owed. */
export const ExpertQueue: Story = {
  loaders: loaders(allianceLoader(PEOPLE.zhou, morning)),
  play: async ({ canvasElement, loaded }) => {
    const numbers = loaded.numbers as Record<string, string>;
    const rows = await list(canvasElement, 5);
    await expect(within(canvasElement).getByText('仅显示邀请您参加的会诊。')).toBeVisible();
    const owed = rows.find((row) => row.textContent?.includes(numbers.owed!));
    await expect(owed).toHaveTextContent('待您出具意见');
  },
};

/** 王芳 of 沧州: what she asked for, opened on the inviting side. */
export const InvitingQueue: Story = {
  loaders: loaders(allianceLoader(PEOPLE.wang, morning)),
  play: async ({ canvasElement }) => {
    await list(canvasElement, 11);
    await expect(await tab(canvasElement, '发起的会诊（11）')).toHaveAttribute('aria-selected', 'true');
  },
};

/** An institution party to none: an empty queue in words. */
export const Empty: Story = {
  loaders: loaders(allianceLoader(PEOPLE.gao, morning)),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('没有符合条件的会诊单。', {}, { timeout: 30_000 }),
    ).toBeVisible();
  },
};

/** The 待安排 tab chosen with the keyboard, and the row opened: `onSelect` gets its id. */
export const TabAndSelectFlow: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const numbers = loaded.numbers as Record<string, string>;
    await list(canvasElement, 11);
    const all = await tab(canvasElement, /^全部/);
    all.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(await tab(canvasElement, '待安排（2）')).toHaveAttribute('aria-selected', 'true');
    const rows = await list(canvasElement, 2);
    await expect(rows[0]).toHaveTextContent(numbers.waiting!);
    await userEvent.click(rows[0]!);
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
  },
};

/** Live: a request 沧州 sends while the queue is open arrives without a reload. */
export const LiveArrivalFlow: Story = {
  args: { live: true },
  loaders: loaders(
    allianceLoader(PEOPLE.sun, async (alliance) => ({ ...(await morning(alliance)), alliance })),
  ),
  play: async ({ canvasElement, loaded }) => {
    await list(canvasElement, 11);
    // Live before anything is sent: an event raised earlier would already be in the first page.
    await expect(await within(canvasElement).findByText('更新：实时', {}, { timeout: 15_000 })).toBeVisible();
    const wang = await clientAs(loaded.alliance as BrowserAlliance, PEOPLE.wang);
    const created = await wang.consultations.create(requestBody({ urgency: 'emergency' }));
    const rows = await list(canvasElement, 12);
    await waitFor(() => expect(within(canvasElement).getByText('1 张会诊单有更新')).toBeInTheDocument());
    await expect(rows[0]).toHaveTextContent(created.number);
    await expect(rows[0]).toHaveTextContent('急会诊');
  },
};
