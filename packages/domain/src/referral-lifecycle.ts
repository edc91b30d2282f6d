import type { components } from '@yilian/contract';
import { enumValues } from './enum-values.js';
import type { FieldIssue } from './field-issue.js';
import { isBlank, isOneOf } from './guards.js';
import { checkConsent } from './consent.js';
import { validatePatientIdentity } from './identifiers.js';
import { validateReferralContent, validateReferralContentShape } from './referral-content.js';
import { isInstant, isLocalDate, toEpochMs, type InstantInput } from './shanghai-time.js';

type Schemas = components['schemas'];
type ReferralStatus = Schemas['ReferralStatus'];
type ReferralCommand = Schemas['ReferralCommand'];
type ReferralUrgency = Schemas['ReferralUrgency'];
type ReferralTransition = Schemas['ReferralTransition'];
type ReferralCreate = Schemas['ReferralCreate'];
type Referral = Schemas['Referral'];
type Role = Schemas['Role'];
type FieldErrorCode = Schemas['FieldErrorCode'];

/**
 * Every referral status, in lifecycle order (DOMAIN §3).
 * @example REFERRAL_STATUSES.includes(status)
 */
export const REFERRAL_STATUSES = enumValues<ReferralStatus>()([
  'draft',
  'submitted',
  'accepted',
  'rejected',
  'arrived',
  'in_treatment',
  'reported',
  'closed',
  'cancelled',
  'no_show',
  'expired',
]);

/**
 * Every referral command, in the order `allowedCommands` lists them (forward steps first, then cancel).
 * @example REFERRAL_COMMANDS[0] // 'submit'
 */
export const REFERRAL_COMMANDS = enumValues<ReferralCommand>()([
  'submit',
  'accept',
  'reject',
  'record_arrival',
  'start_treatment',
  'report',
  'close',
  'mark_no_show',
  'cancel',
]);

/**
 * The statuses nothing leaves; only `closed` is a closed loop.
 * @example TERMINAL_STATUSES.length // 5
 */
export const TERMINAL_STATUSES = [
  'rejected',
  'closed',
  'cancelled',
  'no_show',
  'expired',
] as const satisfies readonly ReferralStatus[];

const URGENCIES = enumValues<ReferralUrgency>()(['routine', 'urgent', 'green_channel']);
const DIRECTIONS = enumValues<Schemas['ReferralDirection']>()(['up', 'down']);
const GREEN_CHANNEL_CATEGORIES = enumValues<Schemas['GreenChannelCategory']>()([
  'stroke',
  'chest_pain',
  'trauma',
  'maternal',
  'neonatal',
  'critical',
  'rare_disease',
]);
const REJECT_REASON_CODES = enumValues<Schemas['RejectReasonCode']>()([
  'no_capacity',
  'no_capability',
  'outside_scope',
  'incomplete_information',
  'not_indicated',
  'patient_declined',
  'other',
]);
const CANCEL_REASON_CODES = enumValues<Schemas['CancelReasonCode']>()([
  'patient_declined',
  'condition_improved',
  'condition_worsened',
  'referred_elsewhere',
  'entered_in_error',
  'other',
]);
const REFERRAL_CONSENT_PURPOSES: readonly Schemas['ConsentPurpose'][] = ['referral_transfer'];
const TREATMENT_SETTINGS = enumValues<NonNullable<Schemas['StartTreatmentCommand']['setting']>>()([
  'outpatient',
  'inpatient',
]);

// `expired` is reached only from `submitted`, by the clock (`isExpiredAt`), so no command leads there.
const TRANSITIONS: Record<ReferralStatus, Partial<Record<ReferralCommand, ReferralStatus>>> = {
  draft: { submit: 'submitted', cancel: 'cancelled' },
  submitted: { accept: 'accepted', reject: 'rejected', cancel: 'cancelled' },
  accepted: { record_arrival: 'arrived', cancel: 'cancelled', mark_no_show: 'no_show' },
  arrived: { start_treatment: 'in_treatment' },
  in_treatment: { report: 'reported' },
  reported: { close: 'closed' },
  rejected: {},
  closed: {},
  cancelled: {},
  no_show: {},
  expired: {},
};

