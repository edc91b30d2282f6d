import type { components } from '@yilian/contract';
import { enumValues } from './enum-values.js';
import type { FieldIssue } from './field-issue.js';
import { isBlank, isOneOf } from './guards.js';
import {
  ageInYears,
  isCalendarDate,
  isInstant,
  isLocalDate,
  shanghaiDate,
  type InstantInput,
  type LocalDate,
} from './shanghai-time.js';

type FieldErrorCode = components['schemas']['FieldErrorCode'];
type Patient = components['schemas']['Patient'];
type IdType = components['schemas']['IdType'];
type Sex = components['schemas']['Sex'];
type InsuranceType = components['schemas']['InsuranceType'];

const SEXES = enumValues<Sex>()(['male', 'female', 'unknown']);
const ID_TYPES = enumValues<IdType>()([
  'resident_id_card',
  'passport',
  'hk_macao_permit',
  'taiwan_permit',
  'foreign_permanent_residence',
  'other',
]);
const INSURANCE_TYPES = enumValues<InsuranceType>()([
  'urban_employee',
  'urban_rural_resident',
  'new_rural_cooperative',
  'commercial',
  'self_pay',
  'other',
]);

// ---------------------------------------------------------------------------------------------------------------
// 居民身份证号 (GB 11643-1999), ISO 7064 MOD 11-2

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const RESIDENT_ID_CHECK_TABLE = '10X98765432';

/**
 * The codes `validateResidentId` can fail with.
 * @example const code: ResidentIdErrorCode = 'resident_id_checksum_mismatch';
 */
export type ResidentIdErrorCode = Extract<
  FieldErrorCode,
  | 'resident_id_length'
  | 'resident_id_format'
  | 'resident_id_legacy_15'
  | 'resident_id_birth_date_invalid'
  | 'resident_id_birth_date_future'
  | 'resident_id_checksum_mismatch'
>;

/**
 * What a valid 居民身份证号 tells: its normalized form, birth date, sex (odd sequence = male) and region.
 * @example const result: ResidentIdValidation = validateResidentId('110105199003071239');
 */
export type ResidentIdValidation =
  | { ok: true; value: string; birthDate: LocalDate; sex: 'male' | 'female'; regionCode: string }
  | { ok: false; code: ResidentIdErrorCode };

/**
 * Options of `validateResidentId`.
 * @example validateResidentId(input, { at: new Date(request.receivedAt) });
 */
export type ValidateResidentIdOptions = {
  /** When given, a birth date after this instant's Shanghai day is refused. */
  at?: InstantInput;
};

/**
 * The ISO 7064 MOD 11-2 check digit of a resident ID body (`0`–`9` or `X`).
 * @param first17 - the 17 digits before the check digit; anything else throws a `RangeError`
 * @example residentIdCheckDigit('11010519900307123') // '9'
 */
export function residentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('Expected the 17 digits before the check digit');
  }
  const sum = Array.from(first17).reduce(
    (total, digit, index) => total + Number(digit) * (RESIDENT_ID_WEIGHTS[index] ?? 0),
    0,
  );
  return RESIDENT_ID_CHECK_TABLE.charAt(sum % 11);
}

function birthDateOf(yyyymmdd: string): LocalDate | undefined {
  const [year, month, day] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)];
  return isCalendarDate(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : undefined;
}

/**
 * Validates an 18-character 居民身份证号: length, shape, birth date (a real day, not in the future), check digit.
 * Surrounding spaces are ignored and a lower-case `x` is accepted. A 15-digit legacy number is refused with
 * `resident_id_legacy_15`; offer `convertLegacyResidentId` instead.
 * @param input - the number as typed
 * @param options - `at`: the instant the birth date must not be after
 * @example validateResidentId('12010119851231005x') // { ok: true, value: '12010119851231005X', birthDate: '1985-12-31', sex: 'male', regionCode: '120101' }
 */
