// Every state of the expert calendar, against the real reference server running in the page (seeded week of
// Monday 2026-11-23: 李明's 坐诊 in 沧州 on Tuesday 08:00–12:00, 30-minute slots of 3 places, 会诊 14:00–16:00).
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import { maskIdNumber, maskName, residentIdCheckDigit } from '@yilian/domain';
import type { AllianceClient } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import type { ExpertCalendarProps } from './ExpertCalendar.js';
import { ExpertCalendar } from './ExpertCalendar.js';
import { phoneStory } from '../internal/story-phone.js';
import { stringsOffline } from '../internal/story-strings.js';
import { CALENDAR_MESSAGES } from '../i18n/calendar.js';

// Loaders from allianceLoader are typed for any args, so the story args carry an index signature.
type Args = ExpertCalendarProps & Record<string, unknown>;

const SLOT_0800 = 'slt_pumch_cz_neuro_20261124_0800';
const SLOT_0830 = 'slt_pumch_cz_neuro_20261124_0830';
const SLOT_NEXT_WEEK_0800 = 'slt_pumch_cz_neuro_20261201_0800';

/** A fake but valid 居民身份证号 born 1990-03-07, one per sequence number. */
function idNumber(sequence: number): string {
  const body = `1101051990030712${sequence}`;
  return body + residentIdCheckDigit(body);
}

async function coordinator(alliance: BrowserAlliance): Promise<AllianceClient> {
  return createAllianceClient({
    baseUrl: alliance.baseUrl,
    token: await alliance.tokenFor('cln_cz_coord_liu'),
    fetch: (request) => alliance.fetch(request),
    retry: false,
  });
}

/** Books a patient into a slot through the API, as 沧州's coordinator. */
async function book(alliance: BrowserAlliance, slotId: string, sequence: number, name = '张三') {
  const client = await coordinator(alliance);
  return client.appointments.book({
    slotId,
    patient: {
      name,
      sex: 'male',
      birthDate: '1990-03-07',
      idType: 'resident_id_card',
      idNumber: idNumber(sequence),
    },
    consent: {
      purpose: 'referral_transfer',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_cz_coord_liu',
      method: 'written',
    },
  });
}

const meta = {
  title: 'Dispatch/ExpertCalendar',
  component: ExpertCalendar,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  parameters: {
    docs: {
      description: {
        component:
          "An expert's or a department's activities (坐诊, 会诊, 远程会诊, 义诊 …) and slots by week or day in Asia/Shanghai time, with remaining places, and booking, cancelling and rescheduling in a dialog. The week is a WAI-ARIA grid (one row per day; arrows, Home/End, Enter/Space) shown as columns on a time axis to scale on wide screens (every hour as tall, overlaps side by side) and as a list at 600 px and below.",
      },
    },
  },
  args: {
    expertId: 'cln_pumch_neuro_li',
    institutionId: 'ins_cangzhou_central',
    onBooked: fn(),
    onCancelled: fn(),
    onRescheduled: fn(),
    onWeekChange: fn(),
    onViewChange: fn(),
  },
  // The props table: enums as selects, seeded ids to choose from, callbacks as actions (no JSON editor).
  argTypes: {
    defaultView: {
      control: 'inline-radio',
      options: ['week', 'day'],
      table: { type: { summary: "'week' | 'day'" } },
    },
    view: {
      control: 'inline-radio',
      options: ['week', 'day'],
      table: { type: { summary: "'week' | 'day'" } },
    },
    expertId: {
      control: 'select',
      options: ['cln_pumch_neuro_li', 'cln_pumch_neuro_zhang'],
      table: { type: { summary: 'string' } },
    },
    institutionId: {
      control: 'select',
      options: ['ins_cangzhou_central', 'ins_pumch'],
      table: { type: { summary: 'string' } },
    },
    defaultWeek: { control: 'text', table: { type: { summary: 'LocalDate (YYYY-MM-DD, a Monday)' } } },
    departmentId: {
      control: 'select',
      options: [undefined, 'dep_cz_cardiology', 'dep_pumch_neurology'],
      table: { type: { summary: 'string' } },
    },
    week: { control: 'text', table: { type: { summary: 'LocalDate (YYYY-MM-DD)' } } },
    showFilters: {
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'true' } },
    },
    // Callbacks are actions (logged in the Actions panel), never a JSON editor.
    ...Object.fromEntries(
      (
        [
          ['onBooked', '(appointment: Appointment) => void'],
          ['onCancelled', '(appointment: Appointment) => void'],
          ['onRescheduled', '(appointment: Appointment) => void'],
          ['onWeekChange', '(week: LocalDate) => void'],
          ['onViewChange', "(view: 'week' | 'day') => void"],
        ] as const
      ).map(([name, summary]) => [
        name,
        { control: false, table: { category: 'Events', type: { summary } } },
      ]),
    ),
  },
  loaders: [allianceLoader('cln_cz_coord_liu')],
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const findGrid = (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('grid', {}, { timeout: 30_000 });

/** The calendar lays itself out by its own width: one day and a date strip at 600 px and below (a phone). */
const isNarrow = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('.yl-calendar')?.classList.contains('yl-calendar--narrow') ?? false;

/** The phone's date strip. */
const dateStrip = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole('group', { name: '选择日期' }));