/**
 * The status a command moves a referral to, or `null` when the command does not apply in that status.
 * @param status - the current status
 * @param command - the command to apply
 * @example referralTransition('submitted', 'accept') // 'accepted'
 */
export function referralTransition(status: ReferralStatus, command: ReferralCommand): ReferralStatus | null {
  return TRANSITIONS[status][command] ?? null;
}

/**
 * Whether nothing can leave the status (rejected, closed, cancelled, no_show, expired).
 * @param status - a referral status
 * @example isTerminal('closed') // true
 */
export function isTerminal(status: ReferralStatus): boolean {
  return (TERMINAL_STATUSES as readonly ReferralStatus[]).includes(status);
}

/**
 * Who acts: a role of the contract, the institution the token acts for, and the clinician if any.
 * @example const actor: ReferralActor = { role: 'receiver', institutionId: 'ins_pumch', clinicianId: 'cln_pumch_neuro_li' };
 */
export type ReferralActor = { role: Role; institutionId: string; clinicianId?: string };

/**
 * The fields of a referral that decide who may do what: any object with at least these, e.g. a contract `Referral`.
 * @example const parties: ReferralParties = { status: 'submitted', sendingInstitutionId: 'ins_cz', receivingInstitutionId: 'ins_pumch', urgency: 'urgent' };
 */
export type ReferralParties = Pick<
  Referral,
  'status' | 'sendingInstitutionId' | 'receivingInstitutionId' | 'urgency'
>;

const SENDING_ROLES: readonly Role[] = ['referrer', 'coordinator'];
const RECEIVING_ROLES: readonly Role[] = ['receiver', 'coordinator'];

/**
 * Whether a role ever issues referral commands. Admins and experts read referrals but never move one: an admin
 * oversees the alliance without being a clinical party, and a visiting expert acts through the host institution's
 * receivers. Widgets use it to leave out the actions section altogether; `allowedCommands` is empty for them.
 * @param role - a contract `Role`
 * @example mayActOnReferrals('expert') // false
 */
export function mayActOnReferrals(role: Role): boolean {
  return role !== 'admin' && role !== 'expert';
}

// A coordinator acts only for its own institution's side.
function mayIssue(referral: ReferralParties, actor: ReferralActor, command: ReferralCommand): boolean {
  if (!mayActOnReferrals(actor.role)) {
    return false;
  }
  const sending = actor.institutionId === referral.sendingInstitutionId;
  const receiving = actor.institutionId === referral.receivingInstitutionId;
  switch (command) {
    case 'submit':
    case 'close':
      return sending && SENDING_ROLES.includes(actor.role);
    case 'cancel':
      if (referral.status === 'draft' || referral.status === 'submitted') {
        return sending && SENDING_ROLES.includes(actor.role);
      }
      return (
        (actor.role === 'coordinator' && (sending || receiving)) || (actor.role === 'referrer' && sending)
      );
    case 'accept':
    case 'reject':
    case 'record_arrival':
    case 'start_treatment':
    case 'report':
    case 'mark_no_show':
      return receiving && RECEIVING_ROLES.includes(actor.role);
    default:
      return command satisfies never;
  }
}

/**
 * The commands this actor may issue on this referral now, in `REFERRAL_COMMANDS` order; widgets show only these.
 * Empty for admins and experts (they may read everything but issue nothing) and for institutions that are not a
 * party. Body rules (e.g. a reject reason) are not considered; `decideCommand` checks them.
 * @param referral - status, urgency and the two institutions
 * @param actor - who asks
 * @example allowedCommands({ status: 'submitted', sendingInstitutionId: 'a', receivingInstitutionId: 'b', urgency: 'routine' }, { role: 'receiver', institutionId: 'b' }) // ['accept', 'reject']
 */
