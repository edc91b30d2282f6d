import type { Database, Queryable } from '../../db/database.js';
import { appendAudit } from '../../stores/audit-store.js';
import { appendEvent } from '../../stores/event-store.js';
import type { ReferralScope } from '../../stores/referral-store.js';
import { expireDueRows, hasDueReferrals } from '../../stores/referral-store.js';
import { feedParties } from './referral-feed.js';

/**
 * Moves every submitted referral whose answer window has run out to `expired`, in the caller's transaction, with
 * its audit and feed events dated at the expiry instant, so the result does not depend on when the sweep runs.
 * @param scope - only one referral, or only those an institution is party to (keeps row locks small)
 * @returns the number of referrals expired
 */
export async function expireDue(tx: Queryable, now: Date, scope: ReferralScope = {}): Promise<number> {
  const rows = await expireDueRows(tx, now, scope);
  for (const row of rows) {
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
      data: { status: 'expired', version: row.version },
      institutionIds: feedParties(row, true),
    });
  }
  return rows.length;
}

/**
 * Expires, in one transaction, every submitted referral whose SLA (domain `expiresAt`, stored at submission) has
 * run out by `now`. The reads run it first, so behaviour follows the server's clock; the CLI calls it on an
 * interval.
 * @param db - the database
 * @param now - the server clock's instant
 * @param scope - optionally one referral or one institution's referrals
 * @example await expireDueReferrals(db, new Date()) // 3
 */
export async function expireDueReferrals(
  db: Database,
  now: Date,
  scope: ReferralScope = {},
): Promise<number> {
  // Reads call this on every request: a read-only probe first, and a write transaction only when one is due.
  if (!(await hasDueReferrals(db, now, scope))) {
    return 0;
  }
  return db.transaction((tx) => expireDue(tx, now, scope));
}