/** Opens a slot by its visible time and waits for its dialog. */
async function openSlot(canvasElement: HTMLElement, time: RegExp) {
  const grid = within(await findGrid(canvasElement));
  await userEvent.click(grid.getByRole('button', { name: time }));
  return within(await screen.findByRole('dialog'));
}

/**
 * The dialog shell as a user sees it: the close button at the top, the primary action in the footer inside the
 * viewport (also at 360 px), and an error's Retry clear of that sticky footer, the error area focused.
 */
async function expectDialogShell(alert?: HTMLElement) {
  const dialog = screen.getByRole('dialog');
  const close = within(dialog).getByRole('button', { name: '关闭' });
  const submit = within(dialog).getByRole('button', { name: '确认预约' });
  const footer = submit.closest('.yl-dialog__footer');
  await expect(footer).not.toBeNull();
  await expect(close.closest('.yl-dialog__header')).not.toBeNull();
  await waitFor(() => expect(submit.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight));
  if (alert) {
    await waitFor(() => expect(document.activeElement).toContainElement(alert));
    const retry = within(alert).queryByRole('button', { name: '重试' });
    const bottom = (retry ?? alert).getBoundingClientRect().bottom;
    await waitFor(() => expect(bottom).toBeLessThanOrEqual(footer!.getBoundingClientRect().top));
    await expect((retry ?? alert).getBoundingClientRect().top).toBeGreaterThanOrEqual(
      dialog.querySelector('.yl-dialog__header')!.getBoundingClientRect().bottom,
    );
  }
}

/** Fills the booking form as a clinician would. */
async function fillBooking(dialog: ReturnType<typeof within>, sequence = 3) {
  await userEvent.type(dialog.getByLabelText(/^患者姓名/), '张三');
  await userEvent.selectOptions(dialog.getByLabelText(/^性别/), 'male');
  await userEvent.type(dialog.getByLabelText(/^出生日期/), '1990-03-07');
  await userEvent.type(dialog.getByLabelText(/^证件号码/), idNumber(sequence));
  await userEvent.tab();
  await userEvent.selectOptions(dialog.getByLabelText(/^同意方式/), 'written');
  await userEvent.click(dialog.getByRole('checkbox', { name: /已单独同意/ }));
}

/**
 * 李明's week at 沧州: 坐诊 and 会诊 on Tuesday, a ward round on Wednesday, with places left. On a phone, the date
 * strip with the week's free places per day, and Tuesday (the first day with slots) listed.
 */
export const WeekOfExpert: Story = {
  play: async ({ canvasElement }) => {
    const grid = within(await findGrid(canvasElement));
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveTextContent(
      '2026年11月23日 – 2026年11月29日',
    );
    if (isNarrow(canvasElement)) {
      const strip = dateStrip(canvasElement);
      await expect(strip.getAllByRole('button')).toHaveLength(7);
      // 8 clinic slots of 3 and 2 consultation slots of 2: 28 places on Tuesday.
      await expect(strip.getByRole('button', { pressed: true })).toHaveAccessibleName('周二 11/24 余28');
      await expect(strip.getByRole('button', { name: '周一 11/23 无号' })).toHaveAttribute(
        'aria-current',
        'date',
      );
      await expect(grid.getAllByRole('row')).toHaveLength(1);
      await expect(grid.getByRole('rowheader')).toHaveTextContent('周二');
      await expect(grid.getByRole('button', { name: '08:00–08:30 余3个（共3）' })).toBeVisible();
      await expect(grid.queryByText('查房')).toBeNull();
      return;
    }
    await expect(grid.getAllByRole('row')).toHaveLength(7);
    await expect(grid.getAllByRole('rowheader').map((header) => header.textContent?.slice(0, 2))).toEqual([
      '周一',
      '周二',
      '周三',
      '周四',
      '周五',
      '周六',
      '周日',
    ]);
    await expect(grid.getByText('协和神经内科专家坐诊')).toBeVisible();
    await expect(grid.getByText('坐诊')).toBeVisible();
    await expect(grid.getByText('会诊')).toBeVisible();
    await expect(grid.getByText('查房')).toBeVisible();
    await expect(grid.getByText('沧州市中心医院门诊楼3层 专家诊区')).toBeVisible();
    await expect(grid.getByRole('button', { name: '08:00–08:30 余3个（共3）' })).toBeVisible();
    await expect(grid.getAllByRole('button', { name: /余2个（共2）/ })).toHaveLength(2);
    // Vertical position is time: Tuesday's 09:00 slot, Wednesday's 09:00 round and the axis's 09:00 share one line,
    // and an hour is as tall at 14:00 as at 08:00.
    const box = (element: HTMLElement) => element.closest('.yl-calendar__box')!.getBoundingClientRect();
    const nine = box(grid.getByRole('button', { name: /^09:00–09:30/ }));
    const apart = (a: number, b: number) => Math.abs(a - b);
    await expect(apart(box(grid.getByText('协和—沧州神经内科示范病房查房')).top, nine.top)).toBeLessThan(1);
    const axis = within(canvasElement.querySelector<HTMLElement>('.yl-calendar__axis')!);
    await expect(apart(axis.getByText('09:00').getBoundingClientRect().top, nine.top)).toBeLessThan(1);
    const halfHour = box(grid.getByRole('button', { name: /^08:00–08:30/ })).height;
    await expect(
      apart(box(grid.getByRole('button', { name: /^14:00–15:00/ })).height, 2 * halfHour),
    ).toBeLessThan(1);
    // The clinic and its slots overlap in time, so they sit side by side.
    await expect(box(grid.getByText('协和神经内科专家坐诊')).right).toBeLessThanOrEqual(nine.left);
  },
};

