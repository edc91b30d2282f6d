import { defineMessages } from './define.js';

/** The strings of the calendar widgets; keys start with `calendar.`. */
export const CALENDAR_MESSAGES = defineMessages('calendar', {
  'zh-CN': () => import('./zh-CN/calendar.js'),
  'zh-TW': () => import('./zh-TW/calendar.js'),
  en: () => import('./en/calendar.js'),
});
