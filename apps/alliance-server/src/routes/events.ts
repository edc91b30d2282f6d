import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { defineRoute, reply } from '../http/route.js';
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
