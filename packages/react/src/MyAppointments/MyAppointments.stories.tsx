// Every state of the appointment list, against the real reference server running in the page (seeded week of
// Monday 2026-11-23; bookings made through the API by 沧州's coordinator before each story renders).
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import { maskIdNumber, residentIdCheckDigit } from '@yilian/domain';
import type { AllianceClient } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { allianceLoader, patientLoader, withAllianceProvider } from '../internal/story-alliance.js';
import type { MyAppointmentsProps } from './MyAppointments.js';
import { MyAppointments } from './MyAppointments.js';

type Args = MyAppointmentsProps & Record<string, unknown>;

const CLINIC_0800 = 'slt_pumch_cz_neuro_20261124_0800';
const CONSULTATION_1400 = 'slt_pumch_cz_neuro_mdt_20261124_1400';
const CLINIC_NEXT_WEEK_0800 = 'slt_pumch_cz_neuro_20261201_0800';
/** The 包钢 义诊 day (Saturday 2026-12-12): 郭's respiratory hour at 08:00 and 唐's gastroenterology hour at 09:00. */
const FREE_CLINIC_RESPIRATORY_0800 = 'slt_jm_bg_free_clinic_20261212_pkuph_resp_guo_0800';
const FREE_CLINIC_GASTRO_0900 = 'slt_jm_bg_free_clinic_20261212_pkuph_gastro_tang_0900';
/** A seeded patient account of 包钢 and the identity its hospital holds (apps/alliance-server/src/seed/dispatch.ts). */
const PATIENT_ID = 'pat_bg_wang_lan';
const PATIENT = {
  name: '王兰',
  sex: 'female',
  birthDate: '1962-05-14',
  idType: 'resident_id_card',
  idNumber: '150203196205140024',
} as const;

/** 王兰 registers herself for two departments of the 义诊 day, through the API with her own token. */
const patientWithTwoDepartments = patientLoader(PATIENT_ID, async (alliance) => {
  const client = createAllianceClient({
    baseUrl: alliance.baseUrl,
    token: await alliance.tokenForPatient(PATIENT_ID),
    fetch: (request) => alliance.fetch(request),
    retry: false,
  });
  for (const slotId of [FREE_CLINIC_RESPIRATORY_0800, FREE_CLINIC_GASTRO_0900]) {
    await client.appointments.book({
      slotId,
      patient: PATIENT,
      consent: {
        purpose: 'referral_transfer',
        grantedAt: '2026-11-23T08:30:00+08:00',
        method: 'electronic_signature',
      },
    });
  }
});

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

/** Two bookings on Tuesday: a 坐诊 in the morning and a 会诊 in the afternoon. */
const twoBookings = allianceLoader('cln_cz_coord_liu', async (alliance) => {
  await book(alliance, CLINIC_0800, 3, '张三');
  await book(alliance, CONSULTATION_1400, 5, '欧阳娜娜');
});

const meta = {
  title: 'Dispatch/MyAppointments',
  component: MyAppointments,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  parameters: {
    docs: {
      description: {
        component:
          "A patient's or a clinician's appointments from now on, earliest first: time, kind, activity, host and place, the patient masked; cancel and reschedule in place, the move offered across the next six weeks within the same kind of activity and expert.",
      },
    },
  },
  args: { onCancelled: fn(), onRescheduled: fn() },
  argTypes: {
    status: {
      control: 'select',
      options: [undefined, 'booked', 'arrived', 'cancelled', 'no_show'],
      table: { type: { summary: "'booked' | 'arrived' | 'cancelled' | 'no_show'" } },
    },
    days: { control: { type: 'number', min: 1, max: 62 }, table: { type: { summary: 'number' } } },
    heading: { control: 'text', table: { type: { summary: 'string' } } },
    onCancelled: {
      control: false,
      table: { category: 'Events', type: { summary: '(appointment: Appointment) => void' } },
    },
    onRescheduled: {
      control: false,
      table: { category: 'Events', type: { summary: '(appointment: Appointment) => void' } },
    },
  },
  loaders: [twoBookings],
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const findList = (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('list', {}, { timeout: 30_000 });

/** The coordinator's two bookings of Tuesday, earliest first, each patient masked. */
export const Upcoming: Story = {
  play: async ({ canvasElement }) => {
    const list = within(await findList(canvasElement));
    const items = list.getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveAccessibleName('周二 11/24 08:00–08:30');
    await expect(items[0]).toHaveTextContent('坐诊');
    await expect(items[0]).toHaveTextContent('协和神经内科专家坐诊');
    await expect(items[0]).toHaveTextContent('沧州市中心医院');
    await expect(items[0]).toHaveTextContent(`患者：张* ${maskIdNumber(idNumber(3))}`);
    await expect(items[1]).toHaveAccessibleName('周二 11/24 14:00–15:00');
    await expect(items[1]).toHaveTextContent('会诊');
    await expect(canvasElement.textContent).not.toMatch(/张三|欧阳娜娜/);
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveTextContent('共2个预约');
  },
};

/** Nobody booked: the list says so, and stays there. */
export const Empty: Story = {
  loaders: [allianceLoader('cln_cz_coord_liu')],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('今后两个月没有预约。', {}, { timeout: 30_000 })).toBeVisible();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/** A slow server: the skeleton, and it stays. */
export const Loading: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', (alliance) =>
      alliance.faults([{ match: 'GET /v1/appointments', phase: 'before', delayMs: 600_000, times: 1 }]),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('加载中…', {}, { timeout: 30_000 })).toBeInTheDocument();
    await expect(canvasElement.querySelector('.yl-skeleton')).toBeVisible();
    await expect(canvas.queryByRole('list')).toBeNull();
  },
};

