import type { components, operations } from '@yilian/contract';
import { BOOKABLE_ACTIVITY_KINDS } from '@yilian/domain';
import { failures } from '../../failure.js';
import { page, timeCursor } from '../../pagination.js';
import { listSlots as selectSlots } from '../../stores/activity-store.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import type { DispatchContext } from './context.js';
import { toSlot } from './present-dispatch.js';
import { queryInterval } from './query-interval.js';

type Schemas = components['schemas'];
export type ListSlotsQuery = operations['listSlots']['parameters']['query'];

/** The longest `[from, to)` a slot listing may span (the contract's "at most 62 days"). */
export const MAX_SLOT_RANGE_DAYS = 62;

const MS_PER_DAY = 86_400_000;

/** The slots of bookable, scheduled activities in the caller's alliances within `[from, to)`, earliest first. */
export async function listSlots(
  { db, actor }: Pick<DispatchContext, 'db' | 'actor'>,
  query: ListSlotsQuery,
): Promise<{ items: Schemas['Slot'][]; nextCursor: string | null }> {
  const { from, to } = queryInterval(query);
  if (!from || !to) {
    // The contract requires both; a listing without them is not readable.
    throw failures.field(from ? '#query/to' : '#query/from', 'required');
  }
  if (to.getTime() - from.getTime() > MAX_SLOT_RANGE_DAYS * MS_PER_DAY) {
    throw failures.field('#query/to', 'date_range_too_long', { maxDays: MAX_SLOT_RANGE_DAYS });
  }
  const after = timeCursor(query.cursor);
  const limit = query.limit ?? 20;
  const rows = await selectSlots(db, {
    visible: await allianceNeighbours(db, actor.institutionId),
    from,
    to,
    // A reschedule asks for the kind of its booking; only bookable kinds are ever offered.
    kinds: query.activityKind
      ? BOOKABLE_ACTIVITY_KINDS.filter((kind) => query.activityKind!.includes(kind))
      : BOOKABLE_ACTIVITY_KINDS,
    expertId: query.expertId,
    departmentId: query.departmentId,
    institutionId: query.institutionId,
    activityId: query.activityId,
    availableOnly: query.availableOnly,
    after,
    limit: limit + 1,
  });
  const result = page(rows, limit, (r) => ({ at: new Date(r.starts_at), id: r.id }));
  return { items: result.items.map(toSlot), nextCursor: result.nextCursor };
}
