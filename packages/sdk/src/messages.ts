import type { Locale } from '@yilian/domain';
import { FIELD_ERROR_MESSAGES, formatFieldError, formatProblem } from '@yilian/domain';
import type { AllianceError } from './errors.js';

// The message parameters of a field error (`{ max: 200 }`), which issue 10 adds to the contract's FieldError.
type FieldParams = Readonly<Record<string, string | number>>;

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
 * showing beside the fields, in the locale asked for whatever language the server answered in. Numbers such as
 * `{max}` come from the field error's `params`; the server's `detail` is used only for a code this version of the
 * SDK does not know, or, when the numbers are missing (a server older than the params), if it is in the locale asked
 * for; otherwise the message says what is wrong without the number. The first error of a field wins.
 * @param error - an `AllianceError`
 * @param locale - `zh-CN` (default), `zh-TW` or `en`
 * @example fieldMessages(error, 'en') // { '/patient/idNumber': 'The check digit does not match…', '/reason': 'At most 200 characters.' }
 */
export function fieldMessages(
  error: Pick<AllianceError, 'errors'> & { problem?: { locale?: string | undefined } },
  locale?: Locale,
): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const field of error.errors) {
    const params = (field as { params?: FieldParams }).params;
    const known = Object.hasOwn(FIELD_ERROR_MESSAGES, field.code);
    let message = known ? formatFieldError(field.code, locale, params) : field.detail;
    if (/\{\w+\}/.test(message)) {
      message =
        (error.problem?.locale ?? 'zh-CN') === (locale ?? 'zh-CN')
          ? field.detail
          : formatFieldError('out_of_range', locale);
    }
    messages[field.pointer] ??= message;
  }
  return messages;
}
