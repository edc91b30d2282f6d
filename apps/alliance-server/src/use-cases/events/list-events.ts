import type { components, operations } from '@yilian/contract';
import type { Actor } from '../../auth.js';
import type { Database } from '../../db/database.js';
import { failures } from '../../failure.js';
import { listEvents as listEventRows } from '../../stores/event-store.js';
import { eventId, sequenceOf } from '../shared/event-id.js';
import { toEvent } from './present-event.js';
import { publishEvents } from './publish-events.js';

/** Where to read from, which types, and how many, as the contract's query names them. */
export type ListEventsQuery = NonNullable<operations['listEvents']['parameters']['query']>;

export interface EventFeedContext {
  db: Database;
  actor: Actor;
}

/**
 * The events the caller's institution may read after `after` (an event id, not an opaque cursor), oldest first.
 * The next cursor is the last event's id, or the given `after` when nothing is new, so a reader polls with it.
 */
export async function listEvents(
  ctx: EventFeedContext,
  query: ListEventsQuery,
): Promise<components['schemas']['EventPage']> {
  const afterSequence = query.after === undefined ? '0' : sequenceOf(query.after);
  if (afterSequence === undefined) {
    throw failures.field('#query/after', 'invalid_format');
  }
  // Committed events first get their place in the feed, so the caller reads its own writes.
  await publishEvents(ctx.db);
  const rows = await listEventRows(ctx.db, {
    institutionId: ctx.actor.institutionId,
    afterSequence,
    types: query.type,
    limit: query.limit ?? 20,
  });
  const last = rows[rows.length - 1];
  return {
    items: rows.map(toEvent),
    nextCursor: last ? eventId(last.sequence) : (query.after ?? null),
  };
}
