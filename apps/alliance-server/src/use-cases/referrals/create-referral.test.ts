import { describe, expect, it } from 'vitest';
import { referralNumber } from './create-referral.js';

describe('referralNumber', () => {
  it('given the sequence value, pads it to six digits after the Shanghai day', () => {
    expect(referralNumber(42, new Date('2026-11-22T10:00:00+08:00'))).toBe('ZZ-20261122-000042');
  });

  it('when it is already the next day in Shanghai but not in UTC, numbers by the Shanghai day', () => {
    expect(referralNumber(7, new Date('2026-11-22T16:30:00Z'))).toBe('ZZ-20261123-000007');
  });

  it('after six digits, keeps every digit rather than cutting the sequence', () => {
    expect(referralNumber(1_234_567, new Date('2026-11-22T10:00:00+08:00'))).toBe('ZZ-20261122-1234567');
  });
});