export function validateResidentId(
  input: string,
  options: ValidateResidentIdOptions = {},
): ResidentIdValidation {
  if (typeof input !== 'string') {
    return { ok: false, code: 'resident_id_format' };
  }
  const value = input.trim().toUpperCase();
  if (value.length === 15) {
    return { ok: false, code: /^\d{15}$/.test(value) ? 'resident_id_legacy_15' : 'resident_id_format' };
  }
  if (value.length !== 18) {
    return { ok: false, code: 'resident_id_length' };
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, code: 'resident_id_format' };
  }
  const birthDate = birthDateOf(value.slice(6, 14));
  if (birthDate === undefined) {
    return { ok: false, code: 'resident_id_birth_date_invalid' };
  }
  if (options.at !== undefined && birthDate > shanghaiDate(options.at)) {
    return { ok: false, code: 'resident_id_birth_date_future' };
  }
  if (residentIdCheckDigit(value.slice(0, 17)) !== value.charAt(17)) {
    return { ok: false, code: 'resident_id_checksum_mismatch' };
  }
  const sex = Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, birthDate, sex, regionCode: value.slice(0, 6) };
}

/**
 * The 18-digit form of a legacy 15-digit 身份证号 (born 1900–1999): `19` goes before the `yymmdd` birth date and a
 * check digit is appended. `undefined` when the input is not 15 digits with a real birth date.
 * @param legacy - the 15-digit number
 * @example convertLegacyResidentId('110105900307123') // '110105199003071239'
 */
export function convertLegacyResidentId(legacy: string): string | undefined {
  const value = typeof legacy === 'string' ? legacy.trim() : '';
  if (!/^\d{15}$/.test(value)) {
    return undefined;
  }
  const body = `${value.slice(0, 6)}19${value.slice(6)}`;
  if (birthDateOf(body.slice(6, 14)) === undefined) {
    return undefined;
  }
  return body + residentIdCheckDigit(body);
}

// ---------------------------------------------------------------------------------------------------------------
// 统一社会信用代码 (GB 32100-2015) and its embedded 组织机构代码 (GB 11714)

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * What a valid 统一社会信用代码 holds, by position.
 * @example const result: UsccValidation = validateUscc('121101051234567888');
 */
export type UsccValidation =
  | {
      ok: true;
      value: string;
      /** Position 1: 登记管理部门 (1 机构编制, 5 民政, 9 工商, Y other). */
      registrationAuthority: string;
      /** Positions 1–2: 机构类别 (12 事业单位, 52 民办非企业, 91 企业 …). */
      entityType: string;
      /** Positions 3–8: 登记管理机关行政区划码. */
      regionCode: string;
      /** Positions 9–17: the GB 11714 组织机构代码. */
      organizationCode: string;
      /**
       * Whether position 17 is the GB 11714 check of positions 9–16. Informational only: the rule is not verified
       * against the standard, and real codes may not follow it.
       */
      organizationCodeValid: boolean;
    }
  | { ok: false; code: Extract<FieldErrorCode, 'uscc_format' | 'uscc_checksum_mismatch'> };

/**
 * The GB 32100 check character of a 统一社会信用代码 body.
 * @param first17 - the 17 characters before the check, from `0123456789ABCDEFGHJKLMNPQRTUWXY`; else a `RangeError`
 * @example usccCheckChar('52130900876543210') // 'J'
 */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17 || !Array.from(first17).every((char) => USCC_ALPHABET.includes(char))) {
    throw new RangeError('Expected 17 characters of the USCC alphabet');
  }
  const sum = Array.from(first17).reduce(
    (total, char, index) => total + USCC_ALPHABET.indexOf(char) * (USCC_WEIGHTS[index] ?? 0),
    0,
  );
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * The GB 11714 check character of an 组织机构代码 body (digits, and `A`–`Z` counting 10–35). DOMAIN marks this
 * rule [K] (unverified), so `validateUscc` reports it without failing on it.
 * @param first8 - the 8 characters before the check; anything else throws a `RangeError`
 * @example organizationCodeCheckChar('12345678') // '8'
 */
export function organizationCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) {
    throw new RangeError('Expected 8 characters 0-9 or A-Z');
  }
  const sum = Array.from(first8).reduce(
    (total, char, index) => total + parseInt(char, 36) * (ORGANIZATION_CODE_WEIGHTS[index] ?? 0),
    0,
  );
  const check = 11 - (sum % 11);
  if (check === 10) {
    return 'X';
  }
  return check === 11 ? '0' : String(check);
}

