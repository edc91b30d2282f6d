import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  ageInYears,
  isCalendarDate,
  isInstant,
  isLocalDate,
  parseInstant,
  shanghaiDate,
  shanghaiDayDiff,
  shanghaiWeekday,
  startOfShanghaiDay,
  toEpochMs,
  toShanghaiIso,
} from './shanghai-time.js';

const EIGHT_HOURS = 8 * 3_600_000;
// Years 1900–2199: wide enough for birth dates and far futures, inside Date's four-digit ISO range.
const instantMs = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) });

function manualShanghaiDate(ms: number): string {
  return new Date(ms + EIGHT_HOURS).toISOString().slice(0, 10);
}

describe('parseInstant', () => {
  test('reads an RFC 3339 instant with a +08:00 offset', () => {
    expect(parseInstant('2026-11-22T00:00:00+08:00')).toBe(Date.UTC(2026, 10, 21, 16));
  });

  test('reads Z, negative offsets and fractional seconds', () => {
    expect(parseInstant('2026-11-22T00:00:00Z')).toBe(Date.UTC(2026, 10, 22));
    expect(parseInstant('2026-11-22T00:00:00-05:30')).toBe(Date.UTC(2026, 10, 22, 5, 30));
    expect(parseInstant('2026-11-22T00:00:00.5Z')).toBe(Date.UTC(2026, 10, 22, 0, 0, 0, 500));
    expect(parseInstant('2026-11-22T00:00:00.123456Z')).toBe(Date.UTC(2026, 10, 22, 0, 0, 0, 123));
  });

  test('returns the time of a Date unchanged', () => {
    expect(parseInstant(new Date(42))).toBe(42);
  });

  test.each([
    ['a string without an offset', '2026-11-22T00:00:00'],
    ['a date only', '2026-11-22'],
    ['a day that does not exist', '2026-02-30T00:00:00Z'],
    ['hour 24', '2026-11-22T24:00:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['an offset beyond 23 hours', '2026-11-22T00:00:00+24:00'],
    ['free text', 'tomorrow'],
  ])('rejects %s', (_name, value) => {
    expect(parseInstant(value)).toBeNaN();
    expect(isInstant(value)).toBe(false);
  });

  test('rejects an invalid Date', () => {
    expect(isInstant(new Date(Number.NaN))).toBe(false);
  });

  test('agrees with Date.parse on every RFC 3339 string Date can write', () => {
    fc.assert(
      fc.property(instantMs, (ms) => {
        const iso = new Date(ms).toISOString();
        expect(parseInstant(iso)).toBe(Date.parse(iso));
      }),
    );
  });
});

describe('toEpochMs', () => {
  test('throws a RangeError on an invalid instant', () => {
    expect(() => toEpochMs('not a time')).toThrow(RangeError);
  });
});

describe('shanghaiDate', () => {
  test('changes day at 16:00Z, which is midnight in Shanghai', () => {
    expect(shanghaiDate('2026-11-21T15:59:59.999Z')).toBe('2026-11-21');
    expect(shanghaiDate('2026-11-21T16:00:00Z')).toBe('2026-11-22');
  });

  test('matches manual +8 h arithmetic for any instant', () => {
    fc.assert(
      fc.property(instantMs, (ms) => {
        expect(shanghaiDate(new Date(ms))).toBe(manualShanghaiDate(ms));
      }),
    );
  });
});

describe('startOfShanghaiDay', () => {
  test('is 16:00Z on the previous UTC day', () => {
    expect(startOfShanghaiDay('2026-11-22').toISOString()).toBe('2026-11-21T16:00:00.000Z');
  });

  test('throws on a day that does not exist', () => {
    expect(() => startOfShanghaiDay('2026-02-29')).toThrow(RangeError);
  });

  test('is the first instant whose Shanghai date is that day', () => {
    fc.assert(
      fc.property(instantMs, (ms) => {
        const day = shanghaiDate(new Date(ms));
        const start = startOfShanghaiDay(day).getTime();
        expect(start).toBeLessThanOrEqual(ms);
        expect(shanghaiDate(new Date(start))).toBe(day);
        expect(shanghaiDate(new Date(start - 1))).toBe(addDays(day, -1));
      }),
    );
  });
});

describe('toShanghaiIso', () => {
  test('writes +08:00 and leaves out zero milliseconds', () => {
    expect(toShanghaiIso('2026-11-22T02:00:00Z')).toBe('2026-11-22T10:00:00+08:00');
    expect(toShanghaiIso(new Date(Date.UTC(2026, 10, 21, 16, 0, 0, 7)))).toBe(
      '2026-11-22T00:00:00.007+08:00',
    );
  });

  test('round-trips through parseInstant for any instant', () => {
    fc.assert(
      fc.property(instantMs, (ms) => {
        const iso = toShanghaiIso(new Date(ms));
        expect(iso.endsWith('+08:00')).toBe(true);
        expect(parseInstant(iso)).toBe(ms);
      }),
    );
  });

  test('shows the same wall clock as manual +8 h arithmetic', () => {
    fc.assert(
      fc.property(instantMs, (ms) => {
        const manual = new Date(ms + EIGHT_HOURS).toISOString().slice(0, 19);
        expect(toShanghaiIso(new Date(ms)).slice(0, 19)).toBe(manual);
      }),
    );
  });
});

describe('shanghaiDayDiff', () => {
  test('counts calendar days, not 24-hour periods', () => {
    expect(shanghaiDayDiff('2026-11-22T23:59:00+08:00', '2026-11-23T00:01:00+08:00')).toBe(1);
    expect(shanghaiDayDiff('2026-11-22T00:00:00+08:00', '2026-11-22T23:59:59+08:00')).toBe(0);
    expect(shanghaiDayDiff('2026-11-23T00:00:00+08:00', '2026-11-22T12:00:00+08:00')).toBe(-1);
  });

  test('equals the difference of manual Shanghai dates for any two instants', () => {
    fc.assert(
      fc.property(instantMs, instantMs, (a, b) => {
        const expected = (Date.parse(manualShanghaiDate(b)) - Date.parse(manualShanghaiDate(a))) / 86_400_000;
        expect(shanghaiDayDiff(new Date(a), new Date(b))).toBe(expected);
      }),
    );
  });
});

describe('shanghaiWeekday', () => {
  test('names 22 November 2026 a Sunday', () => {
    expect(shanghaiWeekday('2026-11-22T10:00:00+08:00')).toBe(0);
  });

  test('turns to Monday at 16:00Z on Sunday UTC', () => {
    expect(shanghaiWeekday('2026-11-22T15:59:59Z')).toBe(0);
    expect(shanghaiWeekday('2026-11-22T16:00:00Z')).toBe(1);
  });

  test('matches manual +8 h arithmetic for any instant', () => {
    fc.assert(
      fc.property(instantMs, (ms) => {
        expect(shanghaiWeekday(new Date(ms))).toBe(new Date(ms + EIGHT_HOURS).getUTCDay());
      }),
    );
  });
});

describe('addDays', () => {
  test('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-10', 61)).toBe('2027-01-10');
  });

  test('rejects fractional days and impossible dates', () => {
    expect(() => addDays('2026-11-22', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
  });

  test('agrees with UTC Date arithmetic and is undone by its negation', () => {
    fc.assert(
      fc.property(instantMs, fc.integer({ min: -40_000, max: 40_000 }), (ms, days) => {
        const day = manualShanghaiDate(ms);
        const moved = addDays(day, days);
        expect(moved).toBe(new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10));
        expect(addDays(moved, -days)).toBe(day);
      }),
    );
  });
});

describe('isLocalDate and isCalendarDate', () => {
  test('accept real days and refuse impossible ones', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('1900-02-29')).toBe(false);
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate('2026-04-31')).toBe(false);
    expect(isLocalDate('2026-4-3')).toBe(false);
    expect(isCalendarDate(2026, 0, 1)).toBe(false);
    expect(isCalendarDate(2026, 12, 31)).toBe(true);
  });
});

describe('ageInYears', () => {
  test('turns a year older on the birthday, not the day before', () => {
    expect(ageInYears('2012-06-01', '2026-05-31')).toBe(13);
    expect(ageInYears('2012-06-01', '2026-06-01')).toBe(14);
  });

  test('lets a 29 February birthday count on 1 March in common years', () => {
    expect(ageInYears('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageInYears('2012-02-29', '2026-03-01')).toBe(14);
  });

  test('throws on an impossible date', () => {
    expect(() => ageInYears('2012-02-30', '2026-01-01')).toThrow(RangeError);
  });
});
