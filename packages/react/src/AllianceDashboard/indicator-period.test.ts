import { describe, expect, it } from 'vitest';
import { addMonths, isMonthKey, monthOf, monthsEndingWith, monthsPeriod } from './indicator-period.js';

describe('the months of the alliance dashboard', () => {
  it('given a month, when moving across a year boundary, then the year changes with it', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-11', -23)).toBe('2024-12');
    expect(addMonths('2026-11', 0)).toBe('2026-11');
  });

  it('given a month, then its period runs from the first to the last calendar day, leap years included', () => {
    expect(monthsPeriod('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthsPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthsPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthsPeriod('2026-06', '2026-11')).toEqual({ from: '2026-06-01', to: '2026-11-30' });
  });

  it('given the newest month, then the series lists the months before it oldest first', () => {
    expect(monthsEndingWith('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('reads the month of a calendar day and refuses what is not a month', () => {
    expect(monthOf('2026-11-23')).toBe('2026-11');
    expect(isMonthKey('2026-13')).toBe(false);
    expect(isMonthKey('2026-1')).toBe(false);
    expect(() => monthOf('11/23/2026')).toThrow(RangeError);
  });
});
