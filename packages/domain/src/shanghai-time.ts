import type { components } from '@yilian/contract';

/**
 * A calendar day in Asia/Shanghai, `YYYY-MM-DD` (the contract's `LocalDate`).
 * @example const day: LocalDate = '2026-11-22';
 */
export type LocalDate = components['schemas']['LocalDate'];

/**
 * An instant as the domain accepts it: a `Date`, or an RFC 3339 string with an offset (`Z` or `±hh:mm`).
 * Functions that compute an instant return a `Date`; wire shapes get RFC 3339 strings in `+08:00`.
 * @example const at: InstantInput = '2026-11-22T10:00:00+08:00';
 */
export type InstantInput = Date | string;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * Asia/Shanghai's offset from UTC, in minutes; fixed because China has kept no DST since 1991.
 * @example SHANGHAI_OFFSET_MINUTES // 480
 */
export const SHANGHAI_OFFSET_MINUTES = 480;
const OFFSET_MS = SHANGHAI_OFFSET_MINUTES * MS_PER_MINUTE;

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Hinnant's days_from_civil: exact proleptic Gregorian arithmetic without Date's two-digit-year quirks.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatCivil(civil: { year: number; month: number; day: number }): LocalDate {
  return `${pad(civil.year, 4)}-${pad(civil.month, 2)}-${pad(civil.day, 2)}`;
}

/**
 * Whether `year`-`month`-`day` names a real day of the Gregorian calendar (so `0230` does not).
 * @param year - four-digit year
 * @param month - 1–12
 * @param day - 1–31
 * @example isCalendarDate(2024, 2, 29) // true
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function parseLocalDateParts(date: string): { year: number; month: number; day: number } | undefined {
  const match = LOCAL_DATE.exec(date);
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * Whether a string is a `YYYY-MM-DD` calendar day that exists.
 * @param date - the candidate string
 * @example isLocalDate('2026-02-29') // false
 */
export function isLocalDate(date: string): boolean {
  return parseLocalDateParts(date) !== undefined;
}

function localDateToDayNumber(date: LocalDate): number {
  const parts = parseLocalDateParts(date);
  if (!parts) {
    throw new RangeError('Expected a calendar day as YYYY-MM-DD');
  }
  return daysFromCivil(parts.year, parts.month, parts.day);
}

/**
 * Parses an RFC 3339 instant strictly (offset required, real calendar day, no leap second) to epoch milliseconds;
 * `NaN` when it is not one. Fractions beyond milliseconds are truncated.
 * @param instant - an RFC 3339 string or a `Date`
 * @example parseInstant('2026-11-22T00:00:00+08:00') // 1795276800000
 */
