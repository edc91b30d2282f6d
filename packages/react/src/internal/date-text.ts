import type { LocalDate } from '@yilian/domain';
import { isLocalDate } from '@yilian/domain';

// Year, month and day in that order, as a Chinese reader writes them: 2026-11-24, 2026/11/24, 2026.11.24,
// 2026 11 24, 2026年11月24日. A phone's number pad may have no separator at all: 20261124.
const SEPARATED = /^(\d{4})\s*[-/.年\s]\s*(\d{1,2})\s*[-/.月\s]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The calendar day a person typed, year first, as `YYYY-MM-DD`; undefined when the text is not (yet) a day that
 * exists.
 * @param text - what is in the field
 * @example parseDateText('2026年1月5日') // '2026-01-05'
 */
export function parseDateText(text: string): LocalDate | undefined {
  const trimmed = text.trim();
  const match = SEPARATED.exec(trimmed) ?? COMPACT.exec(trimmed);
  if (!match) {
    return undefined;
  }
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isLocalDate(date) ? date : undefined;
}

/**
 * The value a date field hands its form: the day as `YYYY-MM-DD` when the text is one, '' when blank, and
 * otherwise the text itself, so the form's checks name it and its draft keeps what was typed ('' for a filter).
 * @param text - what is in the field
 * @param daysOnly - '' for text that is not a day, as a filter needs
 * @example dateValueOf('2026/11/24') // '2026-11-24'
 * @example dateValueOf('2026-02-30') // '2026-02-30'
 */
export function dateValueOf(text: string, daysOnly?: boolean): string {
  return parseDateText(text) ?? (daysOnly ? '' : text.trim());
}
