import { defineMessages } from './define.js';

/** The strings of the 义诊 queue (`FreeClinicQueue`: desk and waiting-room display); keys start with `queue.`. */
export const FREE_CLINIC_MESSAGES = defineMessages('free-clinic', {
  'zh-CN': () => import('./zh-CN/free-clinic.js'),
  'zh-TW': () => import('./zh-TW/free-clinic.js'),
  en: () => import('./en/free-clinic.js'),
});
