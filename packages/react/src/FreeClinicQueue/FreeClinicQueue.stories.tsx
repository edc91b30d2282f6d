// Every state of the 义诊 queue, against the real reference server running in the page: the seeded 京蒙 free clinic
// at 包钢 on Saturday 2026-12-12, its desk staffed by 包钢's coordinator (walk-ins registered through the API).
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import { residentIdCheckDigit } from '@yilian/domain';
import type { AllianceClient } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import type { FreeClinicQueueProps } from './FreeClinicQueue.js';
import { FreeClinicQueue } from './FreeClinicQueue.js';
import { phoneStory } from '../internal/story-phone.js';

type Args = FreeClinicQueueProps & Record<string, unknown>;

const FREE_CLINIC = 'act_jm_bg_free_clinic_20261212';
const RESPIRATORY = 'dep_bg_respiratory';
const DESK = 'cln_bg_coord_han';

/** A fake but valid 居民身份证号 born 1958-04-02 (Baotou), one per sequence number. */
function idNumber(sequence: number): string {
  const body = `15020319580402${String(sequence).padStart(3, '0')}`;
  return body + residentIdCheckDigit(body);
}

async function desk(alliance: BrowserAlliance): Promise<AllianceClient> {
  return createAllianceClient({
    baseUrl: alliance.baseUrl,
    token: await alliance.tokenFor(DESK),
    fetch: (request) => alliance.fetch(request),
    retry: false,
  });
}

/** Registers walk-in patients at the respiratory desk through the API. */
async function registerWalkIns(client: AllianceClient, count: number, departmentId = RESPIRATORY) {
  for (let sequence = 1; sequence <= count; sequence += 1) {
    await client.freeClinics.register(FREE_CLINIC, {
      departmentId,
      patient: {
        name: `王${sequence}`,
        sex: 'male',
        birthDate: '1958-04-02',
        idType: 'resident_id_card',
        idNumber: idNumber(sequence + 10),
      },
      consent: {
        purpose: 'referral_transfer',
        grantedAt: '2026-11-23T08:30:00+08:00',
        recordedBy: DESK,
        method: 'written',
      },
    });
  }
}

/** Three walk-ins in respiratory medicine, the first called. */
const threeWaitingOneCalled = allianceLoader(DESK, async (alliance) => {
  const client = await desk(alliance);
  await registerWalkIns(client, 3);
  await client.freeClinics.callNext(FREE_CLINIC, { departmentId: RESPIRATORY });
});

