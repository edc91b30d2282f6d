import type { components, operations } from '@yilian/contract';
import { page, timeCursor } from '../../pagination.js';
import { listReferrals as listReferralRows } from '../../stores/referral-store.js';
import type { ReferralReadContext } from './context.js';
import { expireDueReferrals } from './expire-due.js';
import { toReferral } from './present-referral.js';

/** The filters and page of a referral list, as the contract's query names them. */
export type ListReferralsQuery = NonNullable<operations['listReferrals']['parameters']['query']>;

/**
 * One page of the referrals the caller's institution may see, newest first, after expiring what is due among
 * them.
 */
export async function listReferrals(
  ctx: ReferralReadContext,
  query: ListReferralsQuery,
): Promise<components['schemas']['ReferralPage']> {
  const { db, actor, now } = ctx;
  await expireDueReferrals(db, now, { institutionId: actor.institutionId });
  const limit = query.limit ?? 20;
  const rows = await listReferralRows(db, actor.institutionId, {
    direction: query.direction,
    statuses: query.status,
    urgency: query.urgency,
    partyInstitutionId: query.partyInstitutionId,
    side: query.side,
    createdFrom: query.createdFrom ? new Date(query.createdFrom) : undefined,
    createdTo: query.createdTo ? new Date(query.createdTo) : undefined,
    after: timeCursor(query.cursor),
    limit: limit + 1,
  });
  const { items, nextCursor } = page(rows, limit, (row) => ({ at: new Date(row.created_at), id: row.id }));
  return { items: items.map((row) => toReferral(row, actor)), nextCursor };
}
