import { defineMessages } from './define.js';

/** The strings of the alliance dashboard (`AllianceDashboard`, 成效监测); keys start with `indicators.`. */
export const INDICATORS_MESSAGES = defineMessages('indicators', {
  'zh-CN': () => import('./zh-CN/indicators.js'),
  'zh-TW': () => import('./zh-TW/indicators.js'),
  en: () => import('./en/indicators.js'),
});
