import { defineMessages } from './define.js';

/** The strings of the recognition widgets; keys start with `recognition.`. */
export const RECOGNITION_MESSAGES = defineMessages('recognition', {
  'zh-CN': () => import('./zh-CN/recognition.js'),
  'zh-TW': () => import('./zh-TW/recognition.js'),
  en: () => import('./en/recognition.js'),
});