/**
 * One day at a time: the story clock is Monday, empty for 李明, so the first day with something to show opens:
 * Tuesday's clinic and consultation, and it stays on that day.
 */
export const DayView: Story = {
  args: { defaultView: 'day' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = within(await findGrid(canvasElement));
    await expect(await grid.findByText('协和神经内科专家坐诊')).toBeVisible();
    await expect(grid.getAllByRole('row')).toHaveLength(1);
    await expect(grid.getByRole('rowheader')).toHaveTextContent('周二');
    if (!isNarrow(canvasElement)) {
      await expect(canvas.getByRole('button', { name: '按日' })).toHaveAttribute('aria-pressed', 'true');
    }
  },
};

/** From Tuesday's clinic back to Monday (empty for 李明) by day, then the whole week (a phone: Wednesday's round). */
export const DayViewFlow: Story = {
  args: { defaultView: 'day' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const grid = within(await findGrid(canvasElement));
    await expect(await grid.findByText('协和神经内科专家坐诊')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '前一天' }));
    await expect(await grid.findByText('无安排')).toBeVisible();
    await expect(grid.getAllByRole('row')).toHaveLength(1);
    await expect(grid.getByRole('rowheader')).toHaveTextContent('周一');
    if (isNarrow(canvasElement)) {
      await userEvent.click(dateStrip(canvasElement).getByRole('button', { name: /^周三/ }));
      await expect(await grid.findByText('协和—沧州神经内科示范病房查房')).toBeVisible();
      return;
    }
    await userEvent.click(canvas.getByRole('button', { name: '按周' }));
    await expect(args.onViewChange).toHaveBeenCalledWith('week');
    await expect(grid.getAllByRole('row')).toHaveLength(7);
  },
};

/** A coordinator picks a hospital and a department: 沧州 cardiology's remote consultations with their video link. */
export const DepartmentFilter: Story = {
  args: { expertId: undefined, institutionId: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await findGrid(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('医院'), 'ins_cangzhou_central');
    await waitFor(() => expect(canvas.getByLabelText('科室')).toBeEnabled());
    await waitFor(() =>
      expect(within(canvas.getByLabelText('科室')).getByRole('option', { name: '心血管内科' })).toBeTruthy(),
    );
    await userEvent.selectOptions(canvas.getByLabelText('科室'), 'dep_cz_cardiology');
    const grid = within(await findGrid(canvasElement));
    await waitFor(() => expect(grid.queryByText('协和神经内科专家坐诊')).toBeNull());
    await expect(grid.getByText('心血管内科远程会诊')).toBeVisible();
    await expect(grid.getByText('远程会诊')).toBeVisible();
    await expect(grid.getByRole('link', { name: /视频会诊链接/ })).toHaveAttribute(
      'href',
      'https://meet.example.org/pumch-cz-cardio',
    );
  },
};

/**
 * 包钢's week with the 京蒙 义诊 on Saturday: each hour has a slot per expert (14 at once), listed in one box beside
 * the day's activity, so the week's columns keep their width. On a phone, Saturday's list.
 */
