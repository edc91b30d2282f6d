// `client.events.subscribe()`, loaded on first use (a chunk of its own) so that the main entry does not carry it.
import type { components } from '@yilian/contract';
import type { EventSourceMessage } from 'eventsource-parser';
import { createParser } from 'eventsource-parser';
import type { AllianceClientOptions } from './client.js';
import { isAllianceError, toAllianceError } from './errors.js';
import { randomId } from './random-id.js';

type Schemas = components['schemas'];
type EventType = Schemas['EventType'];

/**
 * An event of the feed whose `type` is one of the types subscribed to.
 * @example const event: SubscribedEvent<'referral.accepted'> = …; event.type; // 'referral.accepted'
 */
export type SubscribedEvent<TType extends EventType = EventType> = Schemas['Event'] & { type: TType };

/**
 * How a subscription is receiving events: connecting, `live` on the stream, `polling` the feed (the stream was
 * buffered or refused on the way), or `reconnecting` after a drop (waiting `delayMs`).
 * @example const status: SubscriptionStatus = { state: 'reconnecting', delayMs: 2_000 };
 */
export type SubscriptionStatus =
  { state: 'connecting' | 'live' | 'polling' } | { state: 'reconnecting'; delayMs: number };

/**
 * Options of `client.events.subscribe()`.
 * @example const options: SubscribeOptions<'referral.submitted'> = { types: ['referral.submitted'], after: lastId, signal };
 */
export interface SubscribeOptions<TType extends EventType = EventType> {
  /** Only these event types; all when absent. */
  types?: readonly TType[] | undefined;
  /** The id of the last event already handled: the subscription starts after it. New events only when absent. */
  after?: string | undefined;
  /** Ends the subscription: the iteration finishes (without an error) and the connection closes. */
  signal?: AbortSignal | undefined;
  /** Told whenever the way events arrive changes, e.g. to show "live" or "reconnecting…". */
  onStatus?: ((status: SubscriptionStatus) => void) | undefined;
  /**
   * How long the stream may take to show it is live (its `ready` message) before the feed is polled instead: a
   * proxy that buffers responses holds it back. 10 s by default.
   */
  fallbackAfterMs?: number | undefined;
  /** Silence (not even a heartbeat) after which a live stream is taken for dead and reopened; 45 s by default. */
  idleTimeoutMs?: number | undefined;
  /** The pause between two reads of the feed when polling; 5 s by default. */
  pollIntervalMs?: number | undefined;
  /** The first reconnection delay after a failure, doubled for each next one (with jitter); 1 s by default. */
  reconnectDelayMs?: number | undefined;
  /** The longest reconnection delay; 30 s by default. */
  maxReconnectDelayMs?: number | undefined;
}

/** What a subscription uses of the client: where and how to connect, and how to read the feed. */
interface EventsConnection {
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  /** The bearer token, fresh when `refresh` (after a 401); `undefined` when the client has none. */
  token: (refresh: boolean) => Promise<string | undefined>;
  /** Whether asking with `refresh` may give another token (a `getToken` client). */
  canRefresh: boolean;
  locale: string;
  /** One page of `GET /v1/events` through the client's transport (retries, timeouts, typed errors). */
  poll: (
    query: { after?: string | undefined; type?: EventType[] | undefined; limit: number },
    signal: AbortSignal,
  ) => Promise<Schemas['EventPage']>;
}

/** The stream did not show itself live in time, or came back as something else: a proxy is in the way. */
class Buffered extends Error {}
/** A live stream fell silent for longer than its heartbeats allow. */
class Silent extends Error {}

const PAGE = 100;
const sequenceOf = (id: string | undefined) => (id ? Number(/^evt_(\d+)$/.exec(id)?.[1] ?? NaN) : NaN);

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Opens the stream once and yields its messages until it ends; throws `Buffered` when it is not live within
 * `fallbackAfterMs`, `Silent` when a live stream stops talking, an `AllianceError` for a refusal.
 */
