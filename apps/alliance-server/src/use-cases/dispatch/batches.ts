import type { components, operations } from '@yilian/contract';
import { failures } from '../../failure.js';
import { page, timeCursor } from '../../pagination.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import type { BatchRow } from '../../stores/batch-store.js';
import { batchTotals, findBatch, listBatches } from '../../stores/batch-store.js';
import { compact } from '../shared/present.js';
import type { DispatchContext } from './context.js';

type Schemas = components['schemas'];
type ActivityKind = Schemas['ActivityKind'];

/** The contract's order of activity kinds, which every count lists once, zero included. */
const KINDS: readonly ActivityKind[] = [
  'clinic',
  'consultation',
  'remote_consultation',
  'surgery_guidance',
  'ward_round',
  'lecture',
  'free_clinic',
];

function byKind(counts: Partial<Record<ActivityKind, number>> | null): Schemas['ActivityKindCounts'] {
  return KINDS.map((kind) => ({ kind, count: Number(counts?.[kind] ?? 0) }));
}

function toBatch(row: BatchRow): Schemas['DispatchBatch'] {
  const activitiesByKind = byKind(row.by_kind);
  return compact({
    id: row.id,
    allianceId: row.alliance_id ?? undefined,
    sequence: row.sequence,
    title: row.title,
    purpose: row.purpose,
    sendingInstitutionId: row.sending_institution_id,
    hostInstitutionId: row.host_institution_id,
    startDate: String(row.start_date),
    endDate: String(row.end_date),
    expertIds: row.expert_ids,
    counts: {
      // 人次: each expert dispatched in the batch once, as the seeds count "10 批次 43 人次".
      expertVisits: row.expert_ids.length,
      activities: activitiesByKind.reduce((sum, k) => sum + k.count, 0),
      activitiesByKind,
    },
  });
}

type BatchQuery = NonNullable<operations['listDispatchBatches']['parameters']['query']>;

/** The batches the caller's alliances send or host, earliest start first, one page at a time. */
export async function listDispatchBatches(
  { db, actor }: Pick<DispatchContext, 'db' | 'actor'>,
  query: BatchQuery,
): Promise<Schemas['DispatchBatchPage']> {
  const after = timeCursor(query.cursor);
  const limit = query.limit ?? 20;
  const rows = await listBatches(db, {
    visible: await allianceNeighbours(db, actor.institutionId),
    sendingInstitutionId: query.sendingInstitutionId,
    hostInstitutionId: query.hostInstitutionId,
    after,
    limit: limit + 1,
  });
  const result = page(rows, limit, (r) => ({ at: new Date(`${String(r.start_date)}T00:00:00Z`), id: r.id }));
  return { items: result.items.map(toBatch), nextCursor: result.nextCursor };
}

/** One batch with its counts; `not_found` for one outside the caller's alliances. */
export async function getDispatchBatch(
  { db, actor }: Pick<DispatchContext, 'db' | 'actor'>,
  batchId: string,
): Promise<Schemas['DispatchBatch']> {
  const row = await findBatch(db, batchId, await allianceNeighbours(db, actor.institutionId));
  if (!row) {
    throw failures.notFound();
  }
  return toBatch(row);
}

/** Totals over the batches the filters select ("10 批次 43 人次"). */
export async function countDispatchBatches(
  { db, actor }: Pick<DispatchContext, 'db' | 'actor'>,
  query: NonNullable<operations['countDispatchBatches']['parameters']['query']>,
): Promise<Schemas['DispatchBatchTotals']> {
  const totals = await batchTotals(db, {
    visible: await allianceNeighbours(db, actor.institutionId),
    sendingInstitutionId: query.sendingInstitutionId,
    hostInstitutionId: query.hostInstitutionId,
  });
  const activitiesByKind = byKind(totals.by_kind);
  return {
    batches: totals.batches,
    expertVisits: totals.expert_visits,
    activities: activitiesByKind.reduce((sum, k) => sum + k.count, 0),
    activitiesByKind,
  };
}
