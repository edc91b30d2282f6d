import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type EventType = components['schemas']['EventType'];

/** An event of the ordered feed, before it is stored. */
export interface NewEvent {
  type: EventType;
  resourceId: string;
  at: Date;
  /** Ids and states only, never patient data. */
  data: Record<string, unknown>;
  /** The institutions that may read it. */
  institutionIds: string[];
}

/** Appends one event to the ordered feed; call it in the same transaction as the change. */
export async function appendEvent(tx: Queryable, event: NewEvent): Promise<void> {
  // Serializes event writers until commit, so sequence order is commit order and an `after` cursor never skips
  // an event whose transaction committed late.
  await tx.query('SELECT pg_advisory_xact_lock(7216100)');
  await tx.query(
    `INSERT INTO events (type, resource_id, occurred_at, data, institution_ids) VALUES ($1, $2, $3, $4, $5)`,
    [event.type, event.resourceId, event.at, JSON.stringify(event.data), [...new Set(event.institutionIds)]],
  );
}

/** A stored event of the feed. */
export interface EventRow {
  /** A `bigint`: PostgreSQL returns it as a string, PGlite as a number. */
  sequence: number | string;
  type: EventType;
  resource_id: string;
  occurred_at: Date;
  data: Record<string, unknown>;
}

export interface EventFeedFilter {
  /** The reader: only events this institution may read. */
  institutionId: string;
  /** Events after this sequence (a decimal string; `'0'` from the start). */
  afterSequence: string;
  /** Only these types; all when absent. */
  types?: readonly EventType[];
  limit: number;
}

/** The events an institution may read after a sequence, in sequence order. */
export async function listEvents(db: Queryable, filter: EventFeedFilter): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT sequence, type, resource_id, occurred_at, data FROM events
     WHERE $1 = ANY(institution_ids) AND sequence > $2::bigint AND ($3::text[] IS NULL OR type = ANY($3))
     ORDER BY sequence LIMIT $4`,
    [
      filter.institutionId,
      filter.afterSequence,
      filter.types && filter.types.length > 0 ? filter.types : null,
      filter.limit,
    ],
  );
  return rows;
}