async function* readStream(
  connection: EventsConnection,
  request: { cursor: string | undefined; types: readonly EventType[] | undefined },
  settings: {
    fallbackAfterMs: number;
    idleTimeoutMs: number;
    signal: AbortSignal;
    /** The server's `retry:` hint, in milliseconds. */
    onRetry: (ms: number) => void;
  },
): AsyncGenerator<EventSourceMessage, void, undefined> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  settings.signal.addEventListener('abort', stop, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expired: Error | undefined;
  const expireIn = (ms: number, error: Error) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      expired = error;
      controller.abort();
    }, ms);
  };
  try {
    // From before the request: a proxy that buffers may hold back the headers as well as the body.
    expireIn(settings.fallbackAfterMs, new Buffered());
    const url = new URL('/v1/events/stream', connection.baseUrl);
    for (const type of request.types ?? []) {
      url.searchParams.append('type', type);
    }
    const send = async (refresh: boolean) => {
      const headers = new Headers({
        accept: 'text/event-stream',
        'accept-language': connection.locale,
        'x-request-id': `req_${randomId()}`,
      });
      const token = await connection.token(refresh);
      if (token !== undefined) {
        headers.set('authorization', `Bearer ${token}`);
      }
      if (request.cursor !== undefined) {
        headers.set('last-event-id', request.cursor);
      }
      return connection.fetch(new Request(url, { headers, signal: controller.signal }));
    };
    let response = await send(false);
    if (response.status === 401 && connection.canRefresh) {
      await response.body?.cancel();
      response = await send(true);
    }
    if (!response.ok) {
      throw toAllianceError(await response.json().catch(() => undefined), response);
    }
    if (!response.body || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
      // A login page or a proxy's rewrite, not the stream: the feed can still be polled.
      await response.body?.cancel();
      throw new Buffered();
    }
    const messages: EventSourceMessage[] = [];
    const parser = createParser({
      onEvent: (message) => messages.push(message),
      onRetry: settings.onRetry,
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let live = false;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        return;
      }
      if (live) {
        // Any bytes, heartbeats included, show the connection is alive.
        expireIn(settings.idleTimeoutMs, new Silent());
      }
      parser.feed(value);
      for (const message of messages.splice(0)) {
        if (message.event === 'ready' && !live) {
          live = true;
          expireIn(settings.idleTimeoutMs, new Silent());
        }
        yield message;
      }
    }
  } catch (error) {
    throw expired ?? error;
  } finally {
    clearTimeout(timer);
    settings.signal.removeEventListener('abort', stop);
    controller.abort();
  }
}

/**
 * The events of the caller's institution as they happen: the live stream (`GET /v1/events/stream`), reopened
 * with backoff and jitter after a drop and resumed after the last event seen, so none is missed or repeated;
 * polling `GET /v1/events` instead when the stream is buffered or refused on the way. Ends on `signal`.
 * @internal Use `client.events.subscribe()`.
 */
