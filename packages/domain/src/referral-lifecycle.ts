import type { components } from '@yilian/contract';
import { enumValues } from './enum-values.js';
import type { FieldIssue } from './field-issue.js';
import { isBlank, isOneOf } from './guards.js';
import { CONSENT_CLOCK_SKEW_MS, checkConsent } from './consent.js';
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
  'returned',
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
  'resubmit',
  'accept',
  'reject',
  'return_for_info',
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
  // 退回补充 is not a rejection: the sender completes the form and resubmits, or gives up (DOMAIN §3 corrections).
  submitted: { accept: 'accepted', reject: 'rejected', return_for_info: 'returned', cancel: 'cancelled' },
  returned: { resubmit: 'submitted', cancel: 'cancelled' },
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
 * `direction` widens the sending side of a down-referral (see `sendingRoles`); without it the referral is taken as
 * an up-referral.
 * @example const parties: ReferralParties = { status: 'submitted', sendingInstitutionId: 'ins_cz', receivingInstitutionId: 'ins_pumch', urgency: 'urgent' };
 */
export type ReferralParties = Pick<
  Referral,
  'status' | 'sendingInstitutionId' | 'receivingInstitutionId' | 'urgency'
> &
  Partial<Pick<Referral, 'direction'>>;

const UP_SENDING_ROLES: readonly Role[] = ['referrer', 'coordinator'];
// A down-referral leaves the lead hospital from the ward that treated the patient: its receiving doctors write it
// (DOMAIN §3 corrections: the receiving or coordinating side of the lead institution creates it directly).
const DOWN_SENDING_ROLES: readonly Role[] = ['referrer', 'receiver', 'coordinator'];
const RECEIVING_ROLES: readonly Role[] = ['receiver', 'coordinator'];

/**
 * The roles of the sending institution that write, submit, resubmit, cancel and close a referral: referrers and
 * coordinators; for a down-referral also receivers (the lead hospital's ward that treated the patient).
 * @param direction - the referral's direction; `up` when unknown
 * @example sendingRoles('down') // ['referrer', 'receiver', 'coordinator']
 */
export function sendingRoles(direction: Schemas['ReferralDirection'] | undefined): readonly Role[] {
  return direction === 'down' ? DOWN_SENDING_ROLES : UP_SENDING_ROLES;
}

/**
 * Whether a role ever issues referral commands. Admins and experts read referrals but never move one (and a patient
 * token never reads them in full): an admin
 * oversees the alliance without being a clinical party, and a visiting expert acts through the host institution's
 * receivers. Widgets use it to leave out the actions section altogether; `allowedCommands` is empty for them.
 * @param role - a contract `Role`
 * @example mayActOnReferrals('expert') // false
 */
export function mayActOnReferrals(role: Role): boolean {
  return role !== 'admin' && role !== 'expert' && role !== 'patient';
}

