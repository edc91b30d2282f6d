import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import type { AllianceClient, Schemas } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { STORY_NOW, allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import type { ReferralChangeSource } from './change-source.js';
import { ReferralInbox } from './ReferralInbox.js';
import { phoneStory } from '../internal/story-phone.js';

// Every row comes from the in-page reference server, created through the API by the people who would create it.
async function clientAs(alliance: BrowserAlliance, clinicianId: string) {
  return createAllianceClient({
    baseUrl: alliance.baseUrl,
    token: await alliance.tokenFor(clinicianId),
    fetch: (r) => alliance.fetch(r),
    retry: false,
  });
}

interface Seed {
  at: string;
  urgency?: Schemas['ReferralUrgency'];
  cardiology?: boolean;
  name?: string;
  submit?: boolean;
}

function referralBody({ urgency = 'routine', cardiology, name = '张三', submit = true }: Seed) {
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
    sendingDepartmentId: cardiology ? 'dep_cz_cardiology' : 'dep_cz_neurology',
    receivingInstitutionId: 'ins_pumch',
    receivingDepartmentId: cardiology ? 'dep_pumch_cardiology' : 'dep_pumch_neurology',
    patient: {
      name,
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
      grantedAt: '2026-11-23T07:00:00+08:00',
      recordedBy: 'cln_cz_neuro_wang',
      method: 'written',
    },
    submit,
  } satisfies Schemas['ReferralCreate'];
}

/** Creates the referrals at their own server times (`at`, Shanghai), then puts the server clock back to the story's. */
async function seed(alliance: BrowserAlliance, list: Seed[]) {
  const wang = await clientAs(alliance, 'cln_cz_neuro_wang');
  const made: Schemas['Referral'][] = [];
  for (const item of list) {
    alliance.setNow(new Date(`2026-11-23T${item.at}:00+08:00`));
    made.push(await wang.referrals.create(referralBody(item)));
  }
  alliance.setNow(STORY_NOW);
  return made;
}

/** A morning's queue at 协和: routine and urgent (cardiology) from 沧州, a green channel with 11 min left, one accepted, one draft. */
async function morning(alliance: BrowserAlliance) {
  const made = await seed(alliance, [
    { at: '08:00', name: '李四' },
    { at: '08:10', urgency: 'urgent', cardiology: true, name: '王五' },
    { at: '08:20', name: '赵六' },
    { at: '08:56', urgency: 'green_channel', name: '张三' },
    { at: '08:58', name: '孙七', submit: false },
  ]);
  const zhang = await clientAs(alliance, 'cln_pumch_neuro_zhang');
  await zhang.referrals.transition(made[2]!, {
    command: 'accept',
    appointment: { departmentId: 'dep_pumch_neurology', scheduledAt: '2026-11-23T13:00:00+08:00' },
  });
  return { numbers: made.map((r) => r.number), ids: made.map((r) => r.id) };
}

/**
 * Not live: a change source that reports nothing, so each state story stays as it loaded; LiveArrivalFlow and
 * EscalationArrivesFlow follow the server's event stream (the default source).
 */
const NOT_LIVE: ReferralChangeSource = { start: () => () => undefined };

function loaders(...list: Loader[]) {
  return list as unknown as NonNullable<Meta<typeof ReferralInbox>['loaders']>;
}

const meta = {
  title: 'Referral/ReferralInbox',
  component: ReferralInbox,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  loaders: loaders(allianceLoader('cln_pumch_neuro_zhang', morning)),
  args: { onSelect: fn(), changeSource: NOT_LIVE },
  argTypes: {
    changeSource: {
      control: false,
      description:
        'Where changes come from; the server’s event stream unless given (the state stories pass one that reports nothing).',
      table: { type: { summary: 'ReferralChangeSource' } },
    },
    onSelect: {
      control: false,
      description: 'Called with the id of the referral the user opened.',
      table: { category: 'Events', type: { summary: '(referralId: string) => void' } },
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The institution’s referral work queue as receiver and as sender: tabs with counts, filters, search by number, green channel first, page by page and live. A green-channel referral counts down to its answer deadline (the domain’s SLA) and raises an alert when it nears or passes it.',
      },
    },
  },
} satisfies Meta<typeof ReferralInbox>;
export default meta;
type Story = StoryObj<typeof meta>;

async function rows(canvasElement: HTMLElement, count?: number) {
  const canvas = within(canvasElement);
  const list = await canvas.findByRole('list', { name: '转诊单列表' }, { timeout: 30_000 });
  if (count !== undefined) {
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(count), {
      timeout: 10_000,
    });
  }
  return within(list).getAllByRole('button');
}