export const FreeClinicWeek: Story = {
  args: { expertId: undefined, institutionId: 'ins_baogang', defaultWeek: '2026-12-07' },
  // 包钢's coordinator: the host sees its own 义诊.
  loaders: [allianceLoader('cln_bg_coord_han')],
  play: async ({ canvasElement }) => {
    const grid = within(await findGrid(canvasElement));
    if (isNarrow(canvasElement)) {
      const saturday = dateStrip(canvasElement).getByRole('button', { name: /^周六/ });
      await userEvent.click(saturday);
      // The state is the day, not the focus: Chromium draws the ring on the clicked day in some runs and not others.
      saturday.blur();
    }
    await expect(await grid.findByText('京蒙专家大型义诊')).toBeVisible();
    const eight = grid.getAllByRole('button', { name: /^08:00–09:00/ });
    await expect(eight).toHaveLength(14);
    if (!isNarrow(canvasElement)) {
      const box = eight[0]!.closest('.yl-calendar__box')!;
      await expect(box).toHaveClass('yl-calendar__box--stack');
      await expect(eight.every((slot) => box.contains(slot))).toBe(true);
      const day = box.closest('[role="row"]')!.getBoundingClientRect();
      await expect(box.getBoundingClientRect().right).toBeLessThanOrEqual(day.right + 1);
      // The short box scrolls through the hour's fourteen slots and says how many there are, at its bottom edge.
      const count = within(box as HTMLElement).getByText('共 14 个号源');
      await expect(count).toBeVisible();
      await expect(count).toHaveAttribute('aria-hidden', 'true');
      await expect(
        Math.abs(count.getBoundingClientRect().bottom - box.getBoundingClientRect().bottom),
      ).toBeLessThanOrEqual(3);
    } else {
      // A phone lists every slot of the hour: the count is not shown.
      await expect(grid.getByText('共 14 个号源')).not.toBeVisible();
    }
  },
};

/** The grid by keyboard alone: one tab stop, arrows between days and slots, Home/End, Enter opens, Escape returns. */
export const KeyboardNavigationFlow: Story = {
  play: async ({ canvasElement }) => {
    const grid = await findGrid(canvasElement);
    const cells = within(grid);
    for (let i = 0; i < 12 && !grid.contains(document.activeElement); i += 1) {
      await userEvent.tab();
    }
    await waitFor(() => expect(cells.getAllByRole('gridcell')[0]).toHaveFocus());
    // A phone shows Tuesday alone: the arrows move within the day.
    const narrow = isNarrow(canvasElement);
    if (!narrow) {
      await expect(document.activeElement).toHaveTextContent('无安排');
      await userEvent.keyboard('{ArrowRight}');
    }
    await expect(document.activeElement).toHaveTextContent('协和神经内科专家坐诊');
    await userEvent.keyboard('{ArrowDown}');
    await expect(document.activeElement).toHaveTextContent('08:00–08:30');
    await userEvent.keyboard('{End}');
    await expect(document.activeElement).toHaveTextContent('15:00–16:00');
    await userEvent.keyboard('{Home}');
    await expect(document.activeElement).toHaveTextContent('协和神经内科专家坐诊');
    if (!narrow) {
      await userEvent.keyboard('{ArrowRight}');
      await expect(document.activeElement).toHaveTextContent('协和—沧州神经内科示范病房查房');
      await userEvent.keyboard('{ArrowLeft}');
    }
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(document.activeElement).toHaveTextContent('08:30–09:00');
    // Only the active cell is in the tab order (roving tabindex).
    await expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    const slot = document.activeElement as HTMLElement;
    await userEvent.keyboard('{Enter}');
    await expect(await screen.findByRole('dialog', { name: /坐诊 周二 11\/24 08:30–09:00/ })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(slot).toHaveFocus());
    await userEvent.keyboard(' ');
    await expect(await screen.findByRole('dialog')).toBeVisible();
  },
};

/** Booking a patient: validation in words, the ID masked once entered, consent recorded, one place fewer. */
export const BookSlotFlow: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30/);
    await userEvent.click(dialog.getByRole('button', { name: '确认预约' }));
    await waitFor(() => expect(dialog.getByLabelText(/^患者姓名/)).toHaveFocus());
    await expect(dialog.getByLabelText(/^患者姓名/)).toHaveAccessibleDescription('此项为必填项。');
    await expectDialogShell();
    await expect(dialog.getByText('需要患者（或其监护人）针对此用途的单独同意。')).toBeVisible();
    await fillBooking(dialog);
    await expect(dialog.getByLabelText(/^证件号码/)).toHaveValue(maskIdNumber(idNumber(3)));
    await userEvent.click(dialog.getByRole('button', { name: '确认预约' }));
    await expect(await dialog.findByText('已为张*预约 周二 11/24 08:00–08:30。')).toBeVisible();
    await expect(args.onBooked).toHaveBeenCalledTimes(1);
    await expect(args.onBooked).toHaveBeenCalledWith(
      expect.objectContaining({ slotId: SLOT_0800, status: 'booked' }),
    );
    await expect(
      await dialog.findByText(`张* ${maskIdNumber(idNumber(3))}`, {
        selector: '.yl-calendar-dialog__patient',
      }),
    ).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: '关闭' }));
    const grid = within(await findGrid(canvasElement));
    await expect(await grid.findByRole('button', { name: '08:00–08:30 余2个（共3）' })).toBeVisible();
  },
};

