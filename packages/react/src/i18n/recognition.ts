import { defineMessages } from './define.js';
import { messages } from './zh-CN/recognition.js';

/** The strings of the recognition widgets; keys start with `recognition.`. */
export const RECOGNITION_MESSAGES = defineMessages('recognition', messages, {
  'zh-TW': () => import('./zh-TW/recognition.js'),
  en: () => import('./en/recognition.js'),
});
