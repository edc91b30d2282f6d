import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';
import type { TimeKey } from './activity-store.js';
import { conditions } from './activity-store.js';

type ActivityKind = components['schemas']['ActivityKind'];

/** A dispatch batch as stored, with its activities counted by kind (cancelled ones left out). */
export interface BatchRow {
  id: string;
  alliance_id: string | null;
  sequence: number;
  title: string;
  purpose: string;
  sending_institution_id: string;
  host_institution_id: string;
  start_date: string | Date;
  end_date: string | Date;
  expert_ids: string[];
  /** Activity counts by kind, as `{ kind: count }` (kinds with none absent). */
  by_kind: Partial<Record<ActivityKind, number>> | null;
}

/** What a batch listing or total selects; `visible` holds the institutions the caller may see batches of. */
export interface BatchFilter {
  visible: readonly string[];
  sendingInstitutionId?: string;
  hostInstitutionId?: string;
}

const BY_KIND = `(SELECT json_object_agg(k.kind, k.count) FROM (SELECT act.kind, count(*)::int AS count
    FROM activities act WHERE act.batch_id = b.id AND act.status <> 'cancelled' GROUP BY act.kind) k) AS by_kind`;

function filtered(filter: BatchFilter) {
  const q = conditions([filter.visible]);
  // A batch is seen by the caller's alliances when either end is one of their members.
  q.where.push('(b.sending_institution_id = ANY($1) OR b.host_institution_id = ANY($1))');
  if (filter.sendingInstitutionId) {
    q.add('b.sending_institution_id = ?', filter.sendingInstitutionId);
  }
  if (filter.hostInstitutionId) {
    q.add('b.host_institution_id = ?', filter.hostInstitutionId);
  }
  return q;
}

/** Batches by start date, then id; `after` the keyset of the last row of the previous page. */
export async function listBatches(
  db: Queryable,
  filter: BatchFilter & { after?: TimeKey; limit: number },
): Promise<BatchRow[]> {
  const q = filtered(filter);
  if (filter.after) {
    q.add(`(b.start_date, b.id) > (?::date, ${q.next(filter.after.id)}::text)`, filter.after.at);
  }
  const { rows } = await db.query<BatchRow>(
    `SELECT b.*, to_char(b.start_date, 'YYYY-MM-DD') AS start_date, to_char(b.end_date, 'YYYY-MM-DD') AS end_date,
       ${BY_KIND}
     FROM dispatch_batches b WHERE ${q.where.join(' AND ')}
     ORDER BY b.start_date, b.id LIMIT ${q.next(filter.limit)}`,
    q.params,
  );
  return rows;
}

/** One batch the caller may see. */
export async function findBatch(
  db: Queryable,
  batchId: string,
  visible: readonly string[],
): Promise<BatchRow | undefined> {
  const { rows } = await db.query<BatchRow>(
    `SELECT b.*, to_char(b.start_date, 'YYYY-MM-DD') AS start_date, to_char(b.end_date, 'YYYY-MM-DD') AS end_date,
       ${BY_KIND}
     FROM dispatch_batches b
     WHERE b.id = $1 AND (b.sending_institution_id = ANY($2) OR b.host_institution_id = ANY($2))`,
    [batchId, visible],
  );
  return rows[0];
}

/** Totals over every batch the filter selects: batches, expert-visits and activities by kind. */
export async function batchTotals(
  db: Queryable,
  filter: BatchFilter,
): Promise<{
  batches: number;
  expert_visits: number;
  by_kind: Partial<Record<ActivityKind, number>> | null;
}> {
  const q = filtered(filter);
  const { rows } = await db.query<{
    batches: number;
    expert_visits: number;
    by_kind: Partial<Record<ActivityKind, number>> | null;
  }>(
    `WITH chosen AS (SELECT b.id, b.expert_ids FROM dispatch_batches b WHERE ${q.where.join(' AND ')})
     SELECT (SELECT count(*)::int FROM chosen) AS batches,
       (SELECT coalesce(sum(cardinality(expert_ids)), 0)::int FROM chosen) AS expert_visits,
       (SELECT json_object_agg(k.kind, k.count) FROM (SELECT act.kind, count(*)::int AS count FROM activities act
          JOIN chosen c ON c.id = act.batch_id WHERE act.status <> 'cancelled' GROUP BY act.kind) k) AS by_kind`,
    q.params,
  );
  return rows[0]!;
}

/** Whether a batch exists whose sender or host is the given institution (for scheduling into it). */
export async function batchFor(
  db: Queryable,
  batchId: string,
): Promise<
  Pick<BatchRow, 'id' | 'sending_institution_id' | 'host_institution_id' | 'expert_ids'> | undefined
> {
  const { rows } = await db.query<
    Pick<BatchRow, 'id' | 'sending_institution_id' | 'host_institution_id' | 'expert_ids'>
  >(
    'SELECT id, sending_institution_id, host_institution_id, expert_ids FROM dispatch_batches WHERE id = $1',
    [batchId],
  );
  return rows[0];
}
