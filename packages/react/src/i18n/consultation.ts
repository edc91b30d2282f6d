import { defineMessages } from './define.js';

/**
 * The strings of the remote-consultation widgets (request form and dialog, tracker, work queue); keys start with
 * `consultation.`. Statuses, urgencies and reason codes are the domain's labels, not repeated here.
 */
export const CONSULTATION_MESSAGES = defineMessages('consultation', {
  'zh-CN': () => import('./zh-CN/consultation.js'),
  'zh-TW': () => import('./zh-TW/consultation.js'),
  en: () => import('./en/consultation.js'),
});
