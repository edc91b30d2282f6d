import type { Locale } from '@yilian/domain';
import { CALENDAR_MESSAGES } from './calendar.js';
import type { MessageKey } from './messages.js';
import { COMMON_MESSAGES } from './messages.js';
import { PATIENT_MESSAGES } from './patient.js';
import { RECOGNITION_MESSAGES } from './recognition.js';
import { REFERRAL_MESSAGES } from './referral.js';
import { REFERRAL_TRACKER_MESSAGES } from './referral-tracker.js';
import { REFERRAL_INBOX_MESSAGES } from './referral-inbox.js';
import { REFERRAL_CONTENT_MESSAGES } from './referral-content.js';
import { ORDER_CHECK_MESSAGES } from './order-check.js';
import { APPOINTMENTS_MESSAGES } from './appointments.js';
import { FREE_CLINIC_MESSAGES } from './free-clinic.js';
import { CONSULTATION_MESSAGES } from './consultation.js';
import { INDICATORS_MESSAGES } from './indicators.js';

/**
 * The whole widget catalogue by locale, for teams that translate or review every string. Only the main entry
 * exports it: the widget entries carry their own area's strings alone.
 */
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': {
    ...COMMON_MESSAGES['zh-CN'],
    ...PATIENT_MESSAGES['zh-CN'],
    ...REFERRAL_MESSAGES['zh-CN'],
    ...REFERRAL_TRACKER_MESSAGES['zh-CN'],
    ...CALENDAR_MESSAGES['zh-CN'],
    ...RECOGNITION_MESSAGES['zh-CN'],
    ...REFERRAL_INBOX_MESSAGES['zh-CN'],
    ...REFERRAL_CONTENT_MESSAGES['zh-CN'],
    ...ORDER_CHECK_MESSAGES['zh-CN'],
    ...APPOINTMENTS_MESSAGES['zh-CN'],
    ...FREE_CLINIC_MESSAGES['zh-CN'],
    ...CONSULTATION_MESSAGES['zh-CN'],
    ...INDICATORS_MESSAGES['zh-CN'],
  },
  'zh-TW': {
    ...COMMON_MESSAGES['zh-TW'],
    ...PATIENT_MESSAGES['zh-TW'],
    ...REFERRAL_MESSAGES['zh-TW'],
    ...REFERRAL_TRACKER_MESSAGES['zh-TW'],
    ...CALENDAR_MESSAGES['zh-TW'],
    ...RECOGNITION_MESSAGES['zh-TW'],
    ...REFERRAL_INBOX_MESSAGES['zh-TW'],
    ...REFERRAL_CONTENT_MESSAGES['zh-TW'],
    ...ORDER_CHECK_MESSAGES['zh-TW'],
    ...APPOINTMENTS_MESSAGES['zh-TW'],
    ...FREE_CLINIC_MESSAGES['zh-TW'],
    ...CONSULTATION_MESSAGES['zh-TW'],
    ...INDICATORS_MESSAGES['zh-TW'],
  },
  en: {
    ...COMMON_MESSAGES.en,
    ...PATIENT_MESSAGES.en,
    ...REFERRAL_MESSAGES.en,
    ...REFERRAL_TRACKER_MESSAGES.en,
    ...CALENDAR_MESSAGES.en,
    ...RECOGNITION_MESSAGES.en,
    ...REFERRAL_INBOX_MESSAGES.en,
    ...REFERRAL_CONTENT_MESSAGES.en,
    ...ORDER_CHECK_MESSAGES.en,
    ...APPOINTMENTS_MESSAGES.en,
    ...FREE_CLINIC_MESSAGES.en,
    ...CONSULTATION_MESSAGES.en,
    ...INDICATORS_MESSAGES.en,
  },
};
