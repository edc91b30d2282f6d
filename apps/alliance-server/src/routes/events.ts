import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { defineRoute, reply } from '../http/route.js';
import { eventStreamResponse, StreamSlots } from '../http/event-stream.js';
import type { FeedWatcher } from '../use-cases/events/feed-watcher.js';
import { createFeedWatcher } from '../use-cases/events/feed-watcher.js';
import { followEvents } from '../use-cases/events/follow-events.js';
import { listEvents } from '../use-cases/events/list-events.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
} from '../use-cases/webhooks/endpoints.js';

export function registerEventRoutes(app: Hono<AppEnv>): void {
  defineRoute(app, 'listEvents', async ({ actor, deps, query }) =>
    reply('listEvents', 200, await listEvents({ db: deps.db, actor }, query)),
  );

  // Per app, so each server process (and each test's app) has its own.
  const slots = new StreamSlots();
  let feed: FeedWatcher | undefined;
  defineRoute(app, 'streamEvents', async ({ c, actor, deps, query }) => {
    const config = deps.config.eventStream;
    const { log } = deps;
    const requestId = c.get('requestId');
    feed ??= createFeedWatcher(deps.db, config.pollMs, (error) =>
      log({ level: 'error', msg: 'event feed poll failed', ...errorFields(error) }),
    );
    const release = slots.take(
      `${actor.institutionId} ${actor.clinicianId}`,
      config.perClinician,
      Math.ceil(config.retryMs / 1000),
    );
    try {
      const lastEventId = c.req.header('last-event-id');
      const controller = new AbortController();
      const items = followEvents(
        { db: deps.db, actor },
        {
          after: lastEventId ?? query.after,
          afterPointer: lastEventId === undefined ? '#query/after' : '#header/Last-Event-ID',
          types: query.type,
          feed,
          maxWaitMs: config.heartbeatMs,
          signal: controller.signal,
        },
      );
      const first = await items.next();
      const started = performance.now();
      const response = eventStreamResponse(c, {
        first,
        items,
        controller,
        config,
        onClose: ({ events, error }) => {
          release();
          log({
            level: error === undefined ? 'info' : 'error',
            msg: 'event stream closed',
            requestId,
            institutionId: actor.institutionId,
            events,
            durationMs: Math.round(performance.now() - started),
            ...(error === undefined ? {} : errorFields(error)),
          });
        },
      });
      return { status: 200, body: undefined, response };
    } catch (error) {
      release();
      throw error;
    }
  });

  defineRoute(
    app,
    'createWebhookEndpoint',
    async ({ actor, body, now, deps }, tx) =>
      reply(
        'createWebhookEndpoint',
        201,
        await createWebhookEndpoint({ db: tx, actor, now, config: deps.config }, body),
      ),
    { idempotent: true },
  );

  defineRoute(app, 'listWebhookEndpoints', async ({ actor, deps }) =>
    reply('listWebhookEndpoints', 200, await listWebhookEndpoints({ db: deps.db, actor })),
  );

  defineRoute(app, 'deleteWebhookEndpoint', async ({ actor, deps, path, now }) => {
    await deleteWebhookEndpoint({ db: deps.db, actor, now }, path.endpointId);
    return reply('deleteWebhookEndpoint', 204, undefined);
  });

  defineRoute(app, 'listWebhookDeliveries', async ({ actor, deps, path }) =>
    reply('listWebhookDeliveries', 200, await listWebhookDeliveries({ db: deps.db, actor }, path.endpointId)),
  );
}

/** An error as a log may hold it: its name and SQLSTATE, never its message (which may quote data). */
function errorFields(error: unknown): { error: string; code?: string } {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return {
    error: typeof name === 'string' ? name : typeof error,
    ...(typeof code === 'string' ? { code } : {}),
  };
}
