import { defineMessages } from './define.js';

/** The strings of the referral work queue; keys start with `inbox.`. */
export const REFERRAL_INBOX_MESSAGES = defineMessages('referral-inbox', {
  'zh-CN': () => import('./zh-CN/referral-inbox.js'),
  'zh-TW': () => import('./zh-TW/referral-inbox.js'),
  en: () => import('./en/referral-inbox.js'),
});
