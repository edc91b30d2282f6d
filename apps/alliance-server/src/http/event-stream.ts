import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv, EventStreamConfig } from '../context.js';
import { Failure } from '../failure.js';
import type { FollowedItem } from '../use-cases/events/follow-events.js';

/**
 * The live streams each clinician holds on this process. A stream holds a connection for minutes, so the
 * per-minute rate limit alone would let one token open hundreds.
 */
export class StreamSlots {
  readonly #open = new Map<string, number>();

  /**
   * Takes a slot for `key`, or refuses with `rate_limited` when `limit` are taken.
   * @returns the release, to call once when the stream ends
   */
  take(key: string, limit: number, retryAfterSeconds: number): () => void {
    const open = this.#open.get(key) ?? 0;
    if (open >= limit) {
      throw new Failure('rate_limited', { retryAfterSeconds });
    }
    this.#open.set(key, open + 1);
    let released = false;
    return () => {
      if (!released) {
        released = true;
        const left = (this.#open.get(key) ?? 1) - 1;
        if (left > 0) {
          this.#open.set(key, left);
        } else {
          this.#open.delete(key);
        }
      }
    };
  }
}

export interface EventStreamOptions {
  /** The stream's first item, already read, so a refusal became a problem before the response started. */
  first: IteratorResult<FollowedItem, void>;
  items: AsyncGenerator<FollowedItem, void, undefined>;
  /** Aborted when the stream ends, whoever ends it; the use-case stops reading the feed on it. */
  controller: AbortController;
  config: EventStreamConfig;
  /** Called once when the stream has ended, its timers cleared. */
  onClose: (summary: { events: number; error?: unknown }) => void;
}

/**
 * Writes the followed feed as server-sent events with Hono's SSE helper: `ready` (with `retry:`), one message
 * per event (`id:` its cursor, `event:` its type, `data:` its JSON), a heartbeat comment every `heartbeatMs`. It
 * ends when the client leaves, at the stream's lifetime, or on a failure: the client then reconnects with its
 * `Last-Event-ID`. A failure is never written to the stream (a database message may quote data); `onClose` gets it.
 */
export function eventStreamResponse(c: Context<AppEnv>, options: EventStreamOptions): Response {
  const { items, controller, config } = options;
  // nginx buffers proxied responses unless told not to, which would hold every event until the buffer fills.
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    const end = () => controller.abort();
    stream.onAbort(end);
    c.req.raw.signal.addEventListener('abort', end, { once: true });
    const lifetime = setTimeout(end, config.maxLifetimeMs);
    const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), config.heartbeatMs);
    let events = 0;
    let error: unknown;
    try {
      for (let item = options.first; !item.done && !controller.signal.aborted; item = await items.next()) {
        if (item.value.kind === 'ready') {
          const { cursor } = item.value;
          await stream.writeSSE({
            event: 'ready',
            id: cursor,
            retry: config.retryMs,
            data: JSON.stringify({ cursor }),
          });
          continue;
        }
        for (const event of item.value.events) {
          await stream.writeSSE({ id: event.id, event: event.type, data: JSON.stringify(event) });
          events += 1;
        }
      }
    } catch (cause) {
      error = cause;
    } finally {
      clearTimeout(lifetime);
      clearInterval(heartbeat);
      c.req.raw.signal.removeEventListener('abort', end);
      end();
      await items.return().catch(() => undefined);
      options.onClose({ events, error });
    }
  });
}
