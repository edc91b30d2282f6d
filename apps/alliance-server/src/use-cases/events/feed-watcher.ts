import type { Database } from '../../db/database.js';
import { feedHead } from '../../stores/event-store.js';
import { publishEvents } from './publish-events.js';

/**
 * One process's view of where the feed ends, shared by all its live streams: while any stream waits, it publishes
 * committed events and reads the head once per `pollMs`, and wakes the streams only when the head has moved, so
 * a thousand idle streams cost one index probe a second, not a thousand.
 *
 * Polling rather than LISTEN/NOTIFY: PGlite has no notifications across processes; a notification is lost while a
 * listener reconnects, so polling would be needed beside it anyway; and the feed's order is settled by whoever
 * publishes (`publishEvents`), which a notifier could not do for the other processes. Several processes on one
 * PostgreSQL then need nothing but the database.
 */
export interface FeedWatcher {
  /** The last head read (a sequence), `undefined` before the first read. */
  readonly head: number | undefined;
  /**
   * Resolves when the head moves past `seen` (at once if it already has), after `maxMs`, or on abort, whichever
   * comes first; it never rejects.
   */
  wait(seen: number | undefined, maxMs: number, signal: AbortSignal): Promise<void>;
  /** Streams waiting now (0 once every stream has ended: nothing then polls). */
  readonly waiting: number;
}

export function createFeedWatcher(
  db: Database,
  pollMs: number,
  onError: (error: unknown) => void = () => undefined,
): FeedWatcher {
  let head: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waiters = new Set<{ seen: number | undefined; wake: () => void }>();
  const moved = (seen: number | undefined) => head !== undefined && (seen === undefined || head > seen);

  const schedule = () => {
    if (timer === undefined && waiters.size > 0) {
      timer = setTimeout(() => void tick(), pollMs);
    }
  };
  async function tick() {
    try {
      await publishEvents(db);
      head = Number(await feedHead(db));
      for (const waiter of waiters) {
        if (moved(waiter.seen)) {
          waiter.wake();
        }
      }
    } catch (error) {
      // The next tick tries again; waiting streams still wake at their `maxMs`.
      onError(error);
    } finally {
      timer = undefined;
      schedule();
    }
  }

  return {
    get head() {
      return head;
    },
    get waiting() {
      return waiters.size;
    },
    wait(seen, maxMs, signal) {
      return new Promise<void>((resolve) => {
        if (signal.aborted || moved(seen)) {
          resolve();
          return;
        }
        const waiter = { seen, wake };
        const deadline = setTimeout(wake, maxMs);
        function wake() {
          clearTimeout(deadline);
          waiters.delete(waiter);
          signal.removeEventListener('abort', wake);
          resolve();
        }
        signal.addEventListener('abort', wake, { once: true });
        waiters.add(waiter);
        schedule();
      });
    },
  };
}