/** Typing a valid 居民身份证号 fills the blank sex and birth date from it, then masks it once the field is left. */
export const BookingIdentityAutofill: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30/);
    const id = dialog.getByRole('textbox', { name: '证件号码' });
    await expect(id).toHaveAttribute('aria-required', 'true');
    await userEvent.type(id, idNumber(3));
    await expect(dialog.getByRole('combobox', { name: '性别' })).toHaveValue('male');
    await expect(dialog.getByLabelText(/^出生日期/)).toHaveValue('1990-03-07');
    await userEvent.tab();
    await expect(id).toHaveValue(maskIdNumber(idNumber(3)));
    await expect(id).toHaveAttribute('readonly');
    await userEvent.click(dialog.getByRole('button', { name: '修改证件号码' }));
    await waitFor(() => expect(id).toHaveFocus());
    await expect(id).toHaveValue(idNumber(3));
  },
};

/** A wrong check digit is named as it is typed, and the number stays shown (unmasked) for correcting. */
export const BookingInvalidResidentId: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30/);
    const id = dialog.getByRole('textbox', { name: '证件号码' });
    await userEvent.type(id, '110105199003071238');
    await expect(await dialog.findByText('身份证号校验位不正确，请核对。')).toBeVisible();
    await expect(id).toHaveAttribute('aria-invalid', 'true');
    await expect(id).toHaveValue('110105199003071238');
  },
};

/** A legacy 15-digit number is offered in its 18-digit form; taking it fills the birth date. */
export const BookingLegacyResidentIdFlow: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30/);
    const id = dialog.getByRole('textbox', { name: '证件号码' });
    await userEvent.type(id, '110105900307123');
    await userEvent.click(dialog.getByRole('button', { name: '改用18位号码 110105199003071239' }));
    await expect(id).toHaveValue('110105199003071239');
    await expect(id).not.toHaveAttribute('aria-invalid');
    await expect(dialog.getByLabelText(/^出生日期/)).toHaveValue('1990-03-07');
  },
};

/** A patient under 14: the guardian's name is asked for, required like the patient's own fields. */
export const BookingMinorGuardian: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30/);
    await expect(dialog.queryByRole('textbox', { name: '监护人姓名' })).toBeNull();
    await userEvent.type(dialog.getByLabelText(/^出生日期/), '2018-05-01');
    const guardian = await dialog.findByRole('textbox', { name: '监护人姓名' });
    await expect(guardian).toHaveAttribute('aria-required', 'true');
    await expect(dialog.getByRole('textbox', { name: /联系电话/ })).not.toHaveAttribute('aria-required');
    // The state is the guardian's field: bring it into view, as a user moving on to it would.
    await userEvent.click(guardian);
    await expect(guardian).toHaveFocus();
  },
};

const FULL_SLOT_PATIENTS = [
  [3, '张三'],
  [5, '欧阳娜娜'],
  [7, 'John Smith'],
] as const;

/**
 * A slot whose three places are taken: shown full, booking refused in words, and the three patients listed with
 * their names and ID numbers masked as everywhere else (张*, 欧***, J* S*).
 */
export const FullSlot: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', async (alliance) => {
      for (const [sequence, name] of FULL_SLOT_PATIENTS) {
        await book(alliance, SLOT_0800, sequence, name);
      }
    }),
  ],
  play: async ({ canvasElement }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30 已约满/);
    await expect(dialog.getByRole('alert')).toHaveTextContent('该时段已约满。');
    await expect(dialog.queryByRole('button', { name: '确认预约' })).toBeNull();
    const rows = dialog.getAllByRole('listitem');
    await expect(rows).toHaveLength(3);
    const shown = rows.map((row) => row.querySelector('.yl-calendar-dialog__patient')?.textContent);
    await expect(shown.sort()).toEqual(
      FULL_SLOT_PATIENTS.map(
        ([sequence, name]) => `${maskName(name)} ${maskIdNumber(idNumber(sequence))}`,
      ).sort(),
    );
    // No name in the clear anywhere in the dialog, buttons' hidden labels included.
    await expect(screen.getByRole('dialog').textContent).not.toMatch(/张三|欧阳娜娜|John|Smith/);
    // Each row's buttons name their own patient, so the three cancels are told apart.
    await expect(
      dialog.getByRole('button', { name: `取消预约 J* S* ${maskIdNumber(idNumber(7))}` }),
    ).toBeVisible();
  },
};

