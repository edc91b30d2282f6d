import { describe, expect, it } from 'vitest';
import { dateValueOf, parseDateText } from './date-text.js';

describe('parseDateText', () => {
  it('reads a day typed year first, whatever the separator', () => {
    for (const text of [
      '2026-11-24',
      '2026/11/24',
      '2026.11.24',
      '2026 11 24',
      '2026年11月24日',
      '2026 年 11 月 24 日',
      '20261124',
      ' 2026-11-24 ',
    ]) {
      expect(parseDateText(text), text).toBe('2026-11-24');
    }
  });

  it('pads a month and a day typed with one digit', () => {
    expect(parseDateText('2026-1-5')).toBe('2026-01-05');
    expect(parseDateText('2026年1月5日')).toBe('2026-01-05');
  });

  it('refuses a day that does not exist', () => {
    expect(parseDateText('2026-02-29')).toBeUndefined();
    expect(parseDateText('2026-13-01')).toBeUndefined();
    expect(parseDateText('2026-11-31')).toBeUndefined();
    expect(parseDateText('2026-00-10')).toBeUndefined();
    expect(parseDateText('2028-02-29')).toBe('2028-02-29');
  });

  it('refuses text that is not yet a whole day, or is in another order', () => {
    for (const text of [
      '',
      '2026',
      '2026-11',
      '2026-11-',
      '11/24/2026',
      '24.11.2026',
      '2026-11-24x',
      'abc',
    ]) {
      expect(parseDateText(text), text).toBeUndefined();
    }
  });
});

describe('dateValueOf', () => {
  it('gives the day as YYYY-MM-DD when the text is one', () => {
    expect(dateValueOf('2026/11/24')).toBe('2026-11-24');
  });

  it('gives blank text as empty', () => {
    expect(dateValueOf('   ')).toBe('');
  });

  it('keeps text that is not a day, so the form can name it and its draft keeps it', () => {
    expect(dateValueOf('2026-02-30')).toBe('2026-02-30');
    expect(dateValueOf(' 2026-11 ')).toBe('2026-11');
  });

  it('for a filter, gives text that is not a day as empty', () => {
    expect(dateValueOf('2026-11', true)).toBe('');
    expect(dateValueOf('2026/11/24', true)).toBe('2026-11-24');
  });
});
