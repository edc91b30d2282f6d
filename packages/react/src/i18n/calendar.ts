import { defineMessages } from './define.js';
import { messages } from './zh-CN/calendar.js';

/** The strings of the calendar widgets; keys start with `calendar.`. */
export const CALENDAR_MESSAGES = defineMessages('calendar', messages, {
  'zh-TW': () => import('./zh-TW/calendar.js'),
  en: () => import('./en/calendar.js'),
});