/** The patient already holds a booking with this expert in this clinic: the server's 409 is shown in words. */
export const AlreadyBooked: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', async (alliance) => void (await book(alliance, SLOT_0800, 3))),
  ],
  play: async ({ canvasElement, args }) => {
    const dialog = await openSlot(canvasElement, /^08:30–09:00/);
    await fillBooking(dialog, 3);
    await userEvent.click(dialog.getByRole('button', { name: '确认预约' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent(
      '患者在本次活动中已预约该专家，不能重复预约。',
    );
    await expect(args.onBooked).not.toHaveBeenCalled();
  },
};

/** Cancelling a booking on the patient's behalf gives the place back. */
export const CancelBookingFlow: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', async (alliance) => void (await book(alliance, SLOT_0800, 3))),
  ],
  play: async ({ canvasElement, args }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30 余2个/);
    await expect(
      dialog.getByText(`张* ${maskIdNumber(idNumber(3))}`, { selector: '.yl-calendar-dialog__patient' }),
    ).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: `取消预约 张* ${maskIdNumber(idNumber(3))}` }));
    await expect(dialog.getByLabelText('取消方')).toHaveValue('patient');
    await userEvent.click(dialog.getByRole('button', { name: '确认取消' }));
    await expect(await dialog.findByText('已取消张*的预约。')).toBeVisible();
    await expect(args.onCancelled).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'cancelled', cancelledBy: 'patient' }),
    );
    await userEvent.keyboard('{Escape}');
    const grid = within(await findGrid(canvasElement));
    await expect(await grid.findByRole('button', { name: '08:00–08:30 余3个（共3）' })).toBeVisible();
  },
};

/** Less than two hours before the start a patient can no longer cancel: the server's 409 in words, the booking kept. */
export const CancellationWindowClosed: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', async (alliance) => {
      const appointment = await book(alliance, SLOT_0800, 3);
      // Tuesday 06:30: 90 minutes before the 08:00 slot, inside the patient's two-hour window.
      alliance.setNow(new Date('2026-11-24T06:30:00+08:00'));
      return { appointment };
    }),
  ],
  play: async ({ canvasElement, args, loaded }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30 余2个/);
    await userEvent.click(dialog.getByRole('button', { name: `取消预约 张* ${maskIdNumber(idNumber(3))}` }));
    await expect(dialog.getByLabelText('取消方')).toHaveValue('patient');
    await userEvent.click(dialog.getByRole('button', { name: '确认取消' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent('已过可取消的时间。');
    await expect(args.onCancelled).not.toHaveBeenCalled();
    const { id } = loaded.appointment as { id: string };
    const client = loaded.client as AllianceClient;
    await expect(await client.appointments.get(id)).toMatchObject({ id, status: 'booked' });
  },
};

/** Moving a booking to a later slot of the same clinic. */
export const RescheduleFlow: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', async (alliance) => void (await book(alliance, SLOT_0800, 3))),
  ],
  play: async ({ canvasElement, args }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30/);
    const move = dialog.getByRole('button', { name: `改约 张* ${maskIdNumber(idNumber(3))}` });
    await userEvent.click(move);
    await expect(move).toHaveAttribute('aria-expanded', 'true');
    await userEvent.selectOptions(await dialog.findByLabelText('改到'), SLOT_0830);
    await userEvent.click(dialog.getByRole('button', { name: '确认改约' }));
    await expect(await dialog.findByText('已将张*改约到 周二 11/24 08:30–09:00。')).toBeVisible();
    await expect(args.onRescheduled).toHaveBeenCalledWith(expect.objectContaining({ slotId: SLOT_0830 }));
    await userEvent.keyboard('{Escape}');
    const grid = within(await findGrid(canvasElement));
    await expect(await grid.findByRole('button', { name: '08:30–09:00 余2个（共3）' })).toBeVisible();
    await expect(grid.getByRole('button', { name: '08:00–08:30 余3个（共3）' })).toBeVisible();
  },
};

/**
 * Moving a booking to the next week: the choices run across weeks and keep to the same kind (坐诊, never the
 * afternoon's 会诊) and expert.
 */
