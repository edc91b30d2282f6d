import type { Locale } from '@yilian/domain';
import { APPOINTMENTS_MESSAGES } from './appointments.js';
import { CALENDAR_MESSAGES } from './calendar.js';
import { CONSULTATION_MESSAGES } from './consultation.js';
import { combineMessages, fetchTables, ownSources, tableOf } from './define.js';
import { FREE_CLINIC_MESSAGES } from './free-clinic.js';
import { INDICATORS_MESSAGES } from './indicators.js';
import type { MessageKey } from './messages.js';
import { COMMON_MESSAGES } from './messages.js';
import { ORDER_CHECK_MESSAGES } from './order-check.js';
import { PATIENT_MESSAGES } from './patient.js';
import { RECOGNITION_MESSAGES } from './recognition.js';
import { REFERRAL_CONTENT_MESSAGES } from './referral-content.js';
import { REFERRAL_INBOX_MESSAGES } from './referral-inbox.js';
import { REFERRAL_TRACKER_MESSAGES } from './referral-tracker.js';
import { REFERRAL_MESSAGES } from './referral.js';

const EVERY_AREA = combineMessages(
  PATIENT_MESSAGES,
  REFERRAL_MESSAGES,
  REFERRAL_TRACKER_MESSAGES,
  CALENDAR_MESSAGES,
  RECOGNITION_MESSAGES,
  REFERRAL_INBOX_MESSAGES,
  REFERRAL_CONTENT_MESSAGES,
  ORDER_CHECK_MESSAGES,
  APPOINTMENTS_MESSAGES,
  FREE_CLINIC_MESSAGES,
  CONSULTATION_MESSAGES,
  INDICATORS_MESSAGES,
);

/**
 * The whole widget catalogue in one locale, for teams that translate or review every string; it also leaves every
 * widget ready to render in that locale at once, like `preloadLocale`. Only the main entry exports it: the widget
 * entries fetch their own area's strings alone, in the page's locale (#12).
 * @param locale - zh-CN, zh-TW or en
 * @example const en = await loadMessages('en'); en['common.retry'] // 'Retry'
 */
export async function loadMessages(locale: Locale): Promise<Record<MessageKey, string>> {
  await fetchTables(EVERY_AREA.sources, locale);
  return Object.assign(
    {},
    COMMON_MESSAGES[locale],
    ...ownSources(EVERY_AREA.sources).map((source) => tableOf(source, locale)),
  ) as Record<MessageKey, string>;
}