export function parseInstant(instant: InstantInput): number {
  if (instant instanceof Date) {
    return instant.getTime();
  }
  const match = RFC3339.exec(instant);
  if (!match) {
    return Number.NaN;
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return Number.NaN;
  }
  if (offsetHours > 23 || offsetMinutes > 59) {
    return Number.NaN;
  }
  const sign = match[9] === '-' ? -1 : 1;
  const local =
    daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return local - sign * (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
}

/**
 * Whether the value is a `Date` with a time, or a strict RFC 3339 string with an offset.
 * @param instant - the candidate
 * @example isInstant('2026-11-22T10:00:00Z') // true
 */
export function isInstant(instant: unknown): instant is InstantInput {
  return (typeof instant === 'string' || instant instanceof Date) && !Number.isNaN(parseInstant(instant));
}

/**
 * Epoch milliseconds of an instant; throws a `RangeError` when it is not a valid instant, because every caller
 * is expected to have validated its input at the boundary.
 * @param instant - a `Date` or RFC 3339 string
 * @example toEpochMs('1970-01-01T08:00:00+08:00') // 0
 */
export function toEpochMs(instant: InstantInput): number {
  const ms = parseInstant(instant);
  if (Number.isNaN(ms)) {
    throw new RangeError('Expected an RFC 3339 instant with an offset, or a valid Date');
  }
  return ms;
}

function shanghaiDayNumber(instant: InstantInput): number {
  return Math.floor((toEpochMs(instant) + OFFSET_MS) / MS_PER_DAY);
}

/**
 * The Asia/Shanghai calendar day of an instant.
 * @param instant - a `Date` or RFC 3339 string
 * @example shanghaiDate('2026-11-21T16:00:00Z') // '2026-11-22'
 */
export function shanghaiDate(instant: InstantInput): LocalDate {
  return formatCivil(civilFromDays(shanghaiDayNumber(instant)));
}

/**
 * The instant at which a Shanghai calendar day begins (00:00 +08:00, i.e. 16:00Z the day before).
 * @param date - `YYYY-MM-DD`; throws a `RangeError` when it is not a real day
 * @example startOfShanghaiDay('2026-11-22').toISOString() // '2026-11-21T16:00:00.000Z'
 */
export function startOfShanghaiDay(date: LocalDate): Date {
  return new Date(localDateToDayNumber(date) * MS_PER_DAY - OFFSET_MS);
}

/**
 * Formats an instant as RFC 3339 in Shanghai time; milliseconds appear only when they are not zero.
 * @param instant - a `Date` or RFC 3339 string
 * @example toShanghaiIso('2026-11-22T02:00:00Z') // '2026-11-22T10:00:00+08:00'
 */
export function toShanghaiIso(instant: InstantInput): string {
  const shifted = toEpochMs(instant) + OFFSET_MS;
  const dayNumber = Math.floor(shifted / MS_PER_DAY);
  const msOfDay = shifted - dayNumber * MS_PER_DAY;
  const hours = Math.floor(msOfDay / 3_600_000);
  const minutes = Math.floor((msOfDay % 3_600_000) / MS_PER_MINUTE);
  const seconds = Math.floor((msOfDay % MS_PER_MINUTE) / 1000);
  const millis = msOfDay % 1000;
  const fraction = millis === 0 ? '' : `.${pad(millis, 3)}`;
  const clock = `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}${fraction}`;
  return `${formatCivil(civilFromDays(dayNumber))}T${clock}+08:00`;
}

/**
 * Whole Shanghai calendar days from the day of `from` to the day of `to` (negative when `to` is earlier),
 * whatever the clock times: 23:59 to 00:01 the next day is one day.
 * @param from - the earlier instant
 * @param to - the later instant
 * @example shanghaiDayDiff('2026-11-22T23:59:00+08:00', '2026-11-23T00:01:00+08:00') // 1
 */
export function shanghaiDayDiff(from: InstantInput, to: InstantInput): number {
  return shanghaiDayNumber(to) - shanghaiDayNumber(from);
}

/**
 * The Shanghai day of the week of an instant, 0 = Sunday … 6 = Saturday (as `Date#getDay`).
 * @param instant - a `Date` or RFC 3339 string
 * @example shanghaiWeekday('2026-11-22T10:00:00+08:00') // 0
 */
export function shanghaiWeekday(instant: InstantInput): number {
  // Day 0 of the epoch was a Thursday.
  return (((shanghaiDayNumber(instant) + 4) % 7) + 7) % 7;
}

/**
 * Moves a calendar day by whole days (negative goes back).
 * @param date - `YYYY-MM-DD`; throws a `RangeError` when it is not a real day
 * @param days - an integer
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) {
    throw new RangeError('Expected a whole number of days');
  }
  return formatCivil(civilFromDays(localDateToDayNumber(date) + days));
}

/**
 * Full years of age on a day, counted on the calendar: a person born on 29 February turns a year older on
 * 1 March in common years.
 * @param birthDate - `YYYY-MM-DD`
 * @param onDate - `YYYY-MM-DD`, the day to measure on
 * @example ageInYears('2012-06-01', '2026-05-31') // 13
 */
export function ageInYears(birthDate: LocalDate, onDate: LocalDate): number {
  const birth = parseLocalDateParts(birthDate);
  const on = parseLocalDateParts(onDate);
  if (!birth || !on) {
    throw new RangeError('Expected calendar days as YYYY-MM-DD');
  }
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}
