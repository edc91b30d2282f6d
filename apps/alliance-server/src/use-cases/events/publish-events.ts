import type { Database } from '../../db/database.js';
import { hasPendingEvents, publishPendingEvents } from '../../stores/event-store.js';

/**
 * Publishes the committed events still waiting for their place in the feed: a read-only probe when there are
 * none (the common case), else one short transaction serialized with other publishers only. Every reader of the
 * feed (the events list, the webhook deliverer) calls it first, so a caller reads its own committed writes.
 * @returns how many events were published
 */
export async function publishEvents(db: Database): Promise<number> {
  if (!(await hasPendingEvents(db))) {
    return 0;
  }
  return db.transaction((tx) => publishPendingEvents(tx));
}
