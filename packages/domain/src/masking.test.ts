import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './masking.js';

/** Strings without the mask character, so "contains the original" is meaningful. */
const unmasked = (minLength: number) =>
  fc.string({ unit: 'grapheme-ascii', minLength, maxLength: 40 }).filter((s) => !s.includes('*'));

const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

function revealed(masked: string): number {
  return Array.from(masked).filter((char) => char !== '*').length;
}

describe('maskIdNumber', () => {
  test('keeps the first 3 and last 4 characters of a resident ID', () => {
    expect(maskIdNumber('110105199003071239')).toBe('110***********1239');
    expect(maskIdNumber('12010119851231005X')).toBe('120***********005X');
  });

  test('keeps only the last 2 characters of values of 3 to 7 characters', () => {
    expect(maskIdNumber('E123456')).toBe('*****56');
    expect(maskIdNumber('abc')).toBe('*bc');
  });

  test('masks values of 1 or 2 characters entirely and returns an empty string as is', () => {
    expect(maskIdNumber('ab')).toBe('**');
    expect(maskIdNumber('a')).toBe('*');
    expect(maskIdNumber('')).toBe('');
  });

  test('masks 8 characters as first 3 and last 4', () => {
    expect(maskIdNumber('12345678')).toBe('123*5678');
  });

  test('keeps the length and reveals only unmasked positions for any string', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const masked = maskIdNumber(value);
        const original = Array.from(value);
        const out = Array.from(masked);
        expect(out).toHaveLength(original.length);
        out.forEach((char, index) => {
          expect(char === '*' || char === original[index]).toBe(true);
        });
        const maxRevealed = original.length >= 8 ? 7 : original.length > 2 ? 2 : 0;
        expect(revealed(masked)).toBeLessThanOrEqual(maxRevealed);
      }),
    );
  });

  test('never contains the full original of 4 characters or more', () => {
    fc.assert(
      fc.property(unmasked(4), (value) => {
        expect(maskIdNumber(value).includes(value)).toBe(false);
      }),
    );
  });

  test('reveals nothing more when masking a masked value', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const once = maskIdNumber(value);
        expect(maskIdNumber(once)).toBe(once);
      }),
    );
  });
});

describe('maskName', () => {
  test.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['欧阳修明', '欧***'],
    ['李', '*'],
    ['  王五  ', '王*'],
    ['John Smith', 'J* S*'],
    ["Mary-Jane O'Neil", 'M* O*'],
    ['Zoë', 'Z*'],
    ['', ''],
  ])('masks %s as %s', (input, masked) => {
    expect(maskName(input)).toBe(masked);
  });

  test('never contains the full original of 4 characters or more', () => {
    fc.assert(
      fc.property(
        fc.oneof(unmasked(4), fc.string({ unit: fc.constantFrom(...'张王李赵欧阳修明丰'), minLength: 4 })),
        (value) => {
          expect(maskName(value).includes(value)).toBe(false);
        },
      ),
    );
  });

  test('is idempotent for any string', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const once = maskName(value);
        expect(maskName(once)).toBe(once);
      }),
    );
  });

  test('reveals at most one character per word', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const masked = maskName(value);
        const words = masked.split(' ').filter((word) => word !== '');
        expect(revealed(masked.replaceAll(' ', ''))).toBeLessThanOrEqual(Math.max(1, words.length));
      }),
    );
  });

  test('returns an empty string for a non-string at run time', () => {
    expect(maskName(undefined as unknown as string)).toBe('');
    expect(maskIdNumber(null as unknown as string)).toBe('');
    expect(maskPhone(7 as unknown as string)).toBe('');
  });
});

describe('maskPhone', () => {
  test.each([
    ['13812341234', '138****1234'],
    ['+86 138 1234 1234', '138****1234'],
    ['010-69156114', '010-******14'],
    ['03172075000', '0317-*****00'],
    ['12345', '***45'],
    ['9', '*'],
    ['', ''],
  ])('masks %s as %s', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  test('leaves a masked value as it is', () => {
    expect(maskPhone('138****1234')).toBe('138****1234');
    expect(maskPhone('010-******14')).toBe('010-******14');
  });

  test('never shows the middle four digits of any mobile', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/), (second, rest) => {
        const mobile = `1${second}${rest}`;
        const masked = maskPhone(mobile);
        expect(masked).toBe(`${mobile.slice(0, 3)}****${mobile.slice(7)}`);
      }),
    );
  });

  test('never contains the full original of 4 characters or more', () => {
    fc.assert(
      fc.property(fc.oneof(unmasked(4), fc.stringMatching(/^0\d{2,3}-?\d{7,8}$/)), (value) => {
        expect(maskPhone(value).includes(value)).toBe(false);
      }),
    );
  });

  test('reveals nothing more when masking a masked value, for any string', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const once = maskPhone(value);
        expect(revealed(maskPhone(once))).toBeLessThanOrEqual(revealed(once));
      }),
    );
  });
});
