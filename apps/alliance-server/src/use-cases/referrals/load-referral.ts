import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';
import { Failure, failures } from '../../failure.js';
import { lastAudit } from '../../stores/audit-store.js';
import type { ReferralRow } from '../../stores/referral-store.js';
import { findReferral } from '../../stores/referral-store.js';
import { compact, isoOrUndefined } from '../shared/present.js';

/** The referral if the actor's institution may see it; `not_found` otherwise, as for an id that does not exist. */
export async function mustLoadReferral(
  db: Queryable,
  referralId: string,
  actor: Actor,
): Promise<ReferralRow> {
  const row = await findReferral(db, referralId, actor.institutionId);
  if (!row) {
    throw failures.notFound();
  }
  return row;
}

/** The `version_conflict` of a stale `If-Match`: the current version and status, who changed it last and when. */
export async function versionConflict(db: Queryable, referralId: string, actor: Actor): Promise<Failure> {
  const current = await mustLoadReferral(db, referralId, actor);
  const change = await lastAudit(db, 'referral', referralId);
  return new Failure('version_conflict', {
    members: compact({
      currentVersion: current.version,
      currentStatus: current.status,
      changedAt: isoOrUndefined(change?.at ?? current.updated_at),
      changedBy: change?.actor ?? undefined,
    }),
  });
}
