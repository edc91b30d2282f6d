import type { FieldIssue } from '@yilian/domain';
import {
  convertLegacyResidentId,
  isLocalDate,
  needsGuardian,
  shanghaiDate,
  validateResidentId,
} from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';

/** The patient's identity as a form holds it while it is typed: every field a plain, serializable string. */
export interface PatientIdentityValue {
  name: string;
  sex: Schemas['Sex'] | '';
  /** `YYYY-MM-DD`, possibly incomplete while typed. */
  birthDate: string;
  idType: Schemas['IdType'];
  idNumber: string;
  phone: string;
  /** Only sent for a patient under 14 (`needsGuardianField`). */
  guardianName: string;
}

/** No patient typed yet: a 居民身份证 is the document asked for first. */
export const EMPTY_PATIENT_IDENTITY: PatientIdentityValue = {
  name: '',
  sex: '',
  birthDate: '',
  idType: 'resident_id_card',
  idNumber: '',
  phone: '',
  guardianName: '',
};

/** A field of the patient's identity. */
export type PatientIdentityField = keyof PatientIdentityValue;

/** The contract's length limits of the patient's text fields. */
export const PATIENT_IDENTITY_LIMITS: Partial<Record<PatientIdentityField, number>> = {
  name: 64,
  idNumber: 32,
  phone: 20,
  guardianName: 64,
};

/**
 * The one guardian rule of the widgets' patient fields: a guardian's name (and consent by the guardian) is asked for
 * once the birth date is a complete date, not in the future, and makes the patient a minor (domain `needsGuardian`).
 * @param birthDate - `YYYY-MM-DD` as typed, possibly incomplete
 * @param at - the clock's instant
 * @example needsGuardianField('2015-06-01', new Date('2026-01-01')) // true
 */
export function needsGuardianField(birthDate: string, at: Date): boolean {
  return isLocalDate(birthDate) && birthDate <= shanghaiDate(at) && needsGuardian(birthDate, at);
}

/** What the ID number as typed says now: the domain's verdict and, for a legacy 15-digit number, its 18-digit form. */
export interface IdNumberCheck {
  /** The domain's verdict when the number is not a valid one of its document type; none while blank. */
  error?: Pick<FieldIssue, 'code' | 'params'> | undefined;
  /** The 18-digit form of a legacy 15-digit 身份证号, to offer instead (none for any other number). */
  converted?: string | undefined;
  /** A valid 居民身份证号 tells the birth date and sex. */
  birthDate?: string | undefined;
  sex?: Schemas['Sex'] | undefined;
}

/**
 * Checks an ID number as typed with the domain rule the server enforces: the GB 11643 length, birth date and
 * checksum of a 居民身份证号. Other documents are checked on submit.
 * @param idType - the document type
 * @param idNumber - the number as typed
 * @param at - the clock's instant (a birth date may not be after it)
 * @example checkIdNumber('resident_id_card', '110105199003071239', now) // { birthDate: '1990-03-07', sex: 'male' }
 */
export function checkIdNumber(idType: Schemas['IdType'], idNumber: string, at: Date): IdNumberCheck {
  if (idNumber.trim() === '') {
    return {};
  }
  // note: other documents are checked on submit (validatePatientIdentity): only the ID card has a rule worth live
  if (idType !== 'resident_id_card') {
    return {};
  }
  const result = validateResidentId(idNumber, { at });
  if (result.ok) {
    return { birthDate: result.birthDate, sex: result.sex };
  }
  return { error: { code: result.code }, converted: convertLegacyResidentId(idNumber) };
}

/**
 * The change typing an ID number makes: the number, and the birth date and sex a valid 居民身份证号 carries, into
 * the fields still blank (so they cannot disagree with it, and are never overwritten).
 * @param value - the identity before the change
 * @param idNumber - the number as typed
 * @param at - the clock's instant
 * @example idNumberPatch(empty, '110105199003071239', now) // { idNumber: …, birthDate: '1990-03-07', sex: 'male' }
 */
export function idNumberPatch(
  value: PatientIdentityValue,
  idNumber: string,
  at: Date,
): Partial<PatientIdentityValue> {
  const check = checkIdNumber(value.idType, idNumber, at);
  return {
    idNumber,
    ...(check.birthDate !== undefined && value.birthDate === '' ? { birthDate: check.birthDate } : {}),
    ...(check.sex !== undefined && value.sex === '' ? { sex: check.sex } : {}),
  };
}
