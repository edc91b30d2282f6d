import type { components } from '@yilian/contract';
import { enumValues } from './enum-values.js';
import { REFERRAL_STATUSES, answerDeadline, type ReferralSlaPolicy } from './referral-lifecycle.js';
import { isInstant, toEpochMs, type InstantInput } from './shanghai-time.js';

type Schemas = components['schemas'];
type ReferralStatus = Schemas['ReferralStatus'];
type ReferralStatusGroup = Schemas['ReferralStatusGroup'];
type Referral = Schemas['Referral'];

/**
 * The tabs of a work queue, in the order a clinician works them (DOMAIN §3): what waits for an answer, what is
 * under way, what owes a report, what the sender must close, what is over. Drafts first, as the sender's own.
 * @example REFERRAL_STATUS_GROUPS[1] // 'awaiting_answer'
 */
export const REFERRAL_STATUS_GROUPS = enumValues<ReferralStatusGroup>()([
  'draft',
  'awaiting_answer',
  'returned',
  'in_progress',
  'awaiting_report',
  'to_close',
  'closed_or_ended',
]);

/**
 * The group of every status. A `Record` over the contract's statuses, so a new status does not compile until it
 * is given a tab.
 */
const GROUP_OF_STATUS: Readonly<Record<ReferralStatus, ReferralStatusGroup>> = Object.freeze({
  draft: 'draft',
  submitted: 'awaiting_answer',
  returned: 'returned',
  accepted: 'in_progress',
  arrived: 'in_progress',
  in_treatment: 'awaiting_report',
  reported: 'to_close',
  closed: 'closed_or_ended',
  rejected: 'closed_or_ended',
  cancelled: 'closed_or_ended',
  no_show: 'closed_or_ended',
  expired: 'closed_or_ended',
});

/**
 * The work-queue tab a status belongs to; every status is in exactly one group.
 * @param status - a referral status
 * @example statusGroupOf('in_treatment') // 'awaiting_report'
 */
export function statusGroupOf(status: ReferralStatus): ReferralStatusGroup {
  return GROUP_OF_STATUS[status];
}

/**
 * The statuses of a work-queue tab, in lifecycle order: what a list's `status` filter takes for that tab.
 * @param group - a status group
 * @example statusesOfGroup('in_progress') // ['accepted', 'arrived']
 */
export function statusesOfGroup(group: ReferralStatusGroup): ReferralStatus[] {
  return REFERRAL_STATUSES.filter((s) => GROUP_OF_STATUS[s] === group);
}

/**
 * How close an answer is to its deadline, for a queue's countdown and alert: `none` when nothing is owed (not
 * `submitted`, or no deadline), `on_time`, `nearing` within `nearWithinMs` of it, `overdue` at or after it.
 * @example const s: AnswerSla = { state: 'nearing', dueAt: new Date(), remainingMs: 120_000 };
 */
export type AnswerSla =
  | { readonly state: 'none' }
  | {
      readonly state: 'on_time' | 'nearing' | 'overdue';
      readonly dueAt: Date;
      /** Milliseconds to the deadline; negative once it has passed. */
      readonly remainingMs: number;
    };

/** Options of `answerSla`. */
export type AnswerSlaOptions = {
  /** How long before the deadline a referral counts as `nearing`; default 5 minutes. */
  nearWithinMs?: number;
  /** The SLA policy when the referral carries no `answerDueAt`; defaults to `DEFAULT_REFERRAL_SLA_POLICY`. */
  policy?: ReferralSlaPolicy;
};

/** [D] A green-channel answer is due in 15 minutes: warn in its last 5 (toolkit choice). */
export const ANSWER_SLA_NEAR_WITHIN_MS = 5 * 60_000;

/**
 * Where a referral stands against its answer deadline at `now`. The deadline is the server's `answerDueAt`,
 * or, for a representation without it, `answerDeadline(urgency, submittedAt)`; only a `submitted` referral owes
 * an answer.
 * @param referral - status, urgency, submission time and (when known) the deadline
 * @param now - the clock's instant
 * @param options - the warning window and the policy
 * @example answerSla({ status: 'submitted', urgency: 'green_channel', submittedAt: '2026-12-03T10:00:00+08:00' }, '2026-12-03T10:11:00+08:00').state // 'nearing'
 */
export function answerSla(
  referral: Pick<Referral, 'status' | 'urgency' | 'submittedAt' | 'answerDueAt'>,
  now: InstantInput,
  options: AnswerSlaOptions = {},
): AnswerSla {
  if (referral.status !== 'submitted') {
    return { state: 'none' };
  }
  let dueAt: Date;
  if (referral.answerDueAt !== undefined && isInstant(referral.answerDueAt)) {
    dueAt = new Date(toEpochMs(referral.answerDueAt));
  } else if (referral.submittedAt !== undefined && isInstant(referral.submittedAt)) {
    dueAt = answerDeadline(referral.urgency, referral.submittedAt, options.policy);
  } else {
    return { state: 'none' };
  }
  const remainingMs = dueAt.getTime() - toEpochMs(now);
  const nearWithinMs = options.nearWithinMs ?? ANSWER_SLA_NEAR_WITHIN_MS;
  const state = remainingMs <= 0 ? 'overdue' : remainingMs <= nearWithinMs ? 'nearing' : 'on_time';
  return { state, dueAt, remainingMs };
}

/** The contract's `q` pattern: the beginning of a number like `ZZ-20261203-000001`. */
const NUMBER_QUERY = /^[A-Za-z]{1,8}(-[0-9]{0,8}(-[0-9]{0,12})?)?$/;

/**
 * Whether `q` is something the list's number search takes: a referral number or its beginning (letters, then
 * hyphen-separated digits). Anything else — a name, an ID number — must not be sent, as it would land in a URL.
 * @param q - what the user typed, trimmed
 * @example isReferralNumberQuery('ZZ-20261203') // true
 */
export function isReferralNumberQuery(q: string): boolean {
  return q.length <= 32 && NUMBER_QUERY.test(q);
}
