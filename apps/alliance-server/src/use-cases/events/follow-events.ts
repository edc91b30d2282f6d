import type { components } from '@yilian/contract';
import { failures } from '../../failure.js';
import { feedHead } from '../../stores/event-store.js';
import { eventId, sequenceOf } from '../shared/event-id.js';
import type { FeedWatcher } from './feed-watcher.js';
import type { EventFeedContext } from './list-events.js';
import { listEvents } from './list-events.js';
import { publishEvents } from './publish-events.js';

type Event = components['schemas']['Event'];
type EventType = components['schemas']['EventType'];

/** What a live stream sends: where it starts, then the events as they come. */
export type FollowedItem = { kind: 'ready'; cursor: string } | { kind: 'events'; events: Event[] };

export interface FollowEventsOptions {
  /** The event id to resume after; the end of the feed when absent (new events only). */
  after?: string | undefined;
  /** Where `after` came from (`#header/Last-Event-ID`, `#query/after`), to name it when it is refused. */
  afterPointer: string;
  /** Only these types; all when absent. */
  types?: readonly EventType[] | undefined;
  feed: FeedWatcher;
  /** The longest wait between two reads, should the watcher not wake the stream. */
  maxWaitMs: number;
  /** Ends the stream (the client left, or the stream's lifetime is over). */
  signal: AbortSignal;
}

/** Events per read: a reconnecting client catches up in pages, without holding a large result. */
const PAGE = 100;

/**
 * Follows the feed as the caller's institution may read it (the same visibility, masking and order as `listEvents`,
 * which it reads through): first the position it starts from, then every event after it, each exactly once and in
 * feed order, until `signal` aborts. A position past the end of the feed is refused (`validation_failed`) before
 * anything is yielded.
 */
export async function* followEvents(
  ctx: EventFeedContext,
  options: FollowEventsOptions,
): AsyncGenerator<FollowedItem, void, undefined> {
  const { feed, signal } = options;
  const head = await currentHead(ctx);
  const after = options.after === undefined ? undefined : sequenceOf(options.after);
  if (options.after !== undefined && (after === undefined || BigInt(after) > BigInt(head))) {
    // An id past the end of the feed is not one this server gave out (another deployment, a reset database):
    // following it would wait, silently, for events that were never going to come.
    throw failures.field(options.afterPointer, 'out_of_range', { limit: Number(head) });
  }
  let cursor = options.after ?? eventId(head);
  yield { kind: 'ready', cursor };
  while (!signal.aborted) {
    // Read after the head this stream knows of: anything published later has a higher sequence and wakes it.
    const seen = feed.head;
    const page = await listEvents(ctx, {
      after: cursor,
      type: options.types ? [...options.types] : undefined,
      limit: PAGE,
    });
    if (page.items.length > 0) {
      cursor = page.nextCursor ?? cursor;
      yield { kind: 'events', events: page.items };
      if (page.items.length === PAGE) {
        continue;
      }
    }
    await feed.wait(Math.max(seen ?? 0, Number(sequenceOf(cursor))), options.maxWaitMs, signal);
  }
}

async function currentHead(ctx: EventFeedContext): Promise<string> {
  // Committed events take their place first, so a stream opened just after a write starts after it.
  await publishEvents(ctx.db);
  return feedHead(ctx.db);
}