const meta = {
  title: 'Dispatch/FreeClinicQueue',
  component: FreeClinicQueue,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  parameters: {
    docs: {
      description: {
        component:
          "A 义诊 day's queues. The registration desk registers walk-in patients (the ID number fills sex and birth date) and issues the department's next number, calls the next number per department and shows the day's counts; the waiting-room display shows each department's number being served in large type. Both follow the event stream and change without a reload; the queue holds numbers only.",
      },
    },
  },
  // Not live: each story stays in the state it names (the desk rereads after its own calls);
  // DisplayLiveUpdateFlow follows the server's event stream.
  args: { activityId: FREE_CLINIC, mode: 'desk', live: false, onIssued: fn(), onCalled: fn() },
  argTypes: {
    activityId: { control: 'text', table: { type: { summary: 'string' } } },
    mode: {
      control: 'inline-radio',
      options: ['desk', 'display'],
      table: { type: { summary: "'desk' | 'display'" }, defaultValue: { summary: "'desk'" } },
    },
    departmentId: {
      control: 'select',
      options: [undefined, RESPIRATORY, 'dep_bg_gastro'],
      table: { type: { summary: 'string' } },
    },
    live: { control: 'boolean', table: { type: { summary: 'boolean' }, defaultValue: { summary: 'true' } } },
    pollIntervalMs: { control: 'number', table: { type: { summary: 'number' } } },
    onIssued: {
      control: false,
      table: { category: 'Events', type: { summary: '(ticket: QueueTicket) => void' } },
    },
    onCalled: {
      control: false,
      table: { category: 'Events', type: { summary: '(ticket: QueueTicket) => void' } },
    },
  },
  loaders: [allianceLoader(DESK)],
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const findDepartments = async (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('heading', { name: '各科叫号' }, { timeout: 30_000 });

/** The button the registration form folds behind, there only where the desk is a phone's width (below 720 px). */
const registerToggle = (canvasElement: HTMLElement) =>
  within(canvasElement).queryByRole('button', { name: '现场登记取号' });

/** Opens the registration form where it is folded (a phone), as the nurse would; wide, it is always open. */
async function openRegistration(canvasElement: HTMLElement) {
  const toggle = registerToggle(canvasElement);
  if (toggle?.getAttribute('aria-expanded') === 'false') {
    await userEvent.click(toggle);
  }
}

/** Whether a department's call-next is the desk's primary action (someone waits) or a plain button. */
const isPrimary = (button: HTMLElement) => button.classList.contains('yl-button--primary');

/** The height of the phone's first screen (360 × 740): what must show there is measured from the page's top. */
const FIRST_SCREEN = 740;
const bottomOnPage = (element: Element) => element.getBoundingClientRect().bottom + window.scrollY;

/**
 * The desk before the day starts: every department open, nothing called, the counts at zero. Nobody waits, so no
 * call-next is the primary action. Wide, the registration form is beside the calls; on a phone it is folded.
 */
export const DeskBeforeFirstCall: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findDepartments(canvasElement);
    const respiratory = canvas.getByRole('button', { name: '叫下一位 呼吸内科' });
    await expect(respiratory).toBeVisible();
    await expect(respiratory).toHaveAccessibleDescription(/^等候 0 人/);
    await expect(canvas.getAllByRole('button', { name: /^叫下一位/ }).filter(isPrimary)).toEqual([]);
    await expect(canvas.getAllByText('尚未叫号').length).toBeGreaterThan(0);
    const toggle = registerToggle(canvasElement);
    if (toggle) {
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(canvas.queryByRole('button', { name: '登记并取号' })).toBeNull();
    } else {
      await expect(canvas.getByRole('button', { name: '登记并取号' })).toBeVisible();
    }
    await expect(canvas.getByRole('combobox', { name: /就诊科室/, hidden: true })).toHaveAttribute(
      'aria-required',
      'true',
    );
  },
};

/** The desk mid-morning: three registered in respiratory medicine, number 1 being seen, two waiting. */
export const DeskWithQueue: Story = {
  loaders: [threeWaitingOneCalled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findDepartments(canvasElement);
    const respiratory = within(
      canvas.getByRole('button', { name: '叫下一位 呼吸内科' }).closest('li') as HTMLElement,
    );
    await expect(respiratory.getByText('1号')).toBeVisible();
    await expect(respiratory.getByText(/等候 2 人/)).toBeVisible();
    // Only the department with someone waiting calls as the primary action.
    const calls = canvas.getAllByRole('button', { name: /^叫下一位/ });
    await expect(calls.filter(isPrimary)).toEqual([
      canvas.getByRole('button', { name: '叫下一位 呼吸内科' }),
    ]);
    await expect(canvas.getByRole('button', { name: '叫下一位 呼吸内科' })).toHaveAccessibleDescription(
      /^等候 2 人/,
    );
    const counts = within(canvas.getByRole('heading', { name: '今日统计' }).parentElement as HTMLElement);
    await expect(counts.getByText('已登记').nextElementSibling).toHaveTextContent('3');
  },
};

/** Submitting a blank registration names every missing field, and nothing is sent. */
export const RegisterMissingFields: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await findDepartments(canvasElement);
    await openRegistration(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '登记并取号' }));
    await waitFor(() => expect(canvas.getByRole('combobox', { name: /就诊科室/ })).toHaveFocus());
    await expect(canvas.getByRole('combobox', { name: /就诊科室/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText(/^患者姓名/)).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onIssued).not.toHaveBeenCalled();
  },
};

