import type { components } from '@yilian/contract';

/**
 * One invalid field found by a validator: where (a JSON Pointer, RFC 6901, into the body), which contract
 * `FieldErrorCode`, and the numbers or names its message interpolates. Never carries the submitted value, so an
 * issue can be logged without leaking patient data; `toFieldErrors` turns issues into the wire's `FieldError`s.
 * @example const issue: FieldIssue = { pointer: '/patient/idNumber', code: 'resident_id_checksum_mismatch' };
 */
export type FieldIssue = {
  pointer: string;
  code: components['schemas']['FieldErrorCode'];
  params?: Record<string, string | number>;
};
