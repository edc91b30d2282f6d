import type { components, operations } from '@yilian/contract';
import { REFERRAL_STATUS_GROUPS, statusGroupOf } from '@yilian/domain';
import { page, rankCursor, timeCursor } from '../../pagination.js';
import {
  countReferrals as countReferralRows,
  listReferrals as listReferralRows,
  listReferralsUnlessDue,
  type ReferralFilter,
} from '../../stores/referral-store.js';
import type { ReferralReadContext } from './context.js';
import { expireDueReferrals } from './expire-due.js';
import type { ListedReferralRow, ReferralListQuery } from '../../stores/referral-store.js';
import { toReferral } from './present-referral.js';

/** The filters, order and page of a referral list, as the contract's query names them. */
export type ListReferralsQuery = NonNullable<operations['listReferrals']['parameters']['query']>;

/** The filters of a referral count, as the contract's query names them. */
export type CountReferralsQuery = NonNullable<operations['countReferrals']['parameters']['query']>;

/** The store's filter of the query's filters (shared by the list and its counts, so the tabs and rows agree). */
function toFilter(query: CountReferralsQuery): ReferralFilter {
  return {
    direction: query.direction,
    statuses: query.status,
    urgency: query.urgency,
    partyInstitutionId: query.partyInstitutionId,
    side: query.side,
    createdFrom: query.createdFrom ? new Date(query.createdFrom) : undefined,
    createdTo: query.createdTo ? new Date(query.createdTo) : undefined,
    departmentId: query.departmentId,
    // Numbers are stored upper case (`ZZ-…`); a typed `zz-2026` finds them too.
    numberPrefix: query.q?.toUpperCase(),
  };
}

/**
 * One page of the referrals the caller's institution may see, in the order `sort` names (newest first by default),
 * after expiring what is due among them.
 */
export async function listReferrals(
  ctx: ReferralReadContext,
  query: ListReferralsQuery,
): Promise<components['schemas']['ReferralPage']> {
  const { db, actor, now } = ctx;
  const limit = query.limit ?? 20;
  const filter = toFilter(query);
  const green = query.sort === 'green_first';
  const rowQuery: ReferralListQuery = green
    ? { ...filter, sort: 'green_first', after: rankCursor(query.cursor), limit: limit + 1 }
    : { ...filter, sort: 'newest', after: timeCursor(query.cursor), limit: limit + 1 };
  // The page and the probe for due referrals in one statement; the sweep, and a second read, only when one is due.
  const listed = await listReferralsUnlessDue(db, actor.institutionId, rowQuery, now);
  let rows = listed.rows;
  if (listed.due) {
    await expireDueReferrals(db, now, { institutionId: actor.institutionId });
    rows = await listReferralRows(db, actor.institutionId, rowQuery);
  }
  const { items, nextCursor } = green
    ? page(rows, limit, (row: ListedReferralRow) => ({
        rank: row.sort_rank,
        due: row.answer_due_at === null ? null : new Date(row.answer_due_at),
        at: new Date(row.created_at),
        id: row.id,
      }))
    : page(rows, limit, (row: ListedReferralRow) => ({ at: new Date(row.created_at), id: row.id }));
  return { items: items.map((row) => toReferral(row, actor)), nextCursor };
}

/**
 * How many referrals the caller's institution may see match the filters: in total, per status group (every group,
 * in the domain's order) and per side, after expiring what is due so the counts agree with the list.
 */
export async function countReferrals(
  ctx: ReferralReadContext,
  query: CountReferralsQuery,
): Promise<components['schemas']['ReferralCounts']> {
  const { db, actor, now } = ctx;
  await expireDueReferrals(db, now, { institutionId: actor.institutionId });
  const rows = await countReferralRows(db, actor.institutionId, toFilter(query));
  const byGroup = new Map(REFERRAL_STATUS_GROUPS.map((group) => [group, 0]));
  const bySide = { sending: 0, receiving: 0 };
  let total = 0;
  for (const { side, status, n } of rows) {
    const group = statusGroupOf(status);
    byGroup.set(group, (byGroup.get(group) ?? 0) + n);
    bySide[side] += n;
    total += n;
  }
  return { total, byGroup: [...byGroup].map(([group, count]) => ({ group, count })), bySide };
}
