import { defineMessages } from './define.js';
import { messages } from './zh-CN/appointments.js';

/** The strings of the appointment list (`MyAppointments`); keys start with `appointments.`. */
export const APPOINTMENTS_MESSAGES = defineMessages('appointments', messages, {
  'zh-TW': () => import('./zh-TW/appointments.js'),
  en: () => import('./en/appointments.js'),
});