export const RescheduleNextWeekFlow: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', async (alliance) => void (await book(alliance, SLOT_0800, 3))),
  ],
  play: async ({ canvasElement, args }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30/);
    await userEvent.click(dialog.getByRole('button', { name: `改约 张* ${maskIdNumber(idNumber(3))}` }));
    const to = await dialog.findByLabelText('改到');
    const options = within(to).getAllByRole('option');
    await expect(options.length).toBeGreaterThan(8);
    await expect(options.every((option) => option.textContent?.startsWith('坐诊 '))).toBe(true);
    await userEvent.selectOptions(to, SLOT_NEXT_WEEK_0800);
    await userEvent.click(dialog.getByRole('button', { name: '确认改约' }));
    await expect(await dialog.findByText('已将张*改约到 周二 12/1 08:00–08:30。')).toBeVisible();
    await expect(args.onRescheduled).toHaveBeenCalledWith(
      expect.objectContaining({ slotId: SLOT_NEXT_WEEK_0800 }),
    );
    await userEvent.keyboard('{Escape}');
    const grid = within(await findGrid(canvasElement));
    await expect(await grid.findByRole('button', { name: '08:00–08:30 余3个（共3）' })).toBeVisible();
  },
};

/** The booking's answer is a 503: the error in words with a retry, in the dialog, which stays open. */
export const ServerDown: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', (alliance) =>
      alliance.faults([{ match: 'POST /v1/appointments', phase: 'before', status: 503, times: 1 }]),
    ),
  ],
  play: async ({ canvasElement, args }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30/);
    await fillBooking(dialog);
    await userEvent.click(dialog.getByRole('button', { name: '确认预约' }));
    const alert = await dialog.findByRole('alert');
    await expect(alert).toHaveTextContent('服务暂时不可用，请稍后再试。');
    await expect(dialog.getByRole('button', { name: '重试' })).toBeVisible();
    await expectDialogShell(alert);
    await expect(args.onBooked).not.toHaveBeenCalled();
  },
};

/** The network drops as the booking is sent: the offline notice with its Retry in view, nothing typed lost. */
export const Offline: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', async (alliance) => {
      let dropped = false;
      const client = createAllianceClient({
        baseUrl: alliance.baseUrl,
        token: await alliance.tokenFor('cln_cz_coord_liu'),
        fetch: async (request) => {
          if (!dropped && request.method === 'POST' && new URL(request.url).pathname === '/v1/appointments') {
            dropped = true;
            throw new TypeError('Failed to fetch');
          }
          return alliance.fetch(request);
        },
        retry: false,
      });
      // note: the loader's own client is replaced by this one, which loses the first booking on the wire
      return { client };
    }),
  ],
  play: async ({ canvasElement, args }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30/);
    await fillBooking(dialog);
    await userEvent.click(dialog.getByRole('button', { name: '确认预约' }));
    const alert = await dialog.findByRole('alert');
    await expect(alert).toHaveTextContent('网络已断开');
    await expect(within(alert).getByRole('button', { name: '重试' })).toBeVisible();
    await expect(dialog.getByLabelText(/^患者姓名/)).toHaveValue('张三');
    await expectDialogShell(alert);
    await expect(args.onBooked).not.toHaveBeenCalled();
  },
};

/** The server answers 503 once: the error is shown, Retry resends with the same idempotency key, one booking results. */
export const ServerDownRetryFlow: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', (alliance) =>
      alliance.faults([{ match: 'POST /v1/appointments', phase: 'before', status: 503, times: 1 }]),
    ),
  ],
  play: async ({ canvasElement, args, loaded }) => {
    const dialog = await openSlot(canvasElement, /^08:00–08:30/);
    await fillBooking(dialog);
    await userEvent.click(dialog.getByRole('button', { name: '确认预约' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent('服务暂时不可用，请稍后再试。');
    await userEvent.click(dialog.getByRole('button', { name: '重试' }));
    await expect(await dialog.findByText('已为张*预约 周二 11/24 08:00–08:30。')).toBeVisible();
    await expect(args.onBooked).toHaveBeenCalledTimes(1);
    const client = loaded.client as AllianceClient;
    await expect(await client.appointments.list({ slotId: SLOT_0800 }).toArray()).toHaveLength(1);
  },
};

/** A week without activities says so, and stays there. */
export const Empty: Story = {
  args: { defaultWeek: '2026-12-21' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('这段时间没有专家活动。', {}, { timeout: 30_000 })).toBeVisible();
    await expect(canvas.queryByRole('grid')).toBeNull();
  },
};

/** From an empty week, going back a week finds the activities again. */
export const EmptyWeekFlow: Story = {
  args: { defaultWeek: '2026-12-21' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('这段时间没有专家活动。', {}, { timeout: 30_000 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '上一周' }));
    await expect(args.onWeekChange).toHaveBeenCalledWith('2026-12-14');
    await expect(await canvas.findByText('协和神经内科专家坐诊', {}, { timeout: 30_000 })).toBeVisible();
  },
};

/** A slow server: the calendar shows its loading placeholder, and stays there. */
export const Loading: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', (alliance) =>
      alliance.faults([{ match: 'GET /v1/activities', phase: 'before', delayMs: 600_000, times: 1 }]),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent('加载中…');
    await expect(canvas.queryByRole('grid')).toBeNull();
  },
};