const tab = (canvasElement: HTMLElement, name: string | RegExp) =>
  within(canvasElement).findByRole('tab', { name }, { timeout: 30_000 });

/** The button the filters fold behind, there only where the inbox is a phone's width (below 760 px). */
const filtersToggle = (canvasElement: HTMLElement) =>
  within(canvasElement).queryByRole('button', { name: /^筛选/ });

/** The height of the phone's first screen (360 × 740): what must show there is measured from the page's top. */
const FIRST_SCREEN = 740;
const bottomOnPage = (element: Element) => element.getBoundingClientRect().bottom + window.scrollY;

/** 协和's queue: what it receives, green channel first; the sender's draft is not there. */
export const ReceiverQueue: Story = {
  play: async ({ canvasElement, loaded }) => {
    const numbers = loaded.numbers as string[];
    const buttons = await rows(canvasElement, 4);
    await expect(await tab(canvasElement, '接收的转诊（4）')).toHaveAttribute('aria-selected', 'true');
    await expect(await tab(canvasElement, '待应答（3）')).toBeVisible();
    await expect(await tab(canvasElement, '进行中（1）')).toBeVisible();
    // Green channel first, then urgent, then the oldest deadline.
    await expect(buttons.map((b) => b.textContent?.match(/ZZ-\d{8}-\d{6}/)?.[0])).toEqual([
      numbers[3],
      numbers[1],
      numbers[0],
      numbers[2],
    ]);
    await expect(buttons[0]).toHaveTextContent('张*');
    await expect(buttons[0]).toHaveTextContent('应答剩余 11:00');
    await expect(buttons[1]).toHaveTextContent('心血管内科 → 心血管内科');
    await expect(buttons[2]).toHaveTextContent(/1\s?小时前/);
    // 11 minutes left is no alert yet.
    await expect(within(canvasElement).queryByRole('alert')).toBeNull();
  },
};

/** A row opened: `onSelect` gets its referral's id (apart, so ReceiverQueue ends unfocused, as it loads). */
export const OpenRowFlow: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const { numbers, ids } = loaded as { numbers: string[]; ids: string[] };
    const buttons = await rows(canvasElement, 4);
    // The second row is the urgent one (王*), second after the green channel.
    await expect(buttons[1]).toHaveTextContent(numbers[1]!);
    await userEvent.click(buttons[1]!);
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    await expect(args.onSelect).toHaveBeenCalledWith(ids[1]);
  },
};

/** 沧州 as sender: its draft is there too, marked as not submitted. */
export const SenderQueue: Story = {
  loaders: loaders(allianceLoader('cln_cz_neuro_wang', morning)),
  args: { side: 'sending' },
  play: async ({ canvasElement }) => {
    const buttons = await rows(canvasElement, 5);
    await expect(await tab(canvasElement, '发出的转诊（5）')).toHaveAttribute('aria-selected', 'true');
    await expect(await tab(canvasElement, '草稿（1）')).toBeVisible();
    await expect(buttons[4]).toHaveTextContent('未提交');
    await expect(buttons[4]).toHaveTextContent('草稿');
  },
};

/** A green channel submitted at 08:48 is due at 09:03: 3 minutes left, an alert in words. */
export const GreenChannelNearingSla: Story = {
  loaders: loaders(
    allianceLoader('cln_pumch_neuro_zhang', async (alliance) => {
      const [green] = await seed(alliance, [
        { at: '08:48', urgency: 'green_channel' },
        { at: '08:30', urgency: 'urgent' },
      ]);
      return { number: green!.number };
    }),
  ),
  play: async ({ canvasElement, loaded }) => {
    const buttons = await rows(canvasElement, 2);
    await expect(buttons[0]).toHaveTextContent('应答剩余 03:00');
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(`绿色通道 ${String(loaded.number)} 应答即将超时（时限 09:03）`);
  },
};

/** A green channel submitted at 08:40 was due at 08:55: overdue by 5 minutes, an alert saying so. */
export const GreenChannelOverdue: Story = {
  loaders: loaders(
    allianceLoader('cln_pumch_neuro_zhang', async (alliance) => {
      const [green] = await seed(alliance, [{ at: '08:40', urgency: 'green_channel' }]);
      return { number: green!.number };
    }),
  ),
  play: async ({ canvasElement, loaded }) => {
    const buttons = await rows(canvasElement, 1);
    await expect(buttons[0]).toHaveTextContent('已超时 05:00');
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      `绿色通道 ${String(loaded.number)} 已超时未应答（时限 08:55）`,
    );
  },
};

