import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LOCALES, isLocale, negotiateLocale } from './locale.js';

describe('isLocale', () => {
  test('given the contract spellings, when checked, then each is a locale and nothing else is', () => {
    expect(LOCALES).toEqual(['zh-CN', 'zh-TW', 'en']);
    for (const locale of LOCALES) {
      expect(isLocale(locale)).toBe(true);
    }
    for (const other of ['zh-cn', 'zh', 'en-US', '*', '', undefined, 42]) {
      expect(isLocale(other)).toBe(false);
    }
  });
});

describe('negotiateLocale', () => {
  test.each<[string | undefined, string]>([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7', 'zh-TW'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr, de', 'zh-CN'],
    ['*', 'zh-CN'],
  ])('given the simple header %o, when negotiated, then the answer is %s as before', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  test('given weights out of order, when negotiated, then the highest weight wins, not the first range', () => {
    expect(negotiateLocale('en;q=0.5, zh-TW;q=0.8')).toBe('zh-TW');
    expect(negotiateLocale('zh;q=0.1, en')).toBe('en');
  });

  test('given equal weights, when negotiated, then the range sent first wins', () => {
    expect(negotiateLocale('en;q=0.7, zh-TW;q=0.7')).toBe('en');
    expect(negotiateLocale('zh-TW, en')).toBe('zh-TW');
  });

  test('given q=0, when negotiated, then that locale is never chosen', () => {
    expect(negotiateLocale('zh-CN;q=0, en;q=0.1')).toBe('en');
    expect(negotiateLocale('zh;q=0')).toBe('zh-TW');
    expect(negotiateLocale('en;q=0, fr')).toBe('zh-CN');
  });

  test('given a locale both wanted and refused by different ranges, when negotiated, then the wish counts', () => {
    expect(negotiateLocale('zh-CN, zh;q=0')).toBe('zh-CN');
  });

  test('given a wildcard, when negotiated, then it stands for the first locale not refused', () => {
    expect(negotiateLocale('fr, *;q=0.5')).toBe('zh-CN');
    expect(negotiateLocale('*, zh-CN;q=0')).toBe('zh-TW');
    expect(negotiateLocale('*;q=0.1, en;q=0.5')).toBe('en');
  });

  test('given Simplified script in a Traditional region, when negotiated, then the script decides', () => {
    expect(negotiateLocale('zh-Hans-HK')).toBe('zh-CN');
    expect(negotiateLocale('zh-MO')).toBe('zh-TW');
  });

  test('given a language that only starts like zh or en, when negotiated, then it is not taken for them', () => {
    expect(negotiateLocale('za, en;q=0.5')).toBe('en');
    expect(negotiateLocale('zha')).toBe('zh-CN');
    expect(negotiateLocale('zha, en;q=0.1')).toBe('en');
  });

  test('given unreadable weights, when negotiated, then those ranges are ignored', () => {
    expect(negotiateLocale('en;q=high, zh-TW;q=0.2')).toBe('zh-TW');
    expect(negotiateLocale('en;q=1.5, zh-TW;q=0.2')).toBe('zh-TW');
    expect(negotiateLocale('en;q=-1')).toBe('zh-CN');
  });

  test('given odd spacing, case and extra parameters, when negotiated, then they are read', () => {
    expect(negotiateLocale(' EN-us ; Q = 0.9 ; level=1 , ,zh;q=0.1')).toBe('en');
  });

  test('given several header lines, when negotiated, then they are read as one list', () => {
    expect(negotiateLocale(['zh;q=0.5', 'en;q=0.9'])).toBe('en');
    expect(negotiateLocale([])).toBe('zh-CN');
  });

  const range = fc.record({
    tag: fc.constantFrom('zh-CN', 'zh', 'zh-TW', 'zh-HK', 'zh-Hant', 'en', 'en-US', 'fr', 'ja', '*'),
    q: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  });
  const header = fc.array(range, { maxLength: 6 });
  const NAMES: Readonly<Record<string, string>> = {
    'zh-CN': 'zh-CN',
    zh: 'zh-CN',
    'zh-TW': 'zh-TW',
    'zh-HK': 'zh-TW',
    'zh-Hant': 'zh-TW',
    en: 'en',
    'en-US': 'en',
  };
  const render = (ranges: { tag: string; q: number }[]) =>
    ranges.map(({ tag, q }) => `${tag};q=${q.toFixed(3)}`).join(', ');

  test('given any header, when negotiated, then the answer is a contract locale', () => {
    fc.assert(
      fc.property(fc.string(), (anything) => {
        expect(isLocale(negotiateLocale(anything))).toBe(true);
      }),
    );
  });

  test('given any ranges, when their order is shuffled among different weights, then the answer does not change', () => {
    fc.assert(
      fc.property(header, (ranges) => {
        const distinct = ranges.filter((r, i) => ranges.findIndex((o) => o.q === r.q) === i);
        const sorted = [...distinct].sort((a, b) => b.q - a.q);
        expect(negotiateLocale(render(distinct))).toBe(negotiateLocale(render(sorted)));
      }),
    );
  });

  test('given any ranges, when a locale is named only with q=0, then it is not the answer unless all three are refused', () => {
    fc.assert(
      fc.property(header, (ranges) => {
        const answer = negotiateLocale(render(ranges));
        const refusedOnly = (locale: string) => {
          const naming = ranges.filter((r) => NAMES[r.tag] === locale);
          return naming.length > 0 && naming.every((r) => r.q === 0);
        };
        if (!LOCALES.every(refusedOnly)) {
          expect(refusedOnly(answer)).toBe(false);
        }
      }),
    );
  });

  test('given a header, when a top-weighted English range is put in front, then English is chosen', () => {
    fc.assert(
      fc.property(header, (ranges) => {
        expect(negotiateLocale(`en;q=1, ${render(ranges.filter((r) => r.q < 1))}`)).toBe('en');
      }),
    );
  });
});
