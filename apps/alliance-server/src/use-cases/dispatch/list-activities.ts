import type { components, operations } from '@yilian/contract';
import { failures } from '../../failure.js';
import { page, timeCursor } from '../../pagination.js';
import { findVisibleActivity, listActivities as selectActivities } from '../../stores/activity-store.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import type { DispatchContext } from './context.js';
import { toActivity } from './present-dispatch.js';
import { queryInterval } from './query-interval.js';

type Schemas = components['schemas'];
export type ListActivitiesQuery = NonNullable<operations['listActivities']['parameters']['query']>;

/** The activities hosted in the caller's alliances, earliest first, one page at a time. */
export async function listActivities(
  { db, actor }: Pick<DispatchContext, 'db' | 'actor'>,
  query: ListActivitiesQuery,
): Promise<{ items: Schemas['Activity'][]; nextCursor: string | null }> {
  const { from, to } = queryInterval(query);
  const after = timeCursor(query.cursor);
  const limit = query.limit ?? 20;
  const rows = await selectActivities(db, {
    visible: await allianceNeighbours(db, actor.institutionId),
    institutionId: actor.institutionId,
    allianceId: query.allianceId,
    hostInstitutionId: query.hostInstitutionId,
    expertId: query.expertId,
    departmentId: query.departmentId,
    batchId: query.batchId,
    kinds: query.kind,
    from,
    to,
    after,
    limit: limit + 1,
  });
  const result = page(rows, limit, (r) => ({ at: new Date(r.starts_at), id: r.id }));
  return { items: result.items.map(toActivity), nextCursor: result.nextCursor };
}

/** One activity hosted in the caller's alliances; `not_found` for any other id. */
export async function getActivity(
  { db, actor }: Pick<DispatchContext, 'db' | 'actor'>,
  activityId: string,
): Promise<Schemas['Activity']> {
  const row = await findVisibleActivity(db, activityId, await allianceNeighbours(db, actor.institutionId));
  if (!row) {
    throw failures.notFound();
  }
  return toActivity(row);
}
