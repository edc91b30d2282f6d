import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  convertLegacyResidentId,
  needsGuardian,
  normalizeIdNumber,
  organizationCodeCheckChar,
  residentIdCheckDigit,
  usccCheckChar,
  validatePatientIdentity,
  validatePhone,
  validateResidentId,
  validateUscc,
} from './identifiers.js';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));

/** A resident ID body: region, a real birth date in 1900–2025, sequence. */
const residentIdBody = fc
  .tuple(digits(6), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2025, 11, 31) }), digits(3))
  .map(
    ([region, ms, sequence]) =>
      `${region}${new Date(ms).toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`,
  );

const usccBody = fc
  .array(fc.constantFrom(...USCC_ALPHABET), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''));

describe('residentIdCheckDigit', () => {
  test('computes DOMAIN §6 example 1: S = 190 gives 9', () => {
    expect(residentIdCheckDigit('11010519900307123')).toBe('9');
  });

  test('computes DOMAIN §6 example 2: S = 178 gives X', () => {
    expect(residentIdCheckDigit('12010119851231005')).toBe('X');
  });

  test('throws on a body that is not 17 digits', () => {
    expect(() => residentIdCheckDigit('1101051990030712')).toThrow(RangeError);
    expect(() => residentIdCheckDigit('1101051990030712A')).toThrow(RangeError);
  });
});

describe('validateResidentId', () => {
  test('accepts DOMAIN example 1 and reads its birth date, sex and region', () => {
    expect(validateResidentId('110105199003071239')).toEqual({
      ok: true,
      value: '110105199003071239',
      birthDate: '1990-03-07',
      sex: 'male',
      regionCode: '110105',
    });
  });

  test('accepts DOMAIN example 2 with a lower-case x and surrounding spaces, normalizing to X', () => {
    expect(validateResidentId(' 12010119851231005x ')).toEqual({
      ok: true,
      value: '12010119851231005X',
      birthDate: '1985-12-31',
      sex: 'male',
      regionCode: '120101',
    });
  });

  test.each([
    ['a 17-character number', '11010519900307123', 'resident_id_length'],
    ['a 19-character number', '1101051990030712390', 'resident_id_length'],
    ['an empty string', '', 'resident_id_length'],
    ['a letter inside the body', '11010519900307A239', 'resident_id_format'],
    ['a check character other than X', '11010519900307123Y', 'resident_id_format'],
    ['a legacy 15-digit number', '110105900307123', 'resident_id_legacy_15'],
    ['15 characters that are not digits', '11010590030712X', 'resident_id_format'],
    ['the 30th of February', '110105199002301234', 'resident_id_birth_date_invalid'],
    ['month 13', '110105199013071234', 'resident_id_birth_date_invalid'],
    ['a wrong check digit', '110105199003071238', 'resident_id_checksum_mismatch'],
  ])('refuses %s', (_name, input, code) => {
    expect(validateResidentId(input)).toEqual({ ok: false, code });
  });

  test('refuses a birth date after the given instant, judged on the Shanghai calendar', () => {
    const body = '11010520261123123';
    const id = body + residentIdCheckDigit(body);
    expect(validateResidentId(id, { at: '2026-11-22T15:59:59Z' })).toEqual({
      ok: false,
      code: 'resident_id_birth_date_future',
    });
    expect(validateResidentId(id, { at: '2026-11-22T16:00:00Z' }).ok).toBe(true);
    expect(validateResidentId(id).ok).toBe(true);
  });

  test('refuses a non-string at run time instead of throwing', () => {
    expect(validateResidentId(42 as unknown as string)).toEqual({ ok: false, code: 'resident_id_format' });
  });

  test('accepts every body with a real birth date once its check digit is appended', () => {
    fc.assert(
      fc.property(residentIdBody, (body) => {
        const result = validateResidentId(body + residentIdCheckDigit(body));
        expect(result.ok).toBe(true);
      }),
    );
  });

  test('refuses every single-digit substitution of a valid number', () => {
    fc.assert(
      fc.property(
        residentIdBody,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (body, at, shift) => {
          const valid = body + residentIdCheckDigit(body);
          const symbols = '0123456789X';
          const limit = at === 17 ? 11 : 10;
          const current = symbols.indexOf(valid.charAt(at));
          const replacement = symbols.charAt((current + (shift % limit || 1)) % limit);
          const changed = valid.slice(0, at) + replacement + valid.slice(at + 1);
          expect(changed).not.toBe(valid);
          expect(validateResidentId(changed).ok).toBe(false);
        },
      ),
    );
  });
});

