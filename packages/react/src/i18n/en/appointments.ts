import type { messages as zhCN } from '../zh-CN/appointments.js';

/** The appointments area in en, loaded on demand; a key missing here fails to compile. */
export const messages: Record<keyof typeof zhCN, string> = {
  'appointments.title': 'My appointments',
  'appointments.count': '{count} appointments',
  'appointments.empty': 'No appointments in the next two months.',
  'appointments.patient': 'Patient: {name}',
  'appointments.when': '{day} {start}–{end}',
  'appointments.actions': 'Appointment on {when}',
  'appointments.cancel': 'Cancel appointment',
  'appointments.cancel.by': 'Cancelled on behalf of',
  'appointments.cancel.confirm': 'Confirm cancellation',
  'appointments.cancel.sure': 'The place is then released to other patients.',
  'appointments.cancelled': 'Cancelled the appointment on {when}.',
  'appointments.reschedule': 'Reschedule',
  'appointments.reschedule.to': 'Move to',
  'appointments.reschedule.confirm': 'Confirm new time',
  'appointments.reschedule.none': 'No free slot of the same kind and expert in the next six weeks.',
  'appointments.rescheduled': 'Moved to {when}.',
  'appointments.busy': 'Sending…',
};
