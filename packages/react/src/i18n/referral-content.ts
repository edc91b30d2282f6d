import { defineMessages } from './define.js';

/**
 * The strings of the referral's clinical content fields (record numbers, insurance card, TCM diagnosis, escort and
 * the down-referral 回转单); keys start with `referralContent.`. The option labels of escort role and transport are
 * the domain's (`label('escortRole', …)`).
 */
export const REFERRAL_CONTENT_MESSAGES = defineMessages('referral-content', {
  'zh-CN': () => import('./zh-CN/referral-content.js'),
  'zh-TW': () => import('./zh-TW/referral-content.js'),
  en: () => import('./en/referral-content.js'),
});
