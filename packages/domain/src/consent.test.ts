import type { components } from '@yilian/contract';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CONSENT_CLOCK_SKEW_MS, CONSENT_EARLIEST_GRANT, CONSENT_PURPOSES, checkConsent } from './consent.js';

type Consent = components['schemas']['Consent'];

const NOW = '2026-11-22T10:00:00+08:00';
const NOW_MS = Date.parse(NOW);
const adult = { birthDate: '1990-03-07' };
const child = { birthDate: '2015-01-01' };
const valid: Consent = {
  purpose: 'referral_transfer',
  grantedAt: '2026-11-22T09:40:00+08:00',
  recordedBy: 'cln_cz_wang',
  method: 'written',
};
const transfer = { purposes: ['referral_transfer'] as const };

function codes(...args: Parameters<typeof checkConsent>): string[] {
  return checkConsent(...args).map((issue) => `${issue.pointer} ${issue.code}`);
}

describe('checkConsent', () => {
  test('given a complete consent for an accepted purpose, when checked, then it has no issues', () => {
    expect(codes(valid, adult, NOW, transfer)).toEqual([]);
  });

  test('given no consent at all, when checked, then the consent itself is required', () => {
    expect(codes(undefined, adult, NOW, transfer)).toEqual(['/consent consent_required']);
    expect(codes(null, adult, NOW, transfer)).toEqual(['/consent consent_required']);
  });

  test('given a consent for another purpose, when checked, then the purpose needs its own consent', () => {
    expect(codes({ ...valid, purpose: 'result_sharing' }, adult, NOW, transfer)).toEqual([
      '/consent/purpose consent_required',
    ]);
  });

  test('given an empty list of purposes, when checked, then no purpose is enough', () => {
    expect(codes(valid, adult, NOW, { purposes: [] })).toEqual(['/consent/purpose consent_required']);
  });

  test('given a consent granted within the clock-skew allowance, when checked, then it is accepted', () => {
    const grantedAt = new Date(NOW_MS + CONSENT_CLOCK_SKEW_MS).toISOString();
    expect(codes({ ...valid, grantedAt }, adult, NOW, transfer)).toEqual([]);
  });

  test('given a consent granted just beyond the allowance, when checked, then its grant is out of range', () => {
    const grantedAt = new Date(NOW_MS + CONSENT_CLOCK_SKEW_MS + 1).toISOString();
    expect(codes({ ...valid, grantedAt }, adult, NOW, transfer)).toEqual(['/consent/grantedAt out_of_range']);
  });

  test('given the allowance, when read, then it is five minutes', () => {
    expect(CONSENT_CLOCK_SKEW_MS).toBe(300_000);
  });

  test('given missing or unknown fields, when checked, then each is named in body order', () => {
    const thin = { purpose: 'referral_transfer', method: 'fax' } as unknown as Consent;
    expect(codes(thin, adult, NOW, transfer)).toEqual([
      '/consent/grantedAt required',
      '/consent/recordedBy required',
      '/consent/method invalid_enum',
    ]);
    const empty = {} as Consent;
    expect(codes(empty, adult, NOW, transfer)).toEqual([
      '/consent/purpose consent_required',
      '/consent/grantedAt required',
      '/consent/recordedBy required',
      '/consent/method required',
    ]);
  });

  test('given a grant that is not an RFC 3339 instant, when checked, then its format is invalid', () => {
    expect(codes({ ...valid, grantedAt: '2026-11-22 09:40' }, adult, NOW, transfer)).toEqual([
      '/consent/grantedAt invalid_format',
    ]);
  });

  test.each(['0000-01-01T00:00:00Z', '0001-06-01T08:00:00+08:00', '1899-12-31T15:59:59Z'])(
    'given a grant %s before the earliest plausible consent, when checked, then it is out of range',
    (grantedAt) => {
      expect(codes({ ...valid, grantedAt }, adult, NOW, transfer)).toEqual([
        '/consent/grantedAt out_of_range',
      ]);
    },
  );

  test('given a grant on the earliest plausible day, when checked, then it is accepted', () => {
    expect(CONSENT_EARLIEST_GRANT).toBe('1900-01-01T00:00:00+08:00');
    expect(codes({ ...valid, grantedAt: CONSENT_EARLIEST_GRANT }, adult, NOW, transfer)).toEqual([]);
  });

  test('given a patient under 14, when the consent is not by a guardian, then guardian consent is required', () => {
    expect(codes(valid, child, NOW, transfer)).toEqual(['/consent/byGuardian consent_required']);
    expect(codes({ ...valid, byGuardian: true }, child, NOW, transfer)).toEqual([]);
  });

  test('given a patient turning 14 today in Shanghai, when checked, then no guardian is needed', () => {
    expect(codes(valid, { birthDate: '2012-11-22' }, NOW, transfer)).toEqual([]);
    expect(codes(valid, { birthDate: '2012-11-23' }, NOW, transfer)).toEqual([
      '/consent/byGuardian consent_required',
    ]);
  });

  test('given an unreadable birth date or no patient, when checked, then the guardian rule is left out', () => {
    expect(codes(valid, { birthDate: '2015-13-45' }, NOW, transfer)).toEqual([]);
    expect(codes(valid, undefined, NOW, transfer)).toEqual([]);
  });

  test('given a Date as now, when checked, then it counts as the same instant as its string', () => {
    expect(codes(valid, child, new Date(NOW_MS), transfer)).toEqual(codes(valid, child, NOW, transfer));
  });

  test('given another pointer, when checked, then every issue points under it', () => {
    expect(codes({} as Consent, child, NOW, { ...transfer, pointer: '/booking/consent' })).toEqual([
      '/booking/consent/purpose consent_required',
      '/booking/consent/grantedAt required',
      '/booking/consent/recordedBy required',
      '/booking/consent/method required',
      '/booking/consent/byGuardian consent_required',
    ]);
  });

  test('given any grant offset from now, when checked, then it is out of range exactly beyond the allowance', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30 * 86_400_000, max: 30 * 86_400_000 }), (offsetMs) => {
        const grantedAt = new Date(NOW_MS + offsetMs).toISOString();
        const late = codes({ ...valid, grantedAt }, adult, NOW, transfer).includes(
          '/consent/grantedAt out_of_range',
        );
        expect(late).toBe(offsetMs > CONSENT_CLOCK_SKEW_MS);
      }),
    );
  });

  test('given any purpose and accepted set, when checked, then the purpose is refused exactly when not in the set', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONSENT_PURPOSES),
        fc.subarray([...CONSENT_PURPOSES]),
        (purpose, purposes) => {
          const refused = codes({ ...valid, purpose }, adult, NOW, { purposes }).includes(
            '/consent/purpose consent_required',
          );
          expect(refused).toBe(!purposes.includes(purpose));
        },
      ),
    );
  });
});