export async function* subscribeEvents<TType extends EventType = EventType>(
  client: AllianceClientOptions,
  poll: EventsConnection['poll'],
  options: SubscribeOptions<TType> = {},
): AsyncGenerator<SubscribedEvent<TType>, void, undefined> {
  const connection: EventsConnection = {
    baseUrl: client.baseUrl,
    // Straight to the network: the transport reads whole bodies, and a stream has no end to read to.
    fetch: client.fetch ?? ((request) => globalThis.fetch(request)),
    token: async (refresh) => (client.getToken ? client.getToken({ refresh }) : client.token),
    canRefresh: client.getToken !== undefined,
    locale: client.locale ?? 'zh-CN',
    poll,
  };
  const controller = new AbortController();
  const stop = () => controller.abort();
  const { signal } = controller;
  options.signal?.addEventListener('abort', stop, { once: true });
  if (options.signal?.aborted) {
    stop();
  }
  const types = options.types && options.types.length > 0 ? [...options.types] : undefined;
  const base = options.reconnectDelayMs ?? 1_000;
  const ceiling = options.maxReconnectDelayMs ?? 30_000;
  // The server's `retry:` hint, once it has given one, paces reconnections after a stream it ended.
  let retryHint: number | undefined;
  const settings = {
    fallbackAfterMs: options.fallbackAfterMs ?? 10_000,
    idleTimeoutMs: options.idleTimeoutMs ?? 45_000,
    signal,
    onRetry: (ms: number) => {
      retryHint = ms;
    },
  };
  let cursor = options.after;
  let last = sequenceOf(cursor);
  let failures = 0;
  let polling = false;
  let catchingUp = false;
  let announced = false;
  /** The event once, in order: a reconnection or a poll may repeat what was already yielded. */
  const fresh = (event: Schemas['Event']) => !(event.sequence <= last);
  const seen = (event: Schemas['Event']) => {
    cursor = event.id;
    last = event.sequence;
  };
  const status = (value: SubscriptionStatus) => options.onStatus?.(value);

  try {
    while (!signal.aborted) {
      if (polling) {
        try {
          if (catchingUp) {
            cursor = await catchUp(connection, types, signal);
            catchingUp = false;
          }
          if (!announced) {
            announced = true;
            status({ state: 'polling' });
          }
          const page = await connection.poll({ after: cursor, type: types, limit: PAGE }, signal);
          for (const event of page.items) {
            if (fresh(event)) {
              seen(event);
              yield event as SubscribedEvent<TType>;
            }
          }
          cursor = page.nextCursor ?? cursor;
          failures = 0;
          if (page.items.length < PAGE) {
            await sleep(options.pollIntervalMs ?? 5_000, signal);
          }
        } catch (error) {
          if (signal.aborted) {
            return;
          }
          if (isAllianceError(error) && error.status < 500 && error.status !== 429) {
            throw error;
          }
          await sleep(backoff(failures++, base, ceiling), signal);
        }
        continue;
      }

      status({ state: 'connecting' });
      let delay: number;
      try {
        for await (const message of readStream(connection, { cursor, types }, settings)) {
          if (message.event === 'ready') {
            // Where a first connection starts: resuming from it misses nothing that happened in between.
            cursor ??= message.id;
            last = Number.isNaN(last) ? sequenceOf(cursor) : last;
            failures = 0;
            status({ state: 'live' });
            continue;
          }
          const event = JSON.parse(message.data) as Schemas['Event'];
          if (fresh(event)) {
            seen(event);
            yield event as SubscribedEvent<TType>;
          }
        }
        // The server ended the stream (a deploy, its lifetime): back soon, not all clients at once.
        delay = backoff(0, retryHint ?? base, ceiling);
      } catch (error) {
        if (signal.aborted) {
          return;
        }
        if (error instanceof Buffered || (isAllianceError(error) && error.status === 404)) {
          // A proxy held the stream back, or a server without it: the feed itself still answers.
          polling = true;
          catchingUp = cursor === undefined;
          continue;
        }
        if (isAllianceError(error) && error.status < 500 && error.status !== 429) {
          // 401, 403, 400: reconnecting would be refused the same way.
          throw error;
        }
        const asked = isAllianceError(error) ? error.retryAfterMs : undefined;
        delay = asked ?? backoff(failures++, base, ceiling);
      }
      status({ state: 'reconnecting', delayMs: delay });
      await sleep(delay, signal);
    }
  } finally {
    options.signal?.removeEventListener('abort', stop);
    stop();
  }
}

/** The end of the feed, read page by page (events before the subscription are not wanted). */
async function catchUp(
  connection: EventsConnection,
  types: EventType[] | undefined,
  signal: AbortSignal,
): Promise<string | undefined> {
  let after: string | undefined;
  for (;;) {
    const page = await connection.poll({ after, type: types, limit: PAGE }, signal);
    after = page.nextCursor ?? after;
    if (page.items.length < PAGE) {
      return after;
    }
  }
}

/**
 * Exponential backoff with "equal jitter": clients cut off together come back spread out, and never sooner than
 * half the delay, so a server that ends streams at once is not met with a tight loop.
 */
function backoff(failures: number, base: number, ceiling: number): number {
  const delay = Math.min(ceiling, base * 2 ** failures);
  return Math.round(delay / 2 + (Math.random() * delay) / 2);
}
