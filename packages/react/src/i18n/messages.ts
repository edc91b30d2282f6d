import type { Locale } from '@yilian/domain';
import type { AreaMessages, KeyOf } from './define.js';
import { ownSources, tableOf } from './define.js';
import type { CALENDAR_MESSAGES } from './calendar.js';
import type { PATIENT_MESSAGES } from './patient.js';
import type { RECOGNITION_MESSAGES } from './recognition.js';
import type { REFERRAL_MESSAGES } from './referral.js';
import type { REFERRAL_TRACKER_MESSAGES } from './referral-tracker.js';
import type { REFERRAL_INBOX_MESSAGES } from './referral-inbox.js';
import type { REFERRAL_CONTENT_MESSAGES } from './referral-content.js';
import type { ORDER_CHECK_MESSAGES } from './order-check.js';
import type { APPOINTMENTS_MESSAGES } from './appointments.js';
import type { FREE_CLINIC_MESSAGES } from './free-clinic.js';
import type { CONSULTATION_MESSAGES } from './consultation.js';
import type { INDICATORS_MESSAGES } from './indicators.js';

/**
 * Every string the widgets show that is not a domain label or a problem message (those come from
 * `@yilian/domain`, keyed by the same codes the server uses). One catalogue, three locales, kept in one file per
 * area and locale (common here; zh-CN/calendar.ts, en/calendar.ts … declared by calendar.ts); a key missing in one
 * locale fails to compile. A widget translates with common + its own area only (`useMessages`), so a page that ships
 * one widget family does not ship the others' strings, and a page in one locale fetches no other locale's (#12).
 * Common stays in all three locales at hand: it is small, and the provider's `t` must translate synchronously.
 */
const commonZhCN = {
  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.close': '关闭',
  'common.cancel': '取消',
  'common.confirm': '确认',
  'common.save': '保存',
  'common.required': '必填',
  'common.optional': '选填',
  'common.empty': '暂无数据',
  'common.offline': '网络已断开，恢复后可重试。已填写的内容不会丢失。',
  'common.permissionDenied': '您的角色无权执行此操作。',
  'common.requestId': '请求编号 {requestId}',
  'common.error': '出错了',
  'common.date.placeholder': '年-月-日',
  'common.date.hint': '按年-月-日填写有效日期，如 2026-11-24',
} as const;

export type CommonKey = keyof typeof commonZhCN;

const commonZhTW: Record<CommonKey, string> = {
  'common.loading': '載入中…',
  'common.retry': '重試',
  'common.close': '關閉',
  'common.cancel': '取消',
  'common.confirm': '確認',
  'common.save': '儲存',
  'common.required': '必填',
  'common.optional': '選填',
  'common.empty': '暫無資料',
  'common.offline': '網路已中斷，恢復後可重試。已填寫的內容不會遺失。',
  'common.permissionDenied': '您的角色無權執行此操作。',
  'common.requestId': '請求編號 {requestId}',
  'common.error': '發生錯誤',
  'common.date.placeholder': '年-月-日',
  'common.date.hint': '按年-月-日填寫有效日期，如 2026-11-24',
};

const commonEn: Record<CommonKey, string> = {
  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.confirm': 'Confirm',
  'common.save': 'Save',
  'common.required': 'Required',
  'common.optional': 'Optional',
  'common.empty': 'Nothing here yet',
  'common.offline': 'You are offline. Retry when the network is back; nothing you typed is lost.',
  'common.permissionDenied': 'Your role may not do this.',
  'common.requestId': 'Request ID {requestId}',
  'common.error': 'Something went wrong',
  'common.date.placeholder': 'YYYY-MM-DD',
  'common.date.hint': 'A real date as year-month-day, e.g. 2026-11-24',
};

/** The strings every widget shares. */
export const COMMON_MESSAGES = { 'zh-CN': commonZhCN, 'zh-TW': commonZhTW, en: commonEn } as const;

/** Every key of the catalogue. */
export type MessageKey =
  | CommonKey
  | KeyOf<typeof REFERRAL_MESSAGES>
  | KeyOf<typeof REFERRAL_TRACKER_MESSAGES>
  | KeyOf<typeof CALENDAR_MESSAGES>
  | KeyOf<typeof PATIENT_MESSAGES>
  | KeyOf<typeof RECOGNITION_MESSAGES>
  | KeyOf<typeof REFERRAL_INBOX_MESSAGES>
  | KeyOf<typeof REFERRAL_CONTENT_MESSAGES>
  | KeyOf<typeof ORDER_CHECK_MESSAGES>
  | KeyOf<typeof APPOINTMENTS_MESSAGES>
  | KeyOf<typeof FREE_CLINIC_MESSAGES>
  | KeyOf<typeof CONSULTATION_MESSAGES>
  | KeyOf<typeof INDICATORS_MESSAGES>;
/** A translate function bound to a locale: `t('common.retry')`, `t('common.requestId', { requestId })`. */
export type Translate<TKey extends string = MessageKey> = (
  key: TKey,
  params?: Record<string, string | number>,
) => string;

/**
 * Binds common strings and, optionally, one area's strings to a locale; `{name}` placeholders are filled from
 * `params`. Typed over every key so widget helpers can share one `Translate` type; at run time a key of another
 * area reads back as the key itself, which the stories would show. An area reads in its locale once that table is
 * loaded (`preloadLocale`, `loadMessages`), in zh-CN if only that one is, and as bare keys before either.
 * @param locale - zh-CN, zh-TW or en
 * @param area - an area catalogue such as `REFERRAL_MESSAGES`
 * @example createTranslator('en')('common.retry') // 'Retry'
 */
export function createTranslator<TKey extends string = never>(
  locale: Locale,
  area?: AreaMessages<TKey>,
): Translate {
  const common: Record<string, string> = COMMON_MESSAGES[locale];
  const own: Record<string, string> = Object.assign(
    {},
    ...ownSources(area?.sources ?? []).map((source) => tableOf(source, locale)),
  );
  return (key, params) =>
    (own[key] ?? common[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