const stringsUnavailable = stringsOffline(CALENDAR_MESSAGES);

/**
 * The calendar's strings cannot be fetched (the page went offline before its first calendar, in zh-CN and so with
 * no other language to fall back on): the offline notice with Retry, never bare message keys, and stays there.
 */
export const StringsUnavailable: Story = {
  beforeEach: stringsUnavailable.beforeEach,
  loaders: [stringsUnavailable.loader],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent('网络已断开，恢复后可重试。');
    await expect(within(alert).getByRole('button', { name: '重试' })).toBeEnabled();
    await expect(canvasElement.textContent).not.toMatch(/calendar\./);
    await expect(canvas.queryByRole('grid')).toBeNull();
  },
};

const stringsBack = stringsOffline(CALENDAR_MESSAGES);

/** The strings could not be fetched; the network is back and Retry shows the calendar. */
export const StringsUnavailableRetryFlow: Story = {
  beforeEach: stringsBack.beforeEach,
  loaders: [stringsBack.loader],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    stringsBack.online();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    await findGrid(canvasElement);
    await expect(canvas.getByRole('heading', { name: /^专家排班/ })).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = within(await findGrid(canvasElement));
    await expect(grid.getByRole('rowheader', { name: /Tue/ })).toBeVisible();
    await expect(grid.getByText('Clinic')).toBeVisible();
    await expect(grid.getByRole('button', { name: '08:00–08:30 3 of 3 left' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Next week' })).toBeVisible();
  },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = within(await findGrid(canvasElement));
    await expect(grid.getByRole('rowheader', { name: /週二/ })).toBeVisible();
    await expect(grid.getByText('坐診')).toBeVisible();
    await expect(grid.getByRole('button', { name: '08:00–08:30 餘3個（共3）' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: '下一週' })).toBeVisible();
  },
};

/** At 360 px (the widget's own width): the date strip over one day's slot list; same grid semantics and keys. */
export const PhoneWidth: Story = {
  ...phoneStory,
  play: async ({ canvasElement }) => {
    const grid = await findGrid(canvasElement);
    await expect(isNarrow(canvasElement)).toBe(true);
    const strip = canvasElement.querySelector<HTMLElement>('.yl-calendar__strip')!;
    // The seven days fit the width: nothing scrolls sideways.
    await expect(strip.scrollWidth).toBeLessThanOrEqual(strip.clientWidth);
    await expect(dateStrip(canvasElement).getByRole('button', { pressed: true })).toHaveAccessibleName(
      '周二 11/24 余28',
    );
    await expect(within(grid).getAllByRole('row')).toHaveLength(1);
    await expect(grid.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    await expect(within(grid).getByRole('button', { name: '08:00–08:30 余3个（共3）' })).toBeVisible();
    // The view switch is a wide screen's: a phone always shows one day.
    await expect(within(canvasElement).queryByRole('button', { name: '按周' })).toBeNull();
  },
};

/** Later on Tuesday (09:10): the slots that have started (08:00, 08:30, 09:00) are no longer offered. */
export const PastSlotsHidden: Story = {
  parameters: { storyNow: new Date('2026-11-24T09:10:00+08:00') },
  loaders: [
    allianceLoader('cln_cz_coord_liu', async (alliance) => {
      alliance.setNow(new Date('2026-11-24T09:10:00+08:00'));
    }),
  ],
  play: async ({ canvasElement }) => {
    const grid = within(await findGrid(canvasElement));
    await expect(await grid.findByRole('button', { name: '09:30–10:00 余3个（共3）' })).toBeVisible();
    for (const started of [/^08:00–08:30/, /^08:30–09:00/, /^09:00–09:30/]) {
      await expect(grid.queryByRole('button', { name: started })).toBeNull();
    }
    // The activity itself still shows, with what is left of it.
    await expect(grid.getByText('协和神经内科专家坐诊')).toBeVisible();
  },
};

/**
 * From an empty week, "next available" finds the earliest free slot (Tuesday 08:00), shows its week and day, says
 * so, and puts the focus on it.
 */
export const NextAvailableFlow: Story = {
  args: { defaultWeek: '2026-12-21' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('这段时间没有专家活动。', {}, { timeout: 30_000 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '最近可约' }));
    await expect(await canvas.findByText('最近可约：周二 11/24 08:00–08:30')).toBeVisible();
    await expect(args.onWeekChange).toHaveBeenCalledWith('2026-11-23');
    const grid = within(await findGrid(canvasElement));
    const slot = await grid.findByRole('button', { name: '08:00–08:30 余3个（共3）' });
    await waitFor(() => expect(slot).toHaveFocus());
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('2026年11月23日');
  },
};
