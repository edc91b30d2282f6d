import type { components } from '@yilian/contract';
import { enumValues } from './enum-values.js';
import type { FieldIssue } from './field-issue.js';
import { isBlank, isOneOf } from './guards.js';
import { needsGuardian } from './identifiers.js';
import { isInstant, isLocalDate, parseInstant, type InstantInput } from './shanghai-time.js';

type Schemas = components['schemas'];
type Consent = Schemas['Consent'];
type ConsentPurpose = Schemas['ConsentPurpose'];
type FieldErrorCode = Schemas['FieldErrorCode'];

/**
 * Every consent purpose of the contract (PIPL Art. 29: one separate consent per purpose).
 * @example CONSENT_PURPOSES.includes('result_sharing') // true
 */
export const CONSENT_PURPOSES = enumValues<ConsentPurpose>()([
  'referral_transfer',
  'remote_consultation',
  'result_sharing',
]);

const CONSENT_METHODS = enumValues<Consent['method']>()([
  'written',
  'electronic_signature',
  'verbal_witnessed',
]);

/**
 * How far after `now` a consent's `grantedAt` may lie and still be accepted, in milliseconds (5 minutes). The
 * grant is stamped by the hospital system that recorded it, whose clock drifts from the server's; a consent
 * ticked a moment ago must not be refused as "from the future". Every consent check uses this one allowance.
 * @example parseInstant(consent.grantedAt) <= now.getTime() + CONSENT_CLOCK_SKEW_MS
 */
export const CONSENT_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The earliest `grantedAt` a consent may carry: 1900-01-01 in Shanghai. An earlier grant (year 0000 from a
 * zeroed date field) is no real consent, and PostgreSQL cannot store every such instant.
 * @example parseInstant(consent.grantedAt) >= parseInstant(CONSENT_EARLIEST_GRANT)
 */
export const CONSENT_EARLIEST_GRANT = '1900-01-01T00:00:00+08:00';

/**
 * Options of `checkConsent`.
 * @example const options: CheckConsentOptions = { purposes: ['referral_transfer'], pointer: '/consent' };
 */
export type CheckConsentOptions = {
  /** The purposes that cover this use of the patient's data; any other purpose is `consent_required`. */
  purposes: readonly ConsentPurpose[];
  /** Where the consent sits in the body (JSON Pointer); `/consent` by default. */
  pointer?: string;
  /**
   * The patient gives the consent themself (a `patient` token): no clinician records it, so `recordedBy` is not
   * required.
   */
  givenByPatient?: boolean;
};

/**
 * The field issues of a separate consent (PIPL Art. 29, 31) for one use of a patient's data: present
 * (`consent_required`), for one of `purposes` (`consent_required` at `…/purpose`), granted at a valid instant no
 * earlier than `CONSENT_EARLIEST_GRANT` and no later than `now` + `CONSENT_CLOCK_SKEW_MS` (`required`,
 * `invalid_format`, `out_of_range`), recorded by someone
 * (`required`), by a contract method (`required`, `invalid_enum`), and by a guardian when the patient is under 14
 * at `now` (`consent_required` at `…/byGuardian`). Whether the recorder exists is the caller's lookup. Empty when
 * the consent is valid.
 * @param consent - the consent as received (fields may be missing at run time)
 * @param patient - the patient it is for; only `birthDate` is read, and an invalid one is left to the patient check
 * @param now - the instant of the request
 * @param options - the purposes that cover this use, and where the consent sits
 * @example checkConsent(body.consent, body.patient, now, { purposes: ['referral_transfer'] }) // [] when valid
 */
export function checkConsent(
  consent: Partial<Consent> | null | undefined,
  patient: { birthDate?: unknown } | null | undefined,
  now: InstantInput,
  options: CheckConsentOptions,
): FieldIssue[] {
  const pointer = options.pointer ?? '/consent';
  if (consent === undefined || consent === null) {
    return [{ pointer, code: 'consent_required' }];
  }
  const issues: FieldIssue[] = [];
  const add = (field: string, code: FieldErrorCode): void => {
    issues.push({ pointer: `${pointer}/${field}`, code });
  };
  // A purpose the contract does not know is no more a consent for this use than a known, wrong one.
  if (!isOneOf(options.purposes, consent.purpose)) {
    add('purpose', 'consent_required');
  }
  const knowsNow = isInstant(now);
  if (isBlank(consent.grantedAt)) {
    add('grantedAt', 'required');
  } else if (!isInstant(consent.grantedAt)) {
    add('grantedAt', 'invalid_format');
  } else if (
    !(parseInstant(consent.grantedAt) >= parseInstant(CONSENT_EARLIEST_GRANT)) ||
    (knowsNow && parseInstant(consent.grantedAt) > parseInstant(now) + CONSENT_CLOCK_SKEW_MS)
  ) {
    add('grantedAt', 'out_of_range');
  }
  if (options.givenByPatient !== true && isBlank(consent.recordedBy)) {
    add('recordedBy', 'required');
  }
  if (consent.method === undefined) {
    add('method', 'required');
  } else if (!isOneOf(CONSENT_METHODS, consent.method)) {
    add('method', 'invalid_enum');
  }
  const birthDate = patient?.birthDate;
  const minor =
    typeof birthDate === 'string' && isLocalDate(birthDate) && knowsNow && needsGuardian(birthDate, now);
  if (minor && consent.byGuardian !== true) {
    add('byGuardian', 'consent_required');
  }
  return issues;
}
