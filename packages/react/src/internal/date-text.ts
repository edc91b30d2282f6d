import type { LocalDate } from '@yilian/domain';
import { isLocalDate } from '@yilian/domain';

// Year, month and day in that order, as a Chinese reader writes them: 2026-11-24, 2026/11/24, 2026.11.24,
// 2026 11 24, 2026年11月24日. A phone's number pad may have no separator at all: 20261124.
const SEPARATED = /^(\d{4})\s*[-/.年\s]\s*(\d{1,2})\s*[-/.月\s]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The calendar day a person typed, year first, as `YYYY-MM-DD`; undefined when the text is not (yet) a day that
 * exists. Full-width digits and separators (a Chinese input method's) are read as ASCII.
 * @param text - what is in the field
 * @example parseDateText('2026年1月5日') // '2026-01-05'
 */
export function parseDateText(text: string): LocalDate | undefined {
  const ascii = text
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
  const match = SEPARATED.exec(ascii) ?? COMPACT.exec(ascii);
  if (!match) {
    return undefined;
  }
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isLocalDate(date) ? date : undefined;
}

/**
 * The value a date field hands its form: the day as `YYYY-MM-DD` when the text is one, '' when blank, and
 * otherwise the text itself, so the form's checks name it and its draft keeps what was typed.
 * @param text - what is in the field
 * @example dateValueOf('2026/11/24') // '2026-11-24'
 * @example dateValueOf('2026-02-30') // '2026-02-30'
 */
export function dateValueOf(text: string): string {
  return parseDateText(text) ?? text.trim();
}
