import { defineMessages } from './define.js';

/**
 * The strings of the patient-identity fieldset the referral form and the booking form share; keys start with
 * `patient.`. One copy, so both forms say the same thing and a page with both ships it once.
 */
export const PATIENT_MESSAGES = defineMessages('patient', {
  'zh-CN': () => import('./zh-CN/patient.js'),
  'zh-TW': () => import('./zh-TW/patient.js'),
  en: () => import('./en/patient.js'),
});
