import { defineMessages } from './define.js';

/** The strings of the appointment list (`MyAppointments`); keys start with `appointments.`. */
export const APPOINTMENTS_MESSAGES = defineMessages('appointments', {
  'zh-CN': () => import('./zh-CN/appointments.js'),
  'zh-TW': () => import('./zh-TW/appointments.js'),
  en: () => import('./en/appointments.js'),
});
