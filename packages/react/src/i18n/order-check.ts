import { combineMessages, defineMessages } from './define.js';
import { RECOGNITION_MESSAGES } from './recognition.js';

const OWN_MESSAGES = defineMessages('order-check', {
  'zh-CN': () => import('./zh-CN/order-check.js'),
  'zh-TW': () => import('./zh-TW/order-check.js'),
  en: () => import('./en/order-check.js'),
});

/** The strings of the order check; keys start with `orderCheck.`, plus the recognition area it shows results with. */
export const ORDER_CHECK_MESSAGES = combineMessages(RECOGNITION_MESSAGES, OWN_MESSAGES);