describe('convertLegacyResidentId', () => {
  test('inserts 19 before the birth date and appends the check digit', () => {
    expect(convertLegacyResidentId('110105900307123')).toBe('110105199003071239');
  });

  test('gives a number validateResidentId accepts', () => {
    fc.assert(
      fc.property(
        digits(6),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(1999, 11, 31) }),
        digits(3),
        (region, ms, seq) => {
          const yymmdd = new Date(ms).toISOString().slice(2, 10).replaceAll('-', '');
          const converted = convertLegacyResidentId(region + yymmdd + seq);
          expect(converted).toBeDefined();
          expect(validateResidentId(converted ?? '').ok).toBe(true);
        },
      ),
    );
  });

  test('returns undefined for input that is not a 15-digit number with a real date', () => {
    expect(convertLegacyResidentId('11010590030712')).toBeUndefined();
    expect(convertLegacyResidentId('110105900230123')).toBeUndefined();
    expect(convertLegacyResidentId('11010590030712X')).toBeUndefined();
  });
});

describe('usccCheckChar and organizationCodeCheckChar', () => {
  test('compute DOMAIN §6 example 1', () => {
    expect(organizationCodeCheckChar('12345678')).toBe('8');
    expect(usccCheckChar('12110105123456788')).toBe('8');
  });

  test('compute DOMAIN §6 example 2', () => {
    expect(organizationCodeCheckChar('87654321')).toBe('0');
    expect(usccCheckChar('52130900876543210')).toBe('J');
  });

  test('map organization-code results 10 and 11 to X and 0', () => {
    expect(organizationCodeCheckChar('00000006')).toBe('X'); // S = 12, 12 mod 11 = 1, 11 − 1 = 10
    expect(organizationCodeCheckChar('00000000')).toBe('0'); // S = 0, 11 − 0 = 11
    expect(organizationCodeCheckChar('00000010')).toBe('7'); // S = 4, 11 − 4 = 7
  });

  test('count letters A–Z as 10–35 in organization codes', () => {
    // A = 10 at the last position weighs 2: S = 20, 20 mod 11 = 9, 11 − 9 = 2.
    expect(organizationCodeCheckChar('0000000A')).toBe('2');
  });

  test('throw on bodies of the wrong length or alphabet', () => {
    expect(() => usccCheckChar('1211010512345678')).toThrow(RangeError);
    expect(() => usccCheckChar('1211010512345678I')).toThrow(RangeError);
    expect(() => organizationCodeCheckChar('1234567')).toThrow(RangeError);
  });
});

describe('validateUscc', () => {
  test('accepts DOMAIN example 1 and splits it by position', () => {
    expect(validateUscc('121101051234567888')).toEqual({
      ok: true,
      value: '121101051234567888',
      registrationAuthority: '1',
      entityType: '12',
      regionCode: '110105',
      organizationCode: '123456788',
      organizationCodeValid: true,
    });
  });

  test('accepts DOMAIN example 2 in lower case', () => {
    const result = validateUscc('52130900876543210j');
    expect(result).toMatchObject({ ok: true, value: '52130900876543210J', organizationCodeValid: true });
  });

  test('accepts a code whose embedded organization check is off, and says so', () => {
    const body = '12110105123456789';
    const result = validateUscc(body + usccCheckChar(body));
    expect(result).toMatchObject({ ok: true, organizationCodeValid: false });
  });

  test.each([
    ['17 characters', '12110105123456788'],
    ['a forbidden letter I', '1211010512345678I8'],
    ['a forbidden letter O', 'O21101051234567888'],
    ['a non-alphanumeric character', '12110105-234567888'],
  ])('refuses %s with uscc_format', (_name, input) => {
    expect(validateUscc(input)).toEqual({ ok: false, code: 'uscc_format' });
  });

  test('refuses a wrong check character', () => {
    expect(validateUscc('121101051234567887')).toEqual({ ok: false, code: 'uscc_checksum_mismatch' });
  });

  test('accepts every body once its check character is appended', () => {
    fc.assert(
      fc.property(usccBody, (body) => {
        expect(validateUscc(body + usccCheckChar(body)).ok).toBe(true);
      }),
    );
  });

  test('refuses every single-character substitution of a valid code', () => {
    fc.assert(
      fc.property(
        usccBody,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (body, at, shift) => {
          const valid = body + usccCheckChar(body);
          const current = USCC_ALPHABET.indexOf(valid.charAt(at));
          const replacement = USCC_ALPHABET.charAt((current + shift) % 31);
          const changed = valid.slice(0, at) + replacement + valid.slice(at + 1);
          expect(validateUscc(changed)).toEqual({ ok: false, code: 'uscc_checksum_mismatch' });
        },
      ),
    );
  });
});