/**
 * Urgent referrals of the cardiology department only: the tabs count the filtered queue. Wide, the filters are in
 * view; at a phone's width they are folded behind a button that says two are active, and still apply.
 */
export const Filtered: Story = {
  args: { initialFilters: { urgency: 'urgent', departmentId: 'dep_pumch_cardiology' } },
  play: async ({ canvasElement }) => {
    const buttons = await rows(canvasElement, 1);
    await expect(buttons[0]).toHaveTextContent('紧急');
    await expect(await tab(canvasElement, '全部（1）')).toBeVisible();
    const canvas = within(canvasElement);
    const toggle = filtersToggle(canvasElement);
    if (toggle) {
      await expect(toggle).toHaveAccessibleName('筛选（已启用 2 项）');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(canvas.queryByRole('combobox', { name: '紧急程度' })).toBeNull();
    } else {
      await expect(canvas.getByRole('group', { name: '筛选' })).toBeVisible();
    }
    // Folded or not, the fields hold the filters the list is read with.
    const field = (name: string) => canvas.getByRole('combobox', { name, hidden: true });
    await expect(field('紧急程度')).toHaveValue('urgent');
    // The department's name comes with the directory, after the rows.
    await waitFor(() => expect(field('本院科室')).toHaveValue('dep_pumch_cardiology'));
  },
};

/** The search finds a referral by its number; only numbers are searchable (never patient data). */
export const SearchByNumber: Story = {
  args: { initialQuery: 'ZZ-20261123-000002' },
  play: async ({ canvasElement }) => {
    const buttons = await rows(canvasElement, 1);
    await expect(buttons[0]).toHaveTextContent('ZZ-20261123-000002');
    await expect(within(canvasElement).getByRole('searchbox', { name: '按转诊单号查找' })).toHaveValue(
      'ZZ-20261123-000002',
    );
  },
};

/** Nothing to do: a new alliance. */
export const Empty: Story = {
  loaders: loaders(allianceLoader('cln_pumch_neuro_zhang')),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('没有符合条件的转诊单。', {}, { timeout: 30_000 })).toBeVisible();
    await expect(await tab(canvasElement, '接收的转诊（0）')).toBeVisible();
  },
};

/** The server fails: the problem in words with a retry, no rows. */
export const Error: Story = {
  loaders: loaders(
    allianceLoader('cln_pumch_neuro_zhang', (alliance) =>
      alliance.faults([{ match: 'GET /v1/referrals', phase: 'before', status: 503, times: 1000 }]),
    ),
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: '重试' }, { timeout: 30_000 })).toBeVisible();
    await expect(canvas.queryByRole('list', { name: '转诊单列表' })).toBeNull();
  },
};

/**
 * 沧州 submits a referral while 协和 watches its queue: it arrives over the live event stream (the in-page server
 * streams too), appears without a reload and is announced politely; the queue says its updates are live.
 */
export const LiveArrivalFlow: Story = {
  args: { changeSource: undefined },
  play: async ({ canvasElement, loaded }) => {
    await rows(canvasElement, 4);
    const canvas = within(canvasElement);
    // Live before anything is sent: an event raised earlier would already be in the first page.
    await expect(await canvas.findByText('更新：实时', {}, { timeout: 15_000 })).toBeVisible();
    const alliance = loaded.alliance as BrowserAlliance;
    const wang: AllianceClient = await clientAs(alliance, 'cln_cz_neuro_wang');
    const arrived = await wang.referrals.create(
      referralBody({ at: '09:00', urgency: 'urgent', name: '周八' }),
    );
    await expect(await canvas.findByText(arrived.number, {}, { timeout: 15_000 })).toBeVisible();
    await waitFor(() => expect(canvas.getByText('1 张新转诊单已到达')).toBeInTheDocument(), {
      timeout: 5000,
    });
    await expect(await tab(canvasElement, '接收的转诊（5）')).toBeVisible();
    await expect(canvas.getByText('更新：实时')).toBeVisible();
  },
};

/**
 * A green channel due at 09:07 is open in 协和's queue with 7 minutes left and no alert. The server's clock passes
 * the deadline; its sweep escalates the referral (`referral.escalated`), the stream brings the event, and the row
 * turns overdue with an alert — without a reload, and although this device's clock has not moved.
 */