/**
 * Validates a 统一社会信用代码: 18 characters of the GB 32100 alphabet (no I O S V Z) and its check character.
 * Spaces around it are ignored and lower case is accepted.
 * @param input - the code as typed
 * @example validateUscc('121101051234567888').ok // true
 */
export function validateUscc(input: string): UsccValidation {
  const value = typeof input === 'string' ? input.trim().toUpperCase() : '';
  if (value.length !== 18 || !Array.from(value).every((char) => USCC_ALPHABET.includes(char))) {
    return { ok: false, code: 'uscc_format' };
  }
  if (usccCheckChar(value.slice(0, 17)) !== value.charAt(17)) {
    return { ok: false, code: 'uscc_checksum_mismatch' };
  }
  const organizationCode = value.slice(8, 17);
  return {
    ok: true,
    value,
    registrationAuthority: value.slice(0, 1),
    entityType: value.slice(0, 2),
    regionCode: value.slice(2, 8),
    organizationCode,
    organizationCodeValid:
      organizationCodeCheckChar(organizationCode.slice(0, 8)) === organizationCode.charAt(8),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Phone numbers

/**
 * A valid phone in normalized form: an 11-digit mobile, or a landline as `0AA(A)-NNNNNNN(N)`.
 * @example const phone: PhoneValidation = validatePhone('010-69156114');
 */
export type PhoneValidation =
  | { ok: true; kind: 'mobile'; value: string }
  | { ok: true; kind: 'landline'; value: string; areaCode: string }
  | { ok: false; code: Extract<FieldErrorCode, 'phone_invalid'> };

/**
 * Validates a mainland phone number: a mobile `1[3-9]` + 9 digits (a `+86`, `0086` or `86` prefix, spaces and
 * dashes are allowed), or a landline `0` + 2–3 digit area code + 7–8 digits, with an optional dash. Without a
 * dash the area code is split as China numbers it: `010` and `02X` have two digits after the 0, others three.
 * @param input - the number as typed
 * @example validatePhone('+86 138-1234-1234') // { ok: true, kind: 'mobile', value: '13812341234' }
 */
export function validatePhone(input: string): PhoneValidation {
  const invalid = { ok: false, code: 'phone_invalid' } as const;
  if (typeof input !== 'string') {
    return invalid;
  }
  const trimmed = input.trim();
  const mobile = trimmed.replace(/[\s-]/g, '').replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  if (/^1[3-9]\d{9}$/.test(mobile)) {
    return { ok: true, kind: 'mobile', value: mobile };
  }
  const separated = /^(0\d{2,3})[-\s]+(\d{7,8})$/.exec(trimmed);
  if (separated?.[1] !== undefined && separated[2] !== undefined) {
    return landline(separated[1], separated[2]);
  }
  if (/^0\d{9,11}$/.test(trimmed)) {
    const areaLength = /^0[12]/.test(trimmed) ? 3 : 4;
    const local = trimmed.slice(areaLength);
    return /^\d{7,8}$/.test(local) ? landline(trimmed.slice(0, areaLength), local) : invalid;
  }
  return invalid;
}

function landline(areaCode: string, local: string): PhoneValidation {
  return { ok: true, kind: 'landline', value: `${areaCode}-${local}`, areaCode };
}

// ---------------------------------------------------------------------------------------------------------------
// A patient's identity as a whole

const OTHER_ID_MAX_LENGTH = 32;
/**
 * Below this age a guardian consents for the patient (PIPL Art. 31).
 * @example GUARDIAN_CONSENT_AGE // 14
 */
export const GUARDIAN_CONSENT_AGE = 14;

/**
 * Whether a patient born on `birthDate` is under 14 at `at` (Shanghai calendar), so a guardian must consent.
 * @param birthDate - `YYYY-MM-DD`
 * @param at - the instant of the consent or request
 * @example needsGuardian('2015-01-01', '2026-11-22T10:00:00+08:00') // true
 */
export function needsGuardian(birthDate: LocalDate, at: InstantInput): boolean {
  return ageInYears(birthDate, shanghaiDate(at)) < GUARDIAN_CONSENT_AGE;
}

/**
 * Validates a patient block: name, sex, birth date (a real day, not after `at`), the identity document (for
 * `resident_id_card` the GB 11643 number whose birth date equals `birthDate`; otherwise 1–32 of `A–Z a–z 0–9 -`),
 * phone, insurance type, and a guardian's name for patients under 14. Issues point under `pointer`.
 * @param patient - the patient as received (fields may be missing at run time)
 * @param at - the instant of the request, for "not in the future" and the guardian age
 * @param pointer - where the patient sits in the body
 * @example validatePatientIdentity(body.patient, now, '/patient') // [] when valid
 */
export function validatePatientIdentity(
  patient: Pick<Patient, 'name' | 'sex' | 'birthDate' | 'idType' | 'idNumber'> &
    Partial<Pick<Patient, 'phone' | 'insuranceType' | 'guardianName'>>,
  at: InstantInput,
  pointer = '/patient',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: FieldErrorCode, params?: FieldIssue['params']): void => {
    issues.push(
      params === undefined
        ? { pointer: `${pointer}/${field}`, code }
        : { pointer: `${pointer}/${field}`, code, params },
    );
  };

  if (isBlank(patient.name)) {
    add('name', 'required');
  }
  if (patient.sex === undefined) {
    add('sex', 'required');
  } else if (!isOneOf(SEXES, patient.sex)) {
    add('sex', 'invalid_enum');
  }

  const today = isInstant(at) ? shanghaiDate(at) : undefined;
  let birthDate: LocalDate | undefined;
  if (isBlank(patient.birthDate)) {
    add('birthDate', 'required');
  } else if (!isLocalDate(patient.birthDate)) {
    add('birthDate', 'invalid_format');
  } else if (today !== undefined && patient.birthDate > today) {
    add('birthDate', 'out_of_range');
  } else {
    birthDate = patient.birthDate;
  }

  if (patient.idType === undefined) {
    add('idType', 'required');
  } else if (!isOneOf(ID_TYPES, patient.idType)) {
    add('idType', 'invalid_enum');
  } else if (isBlank(patient.idNumber)) {
    add('idNumber', 'required');
  } else if (patient.idType === 'resident_id_card') {
    const result = validateResidentId(patient.idNumber, today === undefined ? {} : { at });
    if (!result.ok) {
      add('idNumber', result.code);
    } else if (birthDate !== undefined && result.birthDate !== birthDate) {
      add('idNumber', 'resident_id_birth_date_invalid');
    }
  } else if (patient.idNumber.trim().length > OTHER_ID_MAX_LENGTH) {
    add('idNumber', 'too_long', { max: OTHER_ID_MAX_LENGTH });
  } else if (!/^[A-Za-z0-9-]+$/.test(patient.idNumber.trim())) {
    add('idNumber', 'invalid_format');
  }

  if (patient.phone !== undefined && !validatePhone(patient.phone).ok) {
    add('phone', 'phone_invalid');
  }
  if (patient.insuranceType !== undefined && !isOneOf(INSURANCE_TYPES, patient.insuranceType)) {
    add('insuranceType', 'invalid_enum');
  }
  if (
    birthDate !== undefined &&
    today !== undefined &&
    needsGuardian(birthDate, at) &&
    isBlank(patient.guardianName)
  ) {
    add('guardianName', 'required');
  }
  return issues;
}

/**
 * The stored and compared form of an identity number: white space around it removed for every document type
 * (a pasted or scanned number often carries it, ideographic space included), and for `resident_id_card` also
 * upper case, since the GB 11643 check character is `X` and people type `x`. Other documents keep their case:
 * only the ID card defines one canonical form, and changing a passport's letters would alter what was recorded.
 * Run it before storing, hashing into a lookup key, or sending; validators accept either form.
 * @param idType - the contract `IdType` of the document (any other string is treated as a non-ID-card document)
 * @param idNumber - the number as typed
 * @example normalizeIdNumber('resident_id_card', ' 12010119851231005x ') // '12010119851231005X'
 * @example normalizeIdNumber('passport', ' e12345678 ') // 'e12345678'
 */
export function normalizeIdNumber(idType: string, idNumber: string): string {
  const trimmed = idNumber.trim();
  return idType === 'resident_id_card' ? trimmed.toUpperCase() : trimmed;
}
