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

/**
 * Sequences above this are pending: stored by a transaction that may not have committed yet, and not yet given
 * their place in the feed. A bigint literal: it is above JavaScript's safe integers.
 */
const PENDING_ABOVE = '4611686018427387904';
/**
 * The value of a new event's `sequence`: pending until a publisher gives it its place. Every insert of an event
 * uses it, including the statements that store an event together with the change it records.
 */
export const PENDING_SEQUENCE = `${PENDING_ABOVE} + nextval('events_pending_seq')`;
/** The advisory lock that serializes publishers (never writers). */
const PUBLISH_LOCK = 7216100;

/**
 * Appends one event; call it in the same transaction as the change. It takes no lock: the event is stored under a
 * pending sequence, and `publishPendingEvents` gives it its place in the feed once it has committed.
 */
export async function appendEvent(tx: Queryable, event: NewEvent): Promise<void> {
  await tx.query(
    `INSERT INTO events (sequence, type, resource_id, occurred_at, data, institution_ids)
     VALUES (${PENDING_SEQUENCE}, $1, $2, $3, $4, $5)`,
    [event.type, event.resourceId, event.at, JSON.stringify(event.data), [...new Set(event.institutionIds)]],
  );
}

/** Whether committed events wait for their place in the feed (an index probe; no lock, no write). */
export async function hasPendingEvents(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ pending: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM events WHERE sequence > ${PENDING_ABOVE}) AS pending`,
  );
  return rows[0]?.pending === true;
}

/**
 * Gives every committed pending event its place in the feed, in the order they were appended. Call it in a
 * transaction of its own: the lock serializes publishers until they commit, so sequences are handed out in
 * commit order and a reader's cursor never passes an event that is published later with a lower sequence.
 * Events of transactions still in progress are invisible here and wait for the next publisher.
 * @returns how many events were published
 */
export async function publishPendingEvents(tx: Queryable): Promise<number> {
  await tx.query(`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK})`);
  const { rowCount } = await tx.query(
    `WITH pending AS MATERIALIZED (
       SELECT sequence FROM events WHERE sequence > ${PENDING_ABOVE} ORDER BY sequence
     ), numbered AS MATERIALIZED (
       SELECT sequence AS pending, nextval('events_sequence_seq') AS published FROM pending
     )
     UPDATE events e SET sequence = n.published FROM numbered n WHERE e.sequence = n.pending`,
  );
  return rowCount;
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

/** The published events an institution may read after a sequence, in sequence order. */
export async function listEvents(db: Queryable, filter: EventFeedFilter): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    // `@>` is what the GIN index on `institution_ids` answers (`= ANY` is not); pending events are never read.
    `SELECT sequence, type, resource_id, occurred_at, data FROM events
     WHERE institution_ids @> ARRAY[$1::text] AND sequence > $2::bigint AND sequence <= ${PENDING_ABOVE}
       AND ($3::text[] IS NULL OR type = ANY($3))
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

/**
 * The highest published sequence of the whole feed (`'0'` when empty). Publishers hand out sequences in commit
 * order, so every event published after this read gets a higher one: a reader may start after it and miss nothing.
 */
export async function feedHead(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ head: number | string | null }>(
    `SELECT max(sequence) AS head FROM events WHERE sequence <= ${PENDING_ABOVE}`,
  );
  return String(rows[0]?.head ?? 0);
}