// A coordinator acts only for its own institution's side.
function mayIssue(referral: ReferralParties, actor: ReferralActor, command: ReferralCommand): boolean {
  if (!mayActOnReferrals(actor.role)) {
    return false;
  }
  const sending = actor.institutionId === referral.sendingInstitutionId;
  const receiving = actor.institutionId === referral.receivingInstitutionId;
  const senders = sendingRoles(referral.direction);
  switch (command) {
    case 'submit':
    case 'resubmit':
    case 'close':
      return sending && senders.includes(actor.role);
    case 'cancel':
      if (referral.status === 'draft' || referral.status === 'submitted' || referral.status === 'returned') {
        return sending && senders.includes(actor.role);
      }
      return (
        (actor.role === 'coordinator' && (sending || receiving)) || (sending && senders.includes(actor.role))
      );
    case 'accept':
    case 'reject':
    case 'return_for_info':
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
  | { ok: false; problem: 'validation_failed'; errors: FieldIssue[] }
  | { ok: false; problem: 'no_show_too_early'; noShowAllowedFrom: string };

/**
 * What the time rules of a command read from the referral besides its parties: when it was (last) submitted and
 * the appointment it was accepted with. A contract `Referral` will do.
 * @example const facts: ReferralTimeFacts = { submittedAt: referral.submittedAt, appointment: referral.appointment };
 */
export type ReferralTimeFacts = Partial<Pick<Referral, 'submittedAt' | 'appointment'>>;

/**
 * The clock of a decision: `now` (the server's instant) and the no-show grace. Without `now` the time rules
 * (arrival not in the future nor before submission, no-show only after the appointment plus grace, a window not
 * already over) are left to the server, which always passes it.
 * @example const options: DecideOptions = { now: new Date() };
 */
export type DecideOptions = {
  now?: InstantInput;
  noShowPolicy?: NoShowPolicy;
};

/**
 * Decides a command on a referral, checking in the order a server answers: the command exists
 * (`validation_failed`), the actor's institution is a party (`not_found`, so outsiders learn nothing; admins, who
 * may read, get `forbidden`), the role and side may issue it (`forbidden`), the status allows it
 * (`invalid_transition`, with what is allowed instead), the body (`validation_failed` with field issues), then,
 * given `now`, when it may be issued (`no_show_too_early`, with the first instant it may).
 * @param referral - status, urgency, direction, the two institutions, and for the time rules `submittedAt` and
 *   `appointment`
 * @param actor - who issues the command
 * @param body - the contract `ReferralTransition` as received
 * @param options - the clock (`now`) and the no-show grace
 * @example decideCommand(referral, actor, { command: 'close', note: '已电话随访，恢复良好。' }) // { ok: true, command: 'close', from: 'reported', to: 'closed' }
 */
export function decideCommand(
  referral: ReferralParties & ReferralTimeFacts,
  actor: ReferralActor,
  body: ReferralTransition,
  options: DecideOptions = {},
): CommandDecision {
  const command: unknown = (body as { command?: unknown } | null)?.command;
  if (!isOneOf(REFERRAL_COMMANDS, command)) {
    return {
      ok: false,
      problem: 'validation_failed',
      errors: [{ pointer: '/command', code: command === undefined ? 'required' : 'invalid_enum' }],
    };
  }
  if (actor.role === 'admin' || actor.role === 'patient') {
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
  const errors = validateReferralTransition(body, referral, { now: options.now });
  if (errors.length > 0) {
    return { ok: false, problem: 'validation_failed', errors };
  }
  if (command === 'mark_no_show' && options.now !== undefined && referral.appointment !== undefined) {
    const from = noShowAllowedFrom(referral.appointment, options.noShowPolicy);
    if (from !== null && toEpochMs(options.now) < from.getTime()) {
      return { ok: false, problem: 'no_show_too_early', noShowAllowedFrom: from.toISOString() };
    }
  }
  return { ok: true, command, from: referral.status, to };
}

/**
 * Options of `validateReferralTransition`.
 * @example validateReferralTransition(body, referral, { now: new Date() });
 */
export type ValidateTransitionOptions = {
  /** The instant of the request; without it the time rules are left to the server. */
  now?: InstantInput | undefined;
};

/**
 * The longest `return_for_info` note (the contract's `maxLength`).
 * @example note.length <= RETURN_NOTE_MAX_LENGTH
 */
export const RETURN_NOTE_MAX_LENGTH = 2000;

/**
 * How far ahead of the server's clock a recorded arrival may be: the clocks of a ward PC and the server drift
 * apart, and a receptionist types the minute the patient walked in. The consent rule's tolerance, for the same
 * reason.
 * @example Date.parse(arrivedAt) <= now + ARRIVAL_CLOCK_SKEW_MS
 */
export const ARRIVAL_CLOCK_SKEW_MS = CONSENT_CLOCK_SKEW_MS;

function validateAppointment(
  appointment: Partial<Schemas['ReferralAppointment']> | undefined | null,
  now: InstantInput | undefined,
  add: (pointer: string, code: FieldErrorCode) => void,
): void {
  if (appointment === undefined || appointment === null) {
    add('/appointment', 'required');
    return;
  }
  if (isBlank(appointment.departmentId)) {
    add('/appointment/departmentId', 'required');
  }
  const hasTime = appointment.scheduledAt !== undefined && appointment.scheduledAt !== null;
  const window: Partial<Schemas['AppointmentWindow']> | undefined | null = appointment.window;
  // An exact time or an allowed window, never both: the no-show rule and the patient's letter read one of them.
  if (window === undefined || window === null) {
    if (!hasTime) {
      add('/appointment/scheduledAt', 'appointment_time_or_window');
    } else if (isBlank(appointment.scheduledAt)) {
      add('/appointment/scheduledAt', 'required');
    } else if (!isInstant(appointment.scheduledAt)) {
      add('/appointment/scheduledAt', 'invalid_format');
    }
    return;
  }
  if (hasTime) {
    add('/appointment/window', 'appointment_time_or_window');
    return;
  }
  let valid = true;
  for (const end of ['from', 'to'] as const) {
    if (isBlank(window[end])) {
      add(`/appointment/window/${end}`, 'required');
      valid = false;
    } else if (!isInstant(window[end])) {
      add(`/appointment/window/${end}`, 'invalid_format');
      valid = false;
    }
  }
  if (!valid) {
    return;
  }
  const from = toEpochMs(window.from as InstantInput);
  const to = toEpochMs(window.to as InstantInput);
  if (from >= to) {
    add('/appointment/window/to', 'interval_invalid');
  } else if (now !== undefined && to <= toEpochMs(now)) {
    add('/appointment/window/to', 'appointment_window_in_past');
  }
}

/**
 * The field issues of a command body, whatever the referral's status: reject needs a reason code and text (and on
 * a green-channel referral `no_capability` and an alternative institution, DOMAIN §3); accept needs an
 * appointment with department and exactly one of a time or an allowed window (`from` before `to`, `to` not past);
 * record_arrival an arrival time, neither in the future (beyond `ARRIVAL_CLOCK_SKEW_MS`) nor before the referral
 * was submitted; report a report; close a note; return_for_info a note of at most 2000 characters; cancel a reason
 * code, with text when the code is `other`. Forms use it before sending; `decideCommand` calls it last. The rules
 * that need the clock apply only when `options.now` is given.
 * @param body - the contract `ReferralTransition` as received
 * @param referral - the referral's urgency, and `submittedAt` for the arrival rule
 * @param options - the instant of the request
 * @example validateReferralTransition({ command: 'cancel', reasonCode: 'other' }, { urgency: 'routine' }) // [{ pointer: '/reasonText', code: 'reason_text_required' }]
 */
export function validateReferralTransition(
  body: ReferralTransition,
  referral: Pick<Referral, 'urgency'> & Partial<Pick<Referral, 'submittedAt'>>,
  options: ValidateTransitionOptions = {},
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (pointer: string, code: FieldErrorCode): void => {
    issues.push({ pointer, code });
  };
  const { now } = options;
  switch (body.command) {
    case 'submit':
    case 'mark_no_show':
      break;
    case 'resubmit':
      if (
        body.note !== undefined &&
        typeof body.note === 'string' &&
        body.note.length > RETURN_NOTE_MAX_LENGTH
      ) {
        issues.push({ pointer: '/note', code: 'too_long', params: { max: RETURN_NOTE_MAX_LENGTH } });
      }
      break;
    case 'return_for_info':
      if (isBlank(body.note)) {
        add('/note', 'required');
      } else if (body.note.length > RETURN_NOTE_MAX_LENGTH) {
        issues.push({ pointer: '/note', code: 'too_long', params: { max: RETURN_NOTE_MAX_LENGTH } });
      }
      break;
    case 'accept':
      validateAppointment(body.appointment, now, add);
      break;
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
      } else if (now !== undefined && toEpochMs(body.arrivedAt) > toEpochMs(now) + ARRIVAL_CLOCK_SKEW_MS) {
        add('/arrivedAt', 'arrival_in_future');
      } else if (
        referral.submittedAt !== undefined &&
        isInstant(referral.submittedAt) &&
        toEpochMs(body.arrivedAt) < toEpochMs(referral.submittedAt)
      ) {
        add('/arrivedAt', 'arrival_before_submission');
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
// No-show grace (DOMAIN §3 corrections: no-show only after the appointment, or the window's end, plus a grace)

/**
 * [D] How long after the appointment a patient who has not come may be marked as a no-show: minutes after an
 * exact time, and minutes after the end of an allowed window.
 * @example const policy: NoShowPolicy = { afterScheduledMinutes: 60, afterWindowMinutes: 0 };
 */
export type NoShowPolicy = {
  readonly afterScheduledMinutes: number;
  readonly afterWindowMinutes: number;
};

/**
 * [D] defaults: 30 minutes after an exact time (a patient held up in traffic is not a no-show); at the end of an
 * allowed window, which already is the grace.
 * @example noShowAllowedFrom(appointment, DEFAULT_NO_SHOW_POLICY)
 */
export const DEFAULT_NO_SHOW_POLICY: NoShowPolicy = Object.freeze({
  afterScheduledMinutes: 30,
  afterWindowMinutes: 0,
});

/**
 * The first instant at which a patient who has not arrived may be marked as a no-show: the appointment time plus
 * the grace, or the window's end plus its grace. `null` when the appointment names no valid time.
 * @param appointment - the accepted referral's appointment
 * @param policy - the grace; defaults to `DEFAULT_NO_SHOW_POLICY`
 * @example noShowAllowedFrom({ departmentId: 'dep_x', scheduledAt: '2026-11-23T13:00:00+08:00' })?.toISOString() // '2026-11-23T05:30:00.000Z'
 */
export function noShowAllowedFrom(
  appointment: Pick<Schemas['ReferralAppointment'], 'scheduledAt' | 'window'>,
  policy: NoShowPolicy = DEFAULT_NO_SHOW_POLICY,
): Date | null {
  if (appointment.window !== undefined && isInstant(appointment.window.to)) {
    return new Date(toEpochMs(appointment.window.to) + policy.afterWindowMinutes * 60_000);
  }
  if (appointment.scheduledAt !== undefined && isInstant(appointment.scheduledAt)) {
    return new Date(toEpochMs(appointment.scheduledAt) + policy.afterScheduledMinutes * 60_000);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Answer SLA, expiry and escalation (DOMAIN §3; all [D] design defaults, configurable)

/** The urgencies that expire unanswered; a green-channel referral escalates instead (DOMAIN §3 corrections). */
type ExpiringUrgency = Exclude<ReferralUrgency, 'green_channel'>;

/**
 * Minutes per urgency: how soon a submitted referral should be answered, and when a routine or urgent one expires
 * unanswered. Green channel has no expiry: past its answer SLA it is overdue and escalated, never silently
 * dropped (the patient is usually already on the way).
 * @example const policy: ReferralSlaPolicy = { ...DEFAULT_REFERRAL_SLA_POLICY, expireAfter: { routine: 4320, urgent: 720 } };
 */
export type ReferralSlaPolicy = {
  readonly answerWithin: Readonly<Record<ReferralUrgency, number>>;
  readonly expireAfter: Readonly<Record<ExpiringUrgency, number>>;
};

/**
 * [D] defaults: answer routine ≤ 48 h, urgent ≤ 2 h, green channel ≤ 15 min; expire unanswered after routine 72 h
 * (DOMAIN §3) and urgent 24 h (toolkit choices, no regulation found); green channel never expires.
 * @example answerDeadline('urgent', submittedAt, DEFAULT_REFERRAL_SLA_POLICY)
 */
export const DEFAULT_REFERRAL_SLA_POLICY: ReferralSlaPolicy = Object.freeze({
  answerWithin: Object.freeze({ routine: 48 * 60, urgent: 2 * 60, green_channel: 15 }),
  expireAfter: Object.freeze({ routine: 72 * 60, urgent: 24 * 60 }),
});

/**
 * When a submitted referral should have been answered; a resubmission restarts it (pass the latest submission).
 * @param urgency - the referral's urgency
 * @param submittedAt - when it was (last) submitted
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
 * The first instant at which an unanswered submitted referral is expired, or `null` for green channel, which
 * never expires (it escalates at its answer deadline instead, `isOverdueAt`).
 * @param urgency - the referral's urgency
 * @param submittedAt - when it was (last) submitted
 * @param policy - the minutes per urgency; defaults to `DEFAULT_REFERRAL_SLA_POLICY`
 * @example expiresAt('routine', '2026-11-22T10:00:00+08:00')?.toISOString() // '2026-11-25T02:00:00.000Z'
 */
export function expiresAt(
  urgency: ReferralUrgency,
  submittedAt: InstantInput,
  policy: ReferralSlaPolicy = DEFAULT_REFERRAL_SLA_POLICY,
): Date | null {
  if (urgency === 'green_channel') {
    return null;
  }
  return new Date(toEpochMs(submittedAt) + policy.expireAfter[urgency] * 60_000);
}

/**
 * Whether the clock should move the referral to `expired` at `now`: it is still `submitted`, not green channel,
 * and `now` has reached its expiry. False without a valid `submittedAt`.
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
  const expiry = expiresAt(referral.urgency, referral.submittedAt, policy);
  return expiry !== null && toEpochMs(now) >= expiry.getTime();
}

/**
 * Whether a referral is overdue at `now`: green channel, still `submitted` (nobody answered), and `now` has
 * reached its answer deadline — the stored `answerDueAt` when given, else the one `answerDeadline` computes from
 * `submittedAt`. An overdue referral is escalated (to the coordinator) and stays in every list; it never expires.
 * @param referral - status, urgency and `answerDueAt` or `submittedAt`
 * @param now - the clock's instant
 * @param policy - the minutes per urgency; defaults to `DEFAULT_REFERRAL_SLA_POLICY`
 * @example isOverdueAt({ status: 'submitted', urgency: 'green_channel', submittedAt: '2026-11-22T10:00:00+08:00' }, '2026-11-22T10:15:00+08:00') // true
 */
export function isOverdueAt(
  referral: Pick<Referral, 'status' | 'urgency'> & Partial<Pick<Referral, 'submittedAt' | 'answerDueAt'>>,
  now: InstantInput,
  policy: ReferralSlaPolicy = DEFAULT_REFERRAL_SLA_POLICY,
): boolean {
  if (referral.status !== 'submitted' || referral.urgency !== 'green_channel') {
    return false;
  }
  let due: number;
  if (referral.answerDueAt !== undefined && isInstant(referral.answerDueAt)) {
    due = toEpochMs(referral.answerDueAt);
  } else if (referral.submittedAt !== undefined && isInstant(referral.submittedAt)) {
    due = answerDeadline(referral.urgency, referral.submittedAt, policy).getTime();
  } else {
    return false;
  }
  return toEpochMs(now) >= due;
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
  /**
   * Whether the sending institution leads an alliance the receiving institution belongs to. A down-referral without
   * a parent is sent only by such a lead institution (a patient admitted directly at the tertiary hospital, DOMAIN
   * §3 corrections); when `false` it needs its parent (`parent_referral_required`). Unknown (absent) in a form,
   * which leaves the check to the server.
   */
  senderLeadsReceiver?: boolean;
};

const ICD10_CLINICAL = /^[A-Z]\d{2}\.[0-9x]\d{2}(x\d{3})?$/;

/**
 * The field issues of a contract `ReferralCreate` (DOMAIN §3 转诊单): direction and urgency; a green-channel
 * category exactly when urgent by green channel; two different institutions; a parent for a down-referral unless the
 * sender leads the receiver's alliance (`senderLeadsReceiver`); the patient (identity document, birth date, phone,
 * guardian under 14); diagnosis and reason; the content fields' shape (`validateReferralContentShape`) and, with
 * `submit: true`, the content required at submit (`validateReferralContent`); and a separate consent for
 * `referral_transfer` (`checkConsent`), given by a guardian for patients under 14. Empty when the body is valid.
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

  if (body.direction === 'down' && isBlank(body.parentReferralId) && options.senderLeadsReceiver === false) {
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