/** The list's answer is a 503: the error in words with Retry. */
export const ServerDown: Story = {
  loaders: [
    allianceLoader('cln_cz_coord_liu', (alliance) =>
      alliance.faults([{ match: 'GET /v1/appointments', phase: 'before', status: 503, times: 1 }]),
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, { timeout: 30_000 });
    await expect(alert).toHaveTextContent('服务暂时不可用，请稍后再试。');
    await expect(within(alert).getByRole('button', { name: '重试' })).toBeVisible();
  },
};

/** Cancelling the 会诊 for the patient: said in words, and the list keeps the other booking. */
export const CancelFlow: Story = {
  play: async ({ canvasElement, args }) => {
    const list = within(await findList(canvasElement));
    const consultation = within(list.getByRole('listitem', { name: '周二 11/24 14:00–15:00' }));
    await userEvent.click(consultation.getByRole('button', { name: '取消预约' }));
    await expect(consultation.getByLabelText('取消方')).toHaveValue('patient');
    await userEvent.click(consultation.getByRole('button', { name: '确认取消' }));
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('已取消 周二 11/24 14:00–15:00 的预约。')).toBeVisible();
    await expect(args.onCancelled).toHaveBeenCalledWith(expect.objectContaining({ status: 'cancelled' }));
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(1));
  },
};

/** Moving the 坐诊 to the next week: only 坐诊 of the same expert are offered, across weeks. */
export const RescheduleNextWeekFlow: Story = {
  play: async ({ canvasElement, args }) => {
    const list = within(await findList(canvasElement));
    const clinic = within(list.getByRole('listitem', { name: '周二 11/24 08:00–08:30' }));
    await userEvent.click(clinic.getByRole('button', { name: '改约' }));
    const to = await clinic.findByLabelText('改到');
    const options = within(to).getAllByRole('option');
    await expect(options.some((option) => option.textContent?.startsWith('周二 12/1 08:00–08:30'))).toBe(
      true,
    );
    await expect(options.some((option) => option.textContent?.includes('14:00–15:00'))).toBe(false);
    await userEvent.selectOptions(to, CLINIC_NEXT_WEEK_0800);
    await userEvent.click(clinic.getByRole('button', { name: '确认改约' }));
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('已改约到 周二 12/1 08:00–08:30。')).toBeVisible();
    await expect(args.onRescheduled).toHaveBeenCalledWith(
      expect.objectContaining({ slotId: CLINIC_NEXT_WEEK_0800 }),
    );
    const moved = await canvas.findByRole('listitem', { name: '周二 12/1 08:00–08:30' }, { timeout: 10_000 });
    await expect(moved).toBeVisible();
    // Done moving: the form is closed, not offering the slot just left.
    await expect(within(moved).queryByLabelText('改到')).toBeNull();
    await expect(within(moved).getByRole('button', { name: '改约' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const list = within(await findList(canvasElement));
    await expect(list.getAllByRole('listitem')[0]).toHaveTextContent('Clinic');
    await expect(list.getAllByRole('button', { name: 'Reschedule' })).toHaveLength(2);
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveTextContent(
      'My appointments',
    );
  },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  play: async ({ canvasElement }) => {
    const list = within(await findList(canvasElement));
    await expect(list.getAllByRole('listitem')[0]).toHaveTextContent('坐診');
    await expect(within(canvasElement).getByRole('heading', { level: 2 })).toHaveTextContent('我的預約');
  },
};

/** A patient's own list: her two 义诊 departments, each cancellable as herself (no "on behalf of" to choose). */
export const PatientTwoDepartments: Story = {
  loaders: [patientWithTwoDepartments],
  play: async ({ canvasElement }) => {
    const list = within(await findList(canvasElement));
    const items = list.getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveAccessibleName('周六 12/12 08:00–09:00');
    await expect(items[1]).toHaveAccessibleName('周六 12/12 09:00–10:00');
    await expect(items[0]).toHaveTextContent('义诊');
    await expect(items[0]).toHaveTextContent('患者：王*');
    await expect(canvasElement.textContent).not.toContain('王兰');
  },
};

/** The patient cancels her gastroenterology hour herself; the respiratory one stays. */
export const PatientCancelFlow: Story = {
  loaders: [patientWithTwoDepartments],
  play: async ({ canvasElement, args }) => {
    const list = within(await findList(canvasElement));
    const gastro = within(list.getByRole('listitem', { name: '周六 12/12 09:00–10:00' }));
    await userEvent.click(gastro.getByRole('button', { name: '取消预约' }));
    await expect(gastro.queryByLabelText('取消方')).toBeNull();
    await userEvent.click(gastro.getByRole('button', { name: '确认取消' }));
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('已取消 周六 12/12 09:00–10:00 的预约。')).toBeVisible();
    await expect(args.onCancelled).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'cancelled', cancelledBy: 'patient' }),
    );
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(1));
  },
};
