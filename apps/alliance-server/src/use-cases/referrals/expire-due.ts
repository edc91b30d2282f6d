import type { Database, Queryable } from '../../db/database.js';
import { appendAudit } from '../../stores/audit-store.js';
import { appendEvent } from '../../stores/event-store.js';
import type { ReferralScope } from '../../stores/referral-store.js';
import { escalateDueRows, expireDueRows, hasDueReferrals } from '../../stores/referral-store.js';
import { iso } from '../shared/present.js';
import { feedParties } from './referral-feed.js';

/** What a sweep of the server's clock did. */
export interface SweepResult {
  /** Routine and urgent referrals moved to `expired`. */
  expired: number;
  /** Green-channel referrals escalated for being unanswered at their SLA. */
  escalated: number;
}

/**
 * The duties of the server's clock on referrals, in the caller's transaction: moves every routine or urgent
 * submitted referral whose answer window has run out to `expired`, and escalates every green-channel referral
 * still unanswered at its answer deadline (DOMAIN §3 corrections: green channel never expires silently; it stays
 * `submitted`, shows as overdue and reaches the coordinators through `referral.escalated` on the feed and its
 * webhooks). Audit and feed events are dated at the deadline, so the result does not depend on when the sweep runs;
 * each referral is expired or escalated by one sweep only, however many run at once.
 * @param scope - only one referral, or only those an institution is party to (keeps row locks small)
 * @returns how many referrals were expired and escalated
 */
export async function sweepDue(tx: Queryable, now: Date, scope: ReferralScope = {}): Promise<SweepResult> {
  const expired = await expireDueRows(tx, now, scope);
  for (const row of expired) {
    const at = new Date(row.expires_at);
    await appendAudit(tx, {
      resourceType: 'referral',
      resourceId: row.id,
      at,
      actor: null,
      action: 'expire',
      fromStatus: 'submitted',
      toStatus: 'expired',
    });
    await appendEvent(tx, {
      type: 'referral.expired',
      resourceId: row.id,
      at,
      data: { status: 'expired', version: row.version, overdue: false },
      institutionIds: feedParties(row, true),
    });
  }
  const escalated = await escalateDueRows(tx, now, scope);
  for (const row of escalated) {
    const at = new Date(row.answer_due_at);
    await appendAudit(tx, {
      resourceType: 'referral',
      resourceId: row.id,
      at,
      actor: null,
      action: 'escalate',
      fromStatus: 'submitted',
      toStatus: 'submitted',
    });
    await appendEvent(tx, {
      type: 'referral.escalated',
      resourceId: row.id,
      at,
      data: { status: 'submitted', version: row.version, overdue: true, answerDueAt: iso(at) },
      institutionIds: feedParties(row, true),
    });
  }
  return { expired: expired.length, escalated: escalated.length };
}

/**
 * Runs `sweepDue` in one transaction: expires the routine and urgent referrals whose SLA (domain `expiresAt`,
 * stored at submission) has run out by `now`, and escalates the green-channel referrals unanswered at their
 * deadline. The reads run it first, so behaviour follows the server's clock; the CLI calls it on an interval.
 * @param db - the database
 * @param now - the server clock's instant
 * @param scope - optionally one referral or one institution's referrals
 * @example await sweepDueReferrals(db, new Date()) // { expired: 3, escalated: 1 }
 */
export async function sweepDueReferrals(
  db: Database,
  now: Date,
  scope: ReferralScope = {},
): Promise<SweepResult> {
  // Reads call this on every request: a read-only probe first, and a write transaction only when one is due.
  if (!(await hasDueReferrals(db, now, scope))) {
    return { expired: 0, escalated: 0 };
  }
  return db.transaction((tx) => sweepDue(tx, now, scope));
}

/**
 * `sweepDueReferrals`, answering how many referrals it expired (the read paths and the CLI call it; it escalates
 * the overdue green-channel referrals too).
 * @example await expireDueReferrals(db, new Date()) // 3
 */
export async function expireDueReferrals(
  db: Database,
  now: Date,
  scope: ReferralScope = {},
): Promise<number> {
  return (await sweepDueReferrals(db, now, scope)).expired;
}

/**
 * `sweepDue` in the caller's transaction, answering how many referrals it expired (a write sweeps the one referral
 * it changes first).
 */
export async function expireDue(tx: Queryable, now: Date, scope: ReferralScope = {}): Promise<number> {
  return (await sweepDue(tx, now, scope)).expired;
}
