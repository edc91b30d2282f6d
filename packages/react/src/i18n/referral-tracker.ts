import { defineMessages } from './define.js';

/**
 * The strings of the referral tracker's case view and step details; keys start with `tracker.`. The tracker's
 * status, timeline and command dialogs keep their `referral.tracker.*` and `referral.action.*` keys in referral.ts.
 */
export const REFERRAL_TRACKER_MESSAGES = defineMessages('referral-tracker', {
  'zh-CN': () => import('./zh-CN/referral-tracker.js'),
  'zh-TW': () => import('./zh-TW/referral-tracker.js'),
  en: () => import('./en/referral-tracker.js'),
});