/** A walk-in: the ID number fills sex and birth date, a number is issued, the form clears for the next patient. */
export const RegisterWalkInFlow: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await findDepartments(canvasElement);
    await openRegistration(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: /就诊科室/ }), RESPIRATORY);
    await userEvent.type(canvas.getByLabelText(/^患者姓名/), '王五');
    await userEvent.type(canvas.getByLabelText(/^证件号码/), idNumber(13));
    await expect(canvas.getByLabelText(/^性别/)).toHaveValue('male');
    await expect(canvas.getByLabelText(/^出生日期/)).toHaveValue('1958-04-02');
    await userEvent.selectOptions(canvas.getByLabelText(/^同意方式/), 'written');
    await userEvent.click(canvas.getByRole('checkbox', { name: /已单独同意/ }));
    await userEvent.click(canvas.getByRole('button', { name: '登记并取号' }));
    await expect(await canvas.findByText('已取号：呼吸内科 1号')).toBeVisible();
    await expect(args.onIssued).toHaveBeenCalledWith(
      expect.objectContaining({ departmentId: RESPIRATORY, number: 1 }),
    );
    await expect(canvas.getByLabelText(/^患者姓名/)).toHaveValue('');
    await expect(canvas.getByRole('combobox', { name: /就诊科室/ })).toHaveValue(RESPIRATORY);
    await expect(canvasElement.textContent).not.toContain('王五');
    // As in CallNextNobodyWaiting: the ring on the re-enabled submit button comes and goes; the ticket is the state.
    const submit = canvas.getByRole('button', { name: '登记并取号' });
    await waitFor(() => expect(submit).toBeEnabled());
    submit.blur();
  },
};

/** The desk calls the next number: said in words, and the department shows it being served. */
export const CallNextFlow: Story = {
  loaders: [
    allianceLoader(DESK, async (alliance) => {
      await registerWalkIns(await desk(alliance), 2);
    }),
  ],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await findDepartments(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '叫下一位 呼吸内科' }));
    await expect(await canvas.findByText('请 1号 到 呼吸内科 就诊')).toBeVisible();
    await expect(args.onCalled).toHaveBeenCalledWith(expect.objectContaining({ number: 1 }));
    const respiratory = within(
      canvas.getByRole('button', { name: '叫下一位 呼吸内科' }).closest('li') as HTMLElement,
    );
    await expect(await respiratory.findByText(/等候 1 人/)).toBeVisible();
    // As in CallNextNobodyWaiting: the focus ring on the re-enabled button comes and goes, the call is the state.
    const button = canvas.getByRole('button', { name: '叫下一位 呼吸内科' });
    await waitFor(() => expect(button).toBeEnabled());
    button.blur();
  },
};

/**
 * Nobody waits in the department: its call-next is a plain button, described by "等候 0 人"; pressed anyway (the
 * count may lag another desk), the server's refusal shows in words beside it.
 */
export const CallNextNobodyWaiting: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await findDepartments(canvasElement);
    const button = canvas.getByRole('button', { name: '叫下一位 呼吸内科' });
    await expect(isPrimary(button)).toBe(false);
    await expect(button).toHaveAccessibleDescription(/^等候 0 人/);
    await userEvent.click(button);
    const respiratory = within(button.closest('li') as HTMLElement);
    await expect(await respiratory.findByRole('alert')).toBeVisible();
    await expect(args.onCalled).not.toHaveBeenCalled();
    // The refused call has settled: the button is usable again, not drawn in its pending state.
    await waitFor(() => expect(button).toBeEnabled());
    // Whether Chromium draws a focus ring on a button re-enabled under the pointer varies from run to run: the
    // state is the refusal, so the screenshot is taken without focus on it.
    button.blur();
  },
};

/** The waiting-room display: each department's number being served, large, and how many wait. */
export const Display: Story = {
  args: { mode: 'display' },
  loaders: [threeWaitingOneCalled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const board = within(await canvas.findByRole('list', { name: '各科叫号' }, { timeout: 30_000 }));
    const respiratory = within(board.getByText('呼吸内科').closest('li') as HTMLElement);
    await expect(respiratory.getByText('1号')).toBeVisible();
    await expect(respiratory.getByText(/等候 2 人/)).toBeVisible();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** A desk elsewhere calls number 2: the display shows it without a reload, and a screen reader hears it. */
export const DisplayLiveUpdateFlow: Story = {
  args: { mode: 'display', live: true },
  loaders: [threeWaitingOneCalled],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const board = within(await canvas.findByRole('list', { name: '各科叫号' }, { timeout: 30_000 }));
    const respiratory = within(board.getByText('呼吸内科').closest('li') as HTMLElement);
    await expect(respiratory.getByText('1号')).toBeVisible();
    // Live before the desk calls: the stream reports only what happens after it is open.
    await expect(await canvas.findByText('实时更新', {}, { timeout: 15_000 })).toBeVisible();
    const client = await desk(loaded.alliance as BrowserAlliance);
    await client.freeClinics.callNext(FREE_CLINIC, { departmentId: RESPIRATORY });
    await expect(await respiratory.findByText('2号', {}, { timeout: 15_000 })).toBeVisible();
    await expect(respiratory.getByText(/等候 1 人/)).toBeVisible();
    await waitFor(() =>
      expect(canvasElement.querySelector('[aria-live="polite"]')).toHaveTextContent(
        '请 2号 到 呼吸内科 就诊',
      ),
    );
  },
};

/** A slow server: the skeleton, and it stays. */
export const Loading: Story = {
  loaders: [
    allianceLoader(DESK, (alliance) =>
      alliance.faults([
        { match: `GET /v1/free-clinics/${FREE_CLINIC}/queue`, phase: 'before', delayMs: 600_000, times: 1 },
      ]),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('加载中…', {}, { timeout: 30_000 })).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: '登记并取号' })).toBeNull();
  },
};

