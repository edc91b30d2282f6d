import { defineMessages } from './define.js';

/** The strings of the referral widgets; keys start with `referral.`. */
export const REFERRAL_MESSAGES = defineMessages('referral', {
  'zh-CN': () => import('./zh-CN/referral.js'),
  'zh-TW': () => import('./zh-TW/referral.js'),
  en: () => import('./en/referral.js'),
});
