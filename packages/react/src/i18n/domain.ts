import type {
  DomainMessageKey,
  formatFieldError as DomainFormatFieldError,
  formatProblem as DomainFormatProblem,
  LabelKind,
  LabelValues,
  Locale,
} from '@yilian/domain';
import { DEFAULT_LOCALE, interpolate } from '@yilian/domain';
import { DOMAIN_MESSAGES, tableOf } from './define.js';

/*
 * The domain's `label`, `formatProblem`, `formatFieldError` and `labelValues` for the widgets, with the same
 * signatures and the same words, read from the one locale a page loaded (`DOMAIN_MESSAGES`) instead of the domain's
 * main entry, which carries all three locales for the server and the SDK (#12). Synchronous: a widget renders only
 * once its area, which includes the domain's texts, is loaded (`withMessages`, `useMessages`, `preloadLocale`);
 * a locale whose texts could not be fetched (offline) reads in zh-CN if that is at hand, like the widgets' own strings.
 */

function text(key: DomainMessageKey, locale: Locale): string | undefined {
  const table: Readonly<Record<string, string>> = tableOf(DOMAIN_MESSAGES, locale) ?? {};
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The display label of an enum value in a locale; an unknown value comes back as itself. */
export function label<TKind extends LabelKind>(
  kind: TKind,
  value: LabelValues[TKind],
  locale: Locale = DEFAULT_LOCALE,
): string {
  return text(`label.${kind}.${value}` as DomainMessageKey, locale) ?? String(value);
}

const valuesByKind = new Map<string, string[]>();

/** Every value of a labelled enum, in display order (for select options). */
export function labelValues<TKind extends LabelKind>(kind: TKind): LabelValues[TKind][] {
  let values = valuesByKind.get(kind);
  if (values === undefined) {
    const prefix = `label.${kind}.`;
    // Every locale's table has the same keys in the same order; whichever a widget has loaded gives them.
    const { loaded } = DOMAIN_MESSAGES;
    values = Object.keys(loaded['zh-CN'] ?? loaded['zh-TW'] ?? loaded.en ?? {})
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
    if (values.length > 0) {
      valuesByKind.set(kind, values);
    }
  }
  return [...values] as LabelValues[TKind][];
}

/** The message of a problem code in a locale, `{name}` placeholders filled from `params`. */
export const formatProblem: typeof DomainFormatProblem = (code, locale = DEFAULT_LOCALE, params) =>
  interpolate(text(`problem.${code}`, locale) ?? code, params);

/** The message of a field error code in a locale, `{min}`, `{max}`, `{maxDays}` filled from `params`. */
export const formatFieldError: typeof DomainFormatFieldError = (code, locale = DEFAULT_LOCALE, params) =>
  interpolate(text(`field.${code}`, locale) ?? code, params);