export const EscalationArrivesFlow: Story = {
  args: { changeSource: undefined },
  loaders: loaders(
    allianceLoader('cln_pumch_neuro_zhang', async (alliance) => {
      const [green] = await seed(alliance, [
        { at: '08:52', urgency: 'green_channel' },
        { at: '08:30', urgency: 'urgent' },
      ]);
      return { number: green!.number, id: green!.id };
    }),
  ),
  play: async ({ canvasElement, loaded }) => {
    const buttons = await rows(canvasElement, 2);
    const canvas = within(canvasElement);
    await expect(buttons[0]).toHaveTextContent('应答剩余 07:00');
    await expect(await canvas.findByText('更新：实时', {}, { timeout: 15_000 })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();

    const alliance = loaded.alliance as BrowserAlliance;
    alliance.setNow(new Date('2026-11-23T09:08:00+08:00'));
    // Any read sweeps first: the sender looking at its referral is enough to escalate it.
    const wang = await clientAs(alliance, 'cln_cz_neuro_wang');
    await expect((await wang.referrals.get(String(loaded.id))).overdue).toBe(true);
    alliance.setNow(STORY_NOW);

    await waitFor(
      () =>
        expect(canvas.getByRole('alert')).toHaveTextContent(
          `绿色通道 ${String(loaded.number)} 已超时未应答（时限 09:07）`,
        ),
      // The event crosses the live stream and the row is read again; on a loaded CI machine (2 cores, every story
      // project at once) that took over 15 s twice, though it takes about one here.
      { timeout: 35_000 },
    );
    await expect((await rows(canvasElement, 2))[0]).toHaveTextContent('已超时');
  },
};

/**
 * 沧州's queue after 协和 returned a referral for more information: the 待补充 tab holds it, and its row reads
 * 待补充 (the sender's task), not the receiver's 退回补充.
 */
export const ReturnedTab: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => {
      const made = await seed(alliance, [{ at: '08:10', name: '李四' }, { at: '08:20' }]);
      const zhang = await clientAs(alliance, 'cln_pumch_neuro_zhang');
      await zhang.referrals.transition(made[0]!, {
        command: 'return_for_info',
        note: '请补充近三天的头颅CT报告。',
      });
      return { number: made[0]!.number };
    }),
  ),
  args: { side: 'sending' },
  play: async ({ canvasElement, loaded }) => {
    await rows(canvasElement, 2);
    const returned = await tab(canvasElement, '待补充（1）');
    await userEvent.click(returned);
    await expect(returned).toHaveAttribute('aria-selected', 'true');
    const buttons = await rows(canvasElement, 1);
    await expect(buttons[0]).toHaveTextContent(String(loaded.number));
    await expect(buttons[0]).toHaveTextContent('状态：待补充');
    await expect(buttons[0]).not.toHaveTextContent('退回补充');
  },
};

/**
 * At 360 px each referral is a card with its own labels, and the filters are folded behind one button, so the first
 * referral shows on the phone's first screen.
 */
export const Phone: Story = {
  ...phoneStory,
  play: async ({ canvasElement }) => {
    const buttons = await rows(canvasElement, 4);
    await expect(buttons[0]).toHaveTextContent('转诊单号：');
    const inbox = within(canvasElement).getByRole('region', { name: '转诊工作台' });
    await expect(inbox.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    await expect(buttons[0]!.scrollWidth).toBeLessThanOrEqual(buttons[0]!.clientWidth + 1);
    const toggle = filtersToggle(canvasElement);
    await expect(toggle).toHaveAccessibleName('筛选');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(within(canvasElement).queryByRole('group', { name: '筛选' })).toBeNull();
    await expect(bottomOnPage(buttons[0]!)).toBeLessThanOrEqual(FIRST_SCREEN);
  },
};

/**
 * On a phone the user opens the filters, keeps only urgent referrals and folds them again: the button counts the
 * active filter, the list stays filtered, and focus stays on the button.
 */
export const PhoneFiltersFlow: Story = {
  ...phoneStory,
  play: async ({ canvasElement }) => {
    await rows(canvasElement, 4);
    const canvas = within(canvasElement);
    const toggle = filtersToggle(canvasElement)!;
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const filters = canvas.getByRole('group', { name: '筛选' });
    await expect(toggle).toHaveAttribute('aria-controls', filters.id);
    await userEvent.selectOptions(within(filters).getByRole('combobox', { name: '紧急程度' }), 'urgent');
    await expect((await rows(canvasElement, 1))[0]).toHaveTextContent('紧急');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveAccessibleName('筛选（已启用 1 项）');
    await expect(toggle).toHaveFocus();
    await expect(canvas.queryByRole('group', { name: '筛选' })).toBeNull();
    await expect((await rows(canvasElement, 1))[0]).toHaveTextContent('紧急');
    await expect(bottomOnPage((await rows(canvasElement, 1))[0]!)).toBeLessThanOrEqual(FIRST_SCREEN);
  },
};
