import type { Locale } from '@yilian/domain';
import { formatFieldError, formatProblem } from '@yilian/domain';
import type { AllianceError } from './errors.js';

/**
 * The domain's message for an error's `code`, in any locale, whatever language the server answered in: the same
 * words the widgets and the server use.
 * @param error - an `AllianceError`
 * @param locale - `zh-CN` (default), `zh-TW` or `en`
 * @example problemMessage(error, 'en') // 'This slot is fully booked.'
 */
export function problemMessage(error: Pick<AllianceError, 'code'>, locale?: Locale): string {
  return formatProblem(error.code, locale);
}

/**
 * The domain's message for each invalid field of an error, keyed by JSON Pointer (`/patient/idNumber`), for
 * showing beside the fields. A message that needs numbers the wire does not carry (`{max}`) falls back to the
 * server's `detail`.
 * @param error - an `AllianceError`
 * @param locale - `zh-CN` (default), `zh-TW` or `en`
 * @example fieldMessages(error, 'zh-CN')['/patient/idNumber'] // '身份证号校验位不正确。'
 */
export function fieldMessages(error: Pick<AllianceError, 'errors'>, locale?: Locale): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const field of error.errors) {
    const message = formatFieldError(field.code, locale);
    messages[field.pointer] ??= /\{\w+\}/.test(message) ? field.detail : message;
  }
  return messages;
}