export function allowedCommands(referral: ReferralParties, actor: ReferralActor): ReferralCommand[] {
  return REFERRAL_COMMANDS.filter(
    (command) => referralTransition(referral.status, command) !== null && mayIssue(referral, actor, command),
  );
}

/**
 * The outcome of `decideCommand`: the next status, or the contract `ProblemCode` the server answers with.
 * @example const decision: CommandDecision = { ok: false, problem: 'forbidden' };
 */
export type CommandDecision =
  | { ok: true; command: ReferralCommand; from: ReferralStatus; to: ReferralStatus }
  | { ok: false; problem: 'not_found' | 'forbidden' }
  | { ok: false; problem: 'invalid_transition'; allowedCommands: ReferralCommand[] }
  | { ok: false; problem: 'validation_failed'; errors: FieldIssue[] };

/**
 * Decides a command on a referral, checking in the order a server answers: the command exists
 * (`validation_failed`), the actor's institution is a party (`not_found`, so outsiders learn nothing; admins, who
 * may read, get `forbidden`), the role and side may issue it (`forbidden`), the status allows it
 * (`invalid_transition`, with what is allowed instead), then the body (`validation_failed` with field issues).
 * @param referral - status, urgency and the two institutions
 * @param actor - who issues the command
 * @param body - the contract `ReferralTransition` as received
 * @example decideCommand(referral, actor, { command: 'close', note: '已电话随访，恢复良好。' }) // { ok: true, command: 'close', from: 'reported', to: 'closed' }
 */
export function decideCommand(
  referral: ReferralParties,
  actor: ReferralActor,
  body: ReferralTransition,
): CommandDecision {
  const command: unknown = (body as { command?: unknown } | null)?.command;
  if (!isOneOf(REFERRAL_COMMANDS, command)) {
    return {
      ok: false,
      problem: 'validation_failed',
      errors: [{ pointer: '/command', code: command === undefined ? 'required' : 'invalid_enum' }],
    };
  }
  if (actor.role === 'admin') {
    return { ok: false, problem: 'forbidden' };
  }
  const isParty =
    actor.institutionId === referral.sendingInstitutionId ||
    actor.institutionId === referral.receivingInstitutionId;
  if (!isParty) {
    return { ok: false, problem: 'not_found' };
  }
  if (!mayIssue(referral, actor, command)) {
    return { ok: false, problem: 'forbidden' };
  }
  const to = referralTransition(referral.status, command);
  if (to === null) {
    return { ok: false, problem: 'invalid_transition', allowedCommands: allowedCommands(referral, actor) };
  }
  const errors = validateReferralTransition(body, referral);
  if (errors.length > 0) {
    return { ok: false, problem: 'validation_failed', errors };
  }
  return { ok: true, command, from: referral.status, to };
}

/**
 * The field issues of a command body, whatever the referral's status: reject needs a reason code and text (and on
 * a green-channel referral `no_capability` and an alternative institution, DOMAIN §3); accept needs an
 * appointment with department and time; record_arrival an arrival time; report a report; close a note; cancel a
 * reason code, with text when the code is `other`. Forms use it before sending; `decideCommand` calls it last.
 * @param body - the contract `ReferralTransition` as received
 * @param referral - the referral's urgency
 * @example validateReferralTransition({ command: 'cancel', reasonCode: 'other' }, { urgency: 'routine' }) // [{ pointer: '/reasonText', code: 'reason_text_required' }]
 */
