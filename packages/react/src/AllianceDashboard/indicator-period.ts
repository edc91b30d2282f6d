// Calendar months of the dashboard (Asia/Shanghai calendar terms, as the API counts them): framework-free, tested
// alone in indicator-period.test.ts.

/** A calendar month, `YYYY-MM`. */
export type IndicatorMonthKey = `${number}-${number}`;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Whether `value` is a calendar month `YYYY-MM`.
 * @param value - anything
 * @example isMonthKey('2026-11') // true
 */
export function isMonthKey(value: unknown): value is IndicatorMonthKey {
  return typeof value === 'string' && MONTH.test(value);
}

function parts(month: IndicatorMonthKey): [number, number] {
  const match = MONTH.exec(month);
  if (!match) {
    throw new RangeError(`not a month: ${month}`);
  }
  return [Number(match[1]), Number(match[2])];
}

function key(year: number, month: number): IndicatorMonthKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as IndicatorMonthKey;
}

/**
 * The month `count` months after `month` (before it when negative).
 * @param month - `YYYY-MM`
 * @param count - months to move
 * @example addMonths('2026-01', -1) // '2025-12'
 */
export function addMonths(month: IndicatorMonthKey, count: number): IndicatorMonthKey {
  const [year, number] = parts(month);
  const index = year * 12 + (number - 1) + count;
  return key(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * The month of a calendar day `YYYY-MM-DD`.
 * @param date - a LocalDate
 * @example monthOf('2026-11-23') // '2026-11'
 */
export function monthOf(date: string): IndicatorMonthKey {
  const month = date.slice(0, 7);
  if (!isMonthKey(month)) {
    throw new RangeError(`not a date: ${date}`);
  }
  return month;
}

/**
 * The first and last calendar days of the months `first`…`last`, as the API's `from` and `to`.
 * @param first - the first month
 * @param last - the last month (the same as `first` for one month)
 * @example monthsPeriod('2026-02', '2026-02') // { from: '2026-02-01', to: '2026-02-28' }
 */
export function monthsPeriod(
  first: IndicatorMonthKey,
  last: IndicatorMonthKey = first,
): { from: string; to: string } {
  const [year, number] = parts(last);
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return { from: `${first}-01`, to: `${last}-${String(days).padStart(2, '0')}` };
}

/**
 * The `count` months that end with `last`, oldest first.
 * @param last - the newest month
 * @param count - how many
 * @example monthsEndingWith('2026-02', 3) // ['2025-12', '2026-01', '2026-02']
 */
export function monthsEndingWith(last: IndicatorMonthKey, count: number): IndicatorMonthKey[] {
  return Array.from({ length: count }, (_, index) => addMonths(last, index - count + 1));
}
