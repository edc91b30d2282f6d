import type { components, operations } from '@yilian/contract';
import type { Actor } from '../../auth.js';
import type { Database } from '../../db/database.js';
import { failures } from '../../failure.js';
import { listEvents as listEventRows } from '../../stores/event-store.js';
import { eventId, sequenceOf } from '../shared/event-id.js';
import { toEvent } from './present-event.js';
import { publishEvents } from './publish-events.js';

/** Where to read from, which types, and how many, as the contract's query names them. */
type EventType = components['schemas']['EventType'];

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
  const types = readableTypes(ctx.actor, query.type);
  if (ctx.actor.role === 'patient' && types?.length === 0) {
    // Nothing a patient may read was asked for: not the whole feed, which an empty filter would mean.
    return { items: [], nextCursor: query.after ?? null };
  }
  // Committed events first get their place in the feed, so the caller reads its own writes.
  await publishEvents(ctx.db);
  const rows = await listEventRows(ctx.db, {
    institutionId: ctx.actor.institutionId,
    afterSequence,
    types,
    limit: query.limit ?? 20,
  });
  const last = rows[rows.length - 1];
  return {
    items: rows.map(toEvent),
    nextCursor: last ? eventId(last.sequence) : (query.after ?? null),
  };
}

/**
 * The 义诊 queue's events: ticket numbers and states of the waiting room, which a patient may watch. Every other
 * event of the institution (referrals, consultations, bookings) is its staff's business.
 */
const PATIENT_EVENT_TYPES: readonly EventType[] = [
  'queue.ticket_issued',
  'queue.ticket_called',
  'queue.ticket_closed',
];

/** The types `actor` may read of those asked for (all when none are): a patient's token only the queue's. */
function readableTypes(actor: Actor, requested: readonly EventType[] | undefined): EventType[] | undefined {
  if (actor.role !== 'patient') {
    return requested ? [...requested] : undefined;
  }
  return requested && requested.length > 0
    ? requested.filter((type) => PATIENT_EVENT_TYPES.includes(type))
    : [...PATIENT_EVENT_TYPES];
}