export function validateReferralTransition(
  body: ReferralTransition,
  referral: Pick<Referral, 'urgency'>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (pointer: string, code: FieldErrorCode): void => {
    issues.push({ pointer, code });
  };
  switch (body.command) {
    case 'submit':
    case 'mark_no_show':
      break;
    case 'accept': {
      const appointment: Partial<Schemas['ReferralAppointment']> | undefined = body.appointment;
      if (appointment === undefined || appointment === null) {
        add('/appointment', 'required');
        break;
      }
      if (isBlank(appointment.departmentId)) {
        add('/appointment/departmentId', 'required');
      }
      if (isBlank(appointment.scheduledAt)) {
        add('/appointment/scheduledAt', 'required');
      } else if (!isInstant(appointment.scheduledAt)) {
        add('/appointment/scheduledAt', 'invalid_format');
      }
      break;
    }
    case 'reject': {
      if (body.reasonCode === undefined) {
        add('/reasonCode', 'reject_reason_required');
      } else if (!isOneOf(REJECT_REASON_CODES, body.reasonCode)) {
        add('/reasonCode', 'invalid_enum');
      } else if (referral.urgency === 'green_channel') {
        // DOMAIN §3 green channel: refuse only for lack of capability, and name where the patient should go.
        if (body.reasonCode !== 'no_capability') {
          add('/reasonCode', 'reject_reason_required');
        }
        if (isBlank(body.alternativeInstitutionId)) {
          add('/alternativeInstitutionId', 'required');
        }
      }
      if (isBlank(body.reasonText)) {
        add('/reasonText', 'reason_text_required');
      }
      break;
    }
    case 'cancel':
      if (body.reasonCode === undefined) {
        add('/reasonCode', 'required');
      } else if (!isOneOf(CANCEL_REASON_CODES, body.reasonCode)) {
        add('/reasonCode', 'invalid_enum');
      } else if (body.reasonCode === 'other' && isBlank(body.reasonText)) {
        add('/reasonText', 'reason_text_required');
      }
      break;
    case 'record_arrival':
      if (isBlank(body.arrivedAt)) {
        add('/arrivedAt', 'required');
      } else if (!isInstant(body.arrivedAt)) {
        add('/arrivedAt', 'invalid_format');
      }
      break;
    case 'start_treatment':
      if (body.setting !== undefined && !isOneOf(TREATMENT_SETTINGS, body.setting)) {
        add('/setting', 'invalid_enum');
      }
      break;
    case 'report': {
      const report: Partial<Schemas['ReferralReport']> | undefined = body.report;
      if (report === undefined || report === null) {
        add('/report', 'required');
        break;
      }
      if (isBlank(report.diagnosis?.text)) {
        add('/report/diagnosis/text', 'required');
      }
      if (isBlank(report.treatment)) {
        add('/report/treatment', 'required');
      }
      if (isBlank(report.advice)) {
        add('/report/advice', 'required');
      }
      if (report.dischargedAt !== undefined && !isInstant(report.dischargedAt)) {
        add('/report/dischargedAt', 'invalid_format');
      }
      break;
    }
    case 'close':
      if (isBlank(body.note)) {
        add('/note', 'required');
      }
      break;
    default:
      return body satisfies never;
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------------------------
// Answer SLA and expiry (DOMAIN §3; all [D] design defaults, configurable)

/**
 * Minutes per urgency: how soon a submitted referral should be answered, and when it expires unanswered.
 * @example const policy: ReferralSlaPolicy = { ...DEFAULT_REFERRAL_SLA_POLICY, expireAfter: { routine: 4320, urgent: 720, green_channel: 60 } };
 */
export type ReferralSlaPolicy = {
  readonly answerWithin: Readonly<Record<ReferralUrgency, number>>;
  readonly expireAfter: Readonly<Record<ReferralUrgency, number>>;
};

/**
 * [D] defaults: answer routine ≤ 48 h, urgent ≤ 2 h, green channel ≤ 15 min; expire unanswered after routine 72 h
 * (DOMAIN §3), urgent 24 h, green channel 2 h (toolkit choices, no regulation found).
 * @example answerDeadline('urgent', submittedAt, DEFAULT_REFERRAL_SLA_POLICY)
 */
export const DEFAULT_REFERRAL_SLA_POLICY: ReferralSlaPolicy = Object.freeze({
  answerWithin: Object.freeze({ routine: 48 * 60, urgent: 2 * 60, green_channel: 15 }),
  expireAfter: Object.freeze({ routine: 72 * 60, urgent: 24 * 60, green_channel: 2 * 60 }),
});

/**
 * When a submitted referral should have been answered.
 * @param urgency - the referral's urgency
 * @param submittedAt - when it was submitted
 * @param policy - the minutes per urgency; defaults to `DEFAULT_REFERRAL_SLA_POLICY`
 * @example answerDeadline('green_channel', '2026-11-22T10:00:00+08:00').toISOString() // '2026-11-22T02:15:00.000Z'
 */
export function answerDeadline(
  urgency: ReferralUrgency,
  submittedAt: InstantInput,
  policy: ReferralSlaPolicy = DEFAULT_REFERRAL_SLA_POLICY,
): Date {
  return new Date(toEpochMs(submittedAt) + policy.answerWithin[urgency] * 60_000);
}

/**
 * The first instant at which an unanswered submitted referral is expired.
 * @param urgency - the referral's urgency
 * @param submittedAt - when it was submitted
 * @param policy - the minutes per urgency; defaults to `DEFAULT_REFERRAL_SLA_POLICY`
 * @example expiresAt('routine', '2026-11-22T10:00:00+08:00').toISOString() // '2026-11-25T02:00:00.000Z'
 */
export function expiresAt(
  urgency: ReferralUrgency,
  submittedAt: InstantInput,
  policy: ReferralSlaPolicy = DEFAULT_REFERRAL_SLA_POLICY,
): Date {
  return new Date(toEpochMs(submittedAt) + policy.expireAfter[urgency] * 60_000);
}

/**
 * Whether the clock should move the referral to `expired` at `now`: it is still `submitted` and `now` has reached
 * its expiry. False without a valid `submittedAt`.
 * @param referral - status, urgency and submission time
 * @param now - the clock's instant
 * @param policy - the minutes per urgency; defaults to `DEFAULT_REFERRAL_SLA_POLICY`
 * @example isExpiredAt({ status: 'submitted', urgency: 'routine', submittedAt: '2026-11-22T10:00:00+08:00' }, '2026-11-25T10:00:00+08:00') // true
 */
export function isExpiredAt(
  referral: Pick<Referral, 'status' | 'urgency' | 'submittedAt'>,
  now: InstantInput,
  policy: ReferralSlaPolicy = DEFAULT_REFERRAL_SLA_POLICY,
): boolean {
  if (
    referral.status !== 'submitted' ||
    referral.submittedAt === undefined ||
    !isInstant(referral.submittedAt)
  ) {
    return false;
  }
  return toEpochMs(now) >= expiresAt(referral.urgency, referral.submittedAt, policy).getTime();
}

// ---------------------------------------------------------------------------------------------------------------
// A new referral

/**
 * Context of `validateReferralCreate`.
 * @example validateReferralCreate(body, { now: request.receivedAt, allianceInstitutionIds: alliance.memberInstitutionIds });
 */
export type ValidateReferralCreateOptions = {
  /**
   * The instant of the request: birth dates may not be after it, nor consent beyond `CONSENT_CLOCK_SKEW_MS`; the
   * guardian age is taken at it.
   */
  now: InstantInput;
  /** When given, the receiving institution must be one of these (`receiving_institution_not_in_alliance`). */
  allianceInstitutionIds?: readonly string[];
};

const ICD10_CLINICAL = /^[A-Z]\d{2}\.[0-9x]\d{2}(x\d{3})?$/;

/**
 * The field issues of a contract `ReferralCreate` (DOMAIN §3 转诊单): direction and urgency; a green-channel
 * category exactly when urgent by green channel; two different institutions; a parent for down-referrals; the
 * patient (identity document, birth date, phone, guardian under 14); diagnosis and reason; the content fields'
 * shape (`validateReferralContentShape`) and, with `submit: true`, the content required at submit
 * (`validateReferralContent`); and a separate consent for `referral_transfer` (`checkConsent`), given by a
 * guardian for patients under 14. Empty when the body is valid.
 * @param body - the request body as received
 * @param options - `now`, and optionally the alliance's institution ids
 * @example validateReferralCreate(body, { now: '2026-11-22T10:00:00+08:00' }) // []
 */
export function validateReferralCreate(
  body: ReferralCreate,
  options: ValidateReferralCreateOptions,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (pointer: string, code: FieldErrorCode): void => {
    issues.push({ pointer, code });
  };
  const { now } = options;

  if (body.direction === undefined) {
    add('/direction', 'required');
  } else if (!isOneOf(DIRECTIONS, body.direction)) {
    add('/direction', 'invalid_enum');
  }

  if (body.urgency === undefined) {
    add('/urgency', 'required');
  } else if (!isOneOf(URGENCIES, body.urgency)) {
    add('/urgency', 'invalid_enum');
  } else if (body.urgency === 'green_channel' && body.greenChannelCategory === undefined) {
    add('/greenChannelCategory', 'green_channel_category_required');
  } else if (body.urgency !== 'green_channel' && body.greenChannelCategory !== undefined) {
    add('/greenChannelCategory', 'green_channel_category_not_allowed');
  }
  if (
    body.greenChannelCategory !== undefined &&
    !isOneOf(GREEN_CHANNEL_CATEGORIES, body.greenChannelCategory)
  ) {
    add('/greenChannelCategory', 'invalid_enum');
  }

  if (isBlank(body.sendingInstitutionId)) {
    add('/sendingInstitutionId', 'required');
  }
  if (isBlank(body.receivingInstitutionId)) {
    add('/receivingInstitutionId', 'required');
  } else if (body.receivingInstitutionId === body.sendingInstitutionId) {
    add('/receivingInstitutionId', 'receiving_institution_same_as_sending');
  } else if (
    options.allianceInstitutionIds !== undefined &&
    !options.allianceInstitutionIds.includes(body.receivingInstitutionId)
  ) {
    add('/receivingInstitutionId', 'receiving_institution_not_in_alliance');
  }

  if (body.direction === 'down' && isBlank(body.parentReferralId)) {
    add('/parentReferralId', 'parent_referral_required');
  }

  const patient: ReferralCreate['patient'] | undefined = body.patient;
  if (patient === undefined || patient === null) {
    add('/patient', 'required');
  } else {
    issues.push(...validatePatientIdentity(patient, now, '/patient'));
  }

  const diagnosis: Partial<ReferralCreate['diagnosis']> | undefined = body.diagnosis;
  if (diagnosis === undefined || diagnosis === null) {
    add('/diagnosis', 'required');
  } else {
    if (isBlank(diagnosis.text)) {
      add('/diagnosis/text', 'required');
    }
    if (diagnosis.code !== undefined && !ICD10_CLINICAL.test(diagnosis.code)) {
      add('/diagnosis/code', 'invalid_format');
    }
  }
  if (isBlank(body.reason)) {
    add('/reason', 'required');
  }
  body.followUpDates?.forEach((date, index) => {
    if (typeof date !== 'string' || !isLocalDate(date)) {
      add(`/followUpDates/${index}`, 'invalid_format');
    }
  });

  issues.push(...validateReferralContentShape(body));
  // Drafts may be incomplete; the content a receiving doctor needs is required when the form is sent.
  if (body.submit === true) {
    issues.push(...validateReferralContent(body));
  }

  // A transfer to another institution needs its own consent (PIPL Art. 29), given by a guardian under 14.
  issues.push(...checkConsent(body.consent, patient, now, { purposes: REFERRAL_CONSENT_PURPOSES }));
  return issues;
}