/** The queue's answer is a 503: the error in words with Retry. */
export const ServerDown: Story = {
  loaders: [
    allianceLoader(DESK, (alliance) =>
      alliance.faults([
        { match: `GET /v1/free-clinics/${FREE_CLINIC}/queue`, phase: 'before', status: 503, times: 1 },
      ]),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 30_000 });
    await expect(alert).toHaveTextContent('服务暂时不可用，请稍后再试。');
    await expect(within(alert).getByRole('button', { name: '重试' })).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: { mode: 'display' },
  loaders: [threeWaitingOneCalled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const board = within(
      await canvas.findByRole('list', { name: 'Calls by department' }, { timeout: 30_000 }),
    );
    const respiratory = within(board.getByText('Respiratory medicine').closest('li') as HTMLElement);
    await expect(respiratory.getByText('No. 1')).toBeVisible();
    await expect(respiratory.getByText(/2 waiting/)).toBeVisible();
  },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  loaders: [threeWaitingOneCalled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: '各科叫號' }, { timeout: 30_000 });
    // On a phone the form is folded behind its title.
    const toggle = canvas.queryByRole('button', { name: '現場登記取號' });
    await expect(toggle ?? canvas.getByRole('button', { name: '登記並取號' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: '叫下一位 呼吸内科' })).toBeVisible();
  },
};

/**
 * The desk on a 360 px phone mid-morning: the calls come first, so respiratory medicine (two waiting, its call-next
 * the primary action) shows on the first screen; registration is one button above them, folded.
 */
export const DeskPhone: Story = {
  ...phoneStory,
  loaders: [threeWaitingOneCalled],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findDepartments(canvasElement);
    const toggle = registerToggle(canvasElement);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('form', { name: '现场登记取号' })).toBeNull();
    const respiratory = canvas.getByRole('button', { name: '叫下一位 呼吸内科' });
    await expect(isPrimary(respiratory)).toBe(true);
    await expect(bottomOnPage(respiratory)).toBeLessThanOrEqual(FIRST_SCREEN);
    const desk = canvas.getByRole('region', { name: '义诊登记台' });
    await expect(desk.scrollWidth).toBeLessThanOrEqual(desk.clientWidth);
  },
};

/**
 * On a phone the nurse opens the registration, starts typing a walk-in's name, folds it to call a number, and opens
 * it again: what was typed is still there, and focus stays on the button.
 */
export const DeskPhoneRegisterFlow: Story = {
  ...phoneStory,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findDepartments(canvasElement);
    const toggle = registerToggle(canvasElement)!;
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const form = canvas.getByRole('form', { name: '现场登记取号' });
    await expect(toggle).toHaveAttribute('aria-controls', form.parentElement?.id);
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /就诊科室/ }), RESPIRATORY);
    await userEvent.type(within(form).getByLabelText(/^患者姓名/), '王五');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveFocus();
    await expect(canvas.queryByRole('form', { name: '现场登记取号' })).toBeNull();
    await userEvent.click(toggle);
    const reopened = canvas.getByRole('form', { name: '现场登记取号' });
    await expect(within(reopened).getByLabelText(/^患者姓名/)).toHaveValue('王五');
    await expect(within(reopened).getByRole('combobox', { name: /就诊科室/ })).toHaveValue(RESPIRATORY);
  },
};
