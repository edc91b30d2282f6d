import { defineMessages } from './define.js';
import { messages } from './zh-CN/referral.js';

/** The strings of the referral widgets; keys start with `referral.`. */
export const REFERRAL_MESSAGES = defineMessages('referral', messages, {
  'zh-TW': () => import('./zh-TW/referral.js'),
  en: () => import('./en/referral.js'),
});
