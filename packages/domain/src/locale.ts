import { enumValues } from './enum-values.js';
import { isOneOf } from './guards.js';
import { DEFAULT_LOCALE, type Locale } from './messages.js';

/**
 * Every locale the toolkit speaks (the contract's `Locale`), the default first.
 * @example LOCALES.includes('en') // true
 */
export const LOCALES = enumValues<Locale>()(['zh-CN', 'zh-TW', 'en']);

/**
 * Whether a value is one of the contract's locales, exactly as spelled there (`zh-CN`, `zh-TW`, `en`).
 * @param value - anything, e.g. a header or an option
 * @example isLocale('zh-TW') // true
 */
export function isLocale(value: unknown): value is Locale {
  return isOneOf(LOCALES, value);
}

// RFC 9110 §12.4.2 allows at most three decimals; browsers send fewer, so a longer fraction is read, not refused.
const WEIGHT = /^(?:0(?:\.\d*)?|1(?:\.0*)?)$/;

type Range = { tag: string; q: number; order: number };

function parseRanges(header: string): Range[] {
  const ranges: Range[] = [];
  header.split(',').forEach((part, order) => {
    const [rawTag = '', ...params] = part.split(';');
    const tag = rawTag.trim().toLowerCase();
    if (tag === '') {
      return;
    }
    let q = 1;
    for (const param of params) {
      const [name = '', value = ''] = param.split('=').map((piece) => piece.trim());
      if (name.toLowerCase() === 'q') {
        // A range with an unreadable weight is dropped rather than guessed at.
        q = WEIGHT.test(value) ? Number(value) : Number.NaN;
      }
    }
    if (!Number.isNaN(q)) {
      ranges.push({ tag, q, order });
    }
  });
  return ranges;
}

const TRADITIONAL_REGIONS: readonly string[] = ['tw', 'hk', 'mo'];

// Script subtags decide first (zh-Hans-HK is Simplified); otherwise the regions that write Traditional Chinese.
function localeOfTag(tag: string): Locale | undefined {
  const [language, ...subtags] = tag.split('-');
  if (language === 'zh') {
    if (subtags.includes('hans')) {
      return 'zh-CN';
    }
    if (subtags.includes('hant') || subtags.some((subtag) => TRADITIONAL_REGIONS.includes(subtag))) {
      return 'zh-TW';
    }
    return 'zh-CN';
  }
  if (language === 'en') {
    return 'en';
  }
  return undefined;
}

/**
 * The locale to answer in for an `Accept-Language` header (RFC 9110 §12.5.4): ranges are tried from the highest
 * weight down, ties in the order sent; `q=0` marks a locale as not acceptable. Chinese written in Traditional
 * script (`zh-Hant`, or the regions `TW`, `HK`, `MO` without `Hans`) is `zh-TW`, any other `zh` is `zh-CN`, any
 * `en` is `en`, and `*` is the first acceptable locale of `LOCALES`. A locale is refused when `q=0` is all that names it. When nothing matches, or there is no header,
 * the answer is `zh-CN`, or the first locale not refused with `q=0`. Ranges with an unreadable weight are ignored.
 * @param header - the header's value; several header lines (as Node gives them) are read as one list
 * @example negotiateLocale('en;q=0.5, zh-TW;q=0.8') // 'zh-TW'
 * @example negotiateLocale('zh-HK,zh;q=0.9') // 'zh-TW'
 */
export function negotiateLocale(header: string | undefined | readonly string[]): Locale {
  const value = typeof header === 'string' ? header : (header ?? []).join(',');
  const ranges = parseRanges(value);
  // Several ranges can map to one locale (`zh-CN, zh;q=0`): it is refused only when none of them wants it.
  const refused = new Set<Locale>();
  const wantedLocales = new Set<Locale>();
  for (const range of ranges) {
    const locale = localeOfTag(range.tag);
    if (locale !== undefined) {
      (range.q === 0 ? refused : wantedLocales).add(locale);
    }
  }
  wantedLocales.forEach((locale) => refused.delete(locale));
  const acceptable = (locale: Locale | undefined): locale is Locale =>
    locale !== undefined && !refused.has(locale);
  const firstAcceptable = LOCALES.find((locale) => acceptable(locale));

  const wanted = ranges.filter((range) => range.q > 0).sort((a, b) => b.q - a.q || a.order - b.order);
  for (const range of wanted) {
    const locale = range.tag === '*' ? firstAcceptable : localeOfTag(range.tag);
    if (acceptable(locale)) {
      return locale;
    }
  }
  return firstAcceptable ?? DEFAULT_LOCALE;
}