describe('validatePhone', () => {
  test.each([
    ['13812341234', '13812341234'],
    ['+86 138 1234 1234', '13812341234'],
    ['86-138-1234-1234', '13812341234'],
    ['008613812341234', '13812341234'],
    ['199 0000 0000', '19900000000'],
  ])('accepts the mobile %s as %s', (input, value) => {
    expect(validatePhone(input)).toEqual({ ok: true, kind: 'mobile', value });
  });

  test.each([
    ['010-69156114', '010-69156114', '010'],
    ['01069156114', '010-69156114', '010'],
    ['0317-2075000', '0317-2075000', '0317'],
    ['03172075000', '0317-2075000', '0317'],
    ['021 12345678', '021-12345678', '021'],
    ['0311-8765432', '0311-8765432', '0311'],
  ])('accepts the landline %s as %s', (input, value, areaCode) => {
    expect(validatePhone(input)).toEqual({ ok: true, kind: 'landline', value, areaCode });
  });

  test.each([
    ['a mobile starting 12', '12812341234'],
    ['a 10-digit mobile', '1381234123'],
    ['a 12-digit mobile', '138123412345'],
    ['a landline with a 6-digit local number', '010-691561'],
    ['a landline with a 9-digit local number', '010-691561145'],
    ['letters', 'call me'],
    ['an empty string', ''],
    ['+86 before a landline', '+86 10 69156114'],
  ])('refuses %s', (_name, input) => {
    expect(validatePhone(input)).toEqual({ ok: false, code: 'phone_invalid' });
  });

  test('accepts every 1[3-9] mobile however it is prefixed and grouped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        digits(9),
        fc.constantFrom('', '+86', '86', '+86 '),
        fc.constantFrom(' ', '-', ''),
        (second, rest, prefix, separator) => {
          const mobile = `1${second}${rest}`;
          const typed = `${prefix}${mobile.slice(0, 3)}${separator}${mobile.slice(3, 7)}${separator}${mobile.slice(7)}`;
          expect(validatePhone(typed)).toEqual({ ok: true, kind: 'mobile', value: mobile });
        },
      ),
    );
  });
});

describe('needsGuardian', () => {
  test('is true until the 14th birthday in Shanghai', () => {
    expect(needsGuardian('2012-11-23', '2026-11-22T15:59:59Z')).toBe(true);
    expect(needsGuardian('2012-11-23', '2026-11-22T16:00:00Z')).toBe(false);
  });
});

