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