describe('validatePatientIdentity', () => {
  const now = '2026-11-22T10:00:00+08:00';
  const adult = {
    name: '张三',
    sex: 'male',
    birthDate: '1990-03-07',
    idType: 'resident_id_card',
    idNumber: '110105199003071239',
    phone: '13812341234',
  } as const;

  test('accepts a valid adult with a resident ID', () => {
    expect(validatePatientIdentity(adult, now)).toEqual([]);
  });

  test('refuses a resident ID whose birth date differs from the stated one', () => {
    expect(validatePatientIdentity({ ...adult, birthDate: '1990-03-08' }, now)).toEqual([
      { pointer: '/patient/idNumber', code: 'resident_id_birth_date_invalid' },
    ]);
  });

  test('reports the resident ID code under the given pointer', () => {
    expect(
      validatePatientIdentity({ ...adult, idNumber: '110105199003071238' }, now, '/body/patient'),
    ).toEqual([{ pointer: '/body/patient/idNumber', code: 'resident_id_checksum_mismatch' }]);
  });

  test('refuses missing name, sex, birth date, id type and id number with required', () => {
    const empty = { name: ' ', birthDate: '', idNumber: '' } as unknown as Parameters<
      typeof validatePatientIdentity
    >[0];
    expect(validatePatientIdentity(empty, now).map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/patient/name', 'required'],
      ['/patient/sex', 'required'],
      ['/patient/birthDate', 'required'],
      ['/patient/idType', 'required'],
    ]);
  });

  test('refuses unknown enum values', () => {
    const odd = { ...adult, sex: 'x', idType: 'y', insuranceType: 'z' } as unknown as Parameters<
      typeof validatePatientIdentity
    >[0];
    expect(validatePatientIdentity(odd, now).map((issue) => issue.code)).toEqual([
      'invalid_enum',
      'invalid_enum',
      'invalid_enum',
    ]);
  });

  test('refuses a birth date that is not a day or lies in the future', () => {
    expect(validatePatientIdentity({ ...adult, birthDate: '1990-02-30' }, now)).toContainEqual({
      pointer: '/patient/birthDate',
      code: 'invalid_format',
    });
    expect(
      validatePatientIdentity(
        { ...adult, idType: 'passport', idNumber: 'E1234', birthDate: '2026-11-23' },
        now,
      ),
    ).toEqual([{ pointer: '/patient/birthDate', code: 'out_of_range' }]);
  });

  test('checks other documents for length and characters only', () => {
    const passport = { ...adult, idType: 'passport', idNumber: 'E12345678' } as const;
    expect(validatePatientIdentity(passport, now)).toEqual([]);
    expect(validatePatientIdentity({ ...passport, idNumber: 'E 1234' }, now)).toEqual([
      { pointer: '/patient/idNumber', code: 'invalid_format' },
    ]);
    expect(validatePatientIdentity({ ...passport, idNumber: 'A'.repeat(33) }, now)).toEqual([
      { pointer: '/patient/idNumber', code: 'too_long', params: { max: 32 } },
    ]);
    expect(validatePatientIdentity({ ...passport, idNumber: 'A'.repeat(32) }, now)).toEqual([]);
  });

  test('refuses an invalid phone', () => {
    expect(validatePatientIdentity({ ...adult, phone: '12345' }, now)).toEqual([
      { pointer: '/patient/phone', code: 'phone_invalid' },
    ]);
  });

  test('requires a guardian name for a patient under 14 and not for one aged 14', () => {
    const body = '11010520121123123';
    const child = { ...adult, birthDate: '2012-11-23', idNumber: body + residentIdCheckDigit(body) };
    expect(validatePatientIdentity(child, now)).toEqual([
      { pointer: '/patient/guardianName', code: 'required' },
    ]);
    expect(validatePatientIdentity({ ...child, guardianName: '张父' }, now)).toEqual([]);
    expect(validatePatientIdentity(child, '2026-11-23T00:00:00+08:00')).toEqual([]);
  });
});

describe('normalizeIdNumber', () => {
  const ID_TYPES = [
    'resident_id_card',
    'passport',
    'hk_macao_permit',
    'taiwan_permit',
    'foreign_permanent_residence',
    'other',
  ] as const;
  const padding = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u3000');

  test('given a resident ID with a lower-case check character and spaces, when normalised, then it is trimmed and upper case', () => {
    expect(normalizeIdNumber('resident_id_card', ' 12010119851231005x\u3000')).toBe('12010119851231005X');
  });

  test('given another document with lower-case letters and spaces, when normalised, then only the spaces go', () => {
    expect(normalizeIdNumber('passport', '  e12345678 ')).toBe('e12345678');
    expect(normalizeIdNumber('hk_macao_permit', '\tc01234567')).toBe('c01234567');
  });

  test('given any document, when normalised twice, then the second time changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ID_TYPES), fc.string(), (idType, idNumber) => {
        const once = normalizeIdNumber(idType, idNumber);
        expect(normalizeIdNumber(idType, once)).toBe(once);
      }),
    );
  });

  test('given 17 digits and their check character in any case and padding, when normalised, then the canonical number remains', () => {
    const body = fc.stringMatching(/^\d{17}$/);
    fc.assert(
      fc.property(body, padding, padding, fc.boolean(), (digits, before, after, lower) => {
        const check = residentIdCheckDigit(digits);
        const typed = `${before}${digits}${lower ? check.toLowerCase() : check}${after}`;
        expect(normalizeIdNumber('resident_id_card', typed)).toBe(`${digits}${check}`);
      }),
    );
  });

  test('given any document and padding, when normalised, then the padding never survives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ID_TYPES),
        fc.stringMatching(/^[A-Za-z0-9-]{1,32}$/),
        padding,
        padding,
        (idType, core, before, after) => {
          const normalised = normalizeIdNumber(idType, `${before}${core}${after}`);
          expect(normalised).toBe(idType === 'resident_id_card' ? core.toUpperCase() : core);
        },
      ),
    );
  });
});
