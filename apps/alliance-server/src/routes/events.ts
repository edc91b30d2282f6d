import type { components } from '@yilian/contract';
import type { Hono } from 'hono';
import type { Actor } from '../auth.js';
import type { AppEnv } from '../context.js';
import { problems } from '../http/problem.js';
import { defineRoute, reply } from '../http/route.js';
import { newId } from '../ids.js';
import { compact, iso, isoOrUndefined } from '../services/common.js';
import type { EventRow } from '../services/webhooks.js';
import { eventId, newWebhookSecret, sequenceOf, toEvent } from '../services/webhooks.js';
import { isPrivateWebhookHost } from '../services/webhook-url.js';

export { deliverWebhooks } from '../services/webhooks.js';

type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
type WebhookDelivery = components['schemas']['WebhookDelivery'];

interface EndpointRow {
  id: string;
  url: string;
  event_types: WebhookEndpoint['eventTypes'];
  description: string | null;
  created_at: Date;
}

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return compact({
    id: row.id,
    url: row.url,
    eventTypes: row.event_types,
    description: row.description ?? undefined,
    createdAt: iso(row.created_at),
  });
}

/** Endpoints are the institution's integration settings: only its coordinators and admins manage them. */
function assertCanManageWebhooks(actor: Actor): void {
  if (actor.role !== 'coordinator' && actor.role !== 'admin') {
    throw problems.forbidden();
  }
}

export function registerEventRoutes(app: Hono<AppEnv>): void {
  defineRoute(app, 'listEvents', async ({ actor, deps, query }) => {
    const after = query.after === undefined ? '0' : sequenceOf(query.after);
    if (after === undefined) {
      throw problems.validation([{ pointer: '#query/after', code: 'invalid_format' }]);
    }
    const limit = query.limit ?? 20;
    const types = query.type && query.type.length > 0 ? query.type : null;
    const { rows } = await deps.db.query<EventRow>(
      `SELECT sequence, type, resource_id, occurred_at, data FROM events
       WHERE $1 = ANY(institution_ids) AND sequence > $2::bigint AND ($3::text[] IS NULL OR type = ANY($3))
       ORDER BY sequence LIMIT $4`,
      [actor.institutionId, after, types, limit],
    );
    const last = rows[rows.length - 1];
    return reply('listEvents', 200, {
      items: rows.map(toEvent),
      nextCursor: last ? eventId(last.sequence) : (query.after ?? null),
    });
  });

  defineRoute(
    app,
    'createWebhookEndpoint',
    async ({ actor, body, now, deps }, tx) => {
      assertCanManageWebhooks(actor);
      const url = new URL(body.url);
      if (
        !/^https?:$/.test(url.protocol) ||
        (!deps.config.allowPrivateWebhookUrls && isPrivateWebhookHost(url))
      ) {
        throw problems.validation([{ pointer: '/url', code: 'invalid_format' }]);
      }
      const id = newId('whe', now);
      const secret = newWebhookSecret();
      const eventTypes = [...new Set(body.eventTypes)];
      await tx.query(
        `INSERT INTO webhook_endpoints (id, institution_id, url, event_types, description, secret, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, actor.institutionId, body.url, eventTypes, body.description ?? null, secret, now],
      );
      const row: EndpointRow = {
        id,
        url: body.url,
        event_types: eventTypes,
        description: body.description ?? null,
        created_at: now,
      };
      // The only time the secret leaves the server; the idempotency record keeps this response for replays.
      return reply('createWebhookEndpoint', 201, { ...toEndpoint(row), secret });
    },
    { idempotent: true },
  );

  defineRoute(app, 'listWebhookEndpoints', async ({ actor, deps }) => {
    const { rows } = await deps.db.query<EndpointRow>(
      `SELECT id, url, event_types, description, created_at FROM webhook_endpoints
       WHERE institution_id = $1 AND deleted_at IS NULL ORDER BY created_at, id`,
      [actor.institutionId],
    );
    return reply('listWebhookEndpoints', 200, { items: rows.map(toEndpoint) });
  });

  defineRoute(app, 'deleteWebhookEndpoint', async ({ actor, deps, path, now }) => {
    assertCanManageWebhooks(actor);
    // Soft delete: the delivery log keeps its endpoint; deliveries and due retries stop at once.
    const { rows } = await deps.db.query(
      `UPDATE webhook_endpoints SET deleted_at = $3 WHERE id = $1 AND institution_id = $2 AND deleted_at IS NULL RETURNING id`,
      [path.endpointId, actor.institutionId, now],
    );
    if (rows.length === 0) {
      throw problems.notFound();
    }
    return reply('deleteWebhookEndpoint', 204, undefined);
  });

  defineRoute(app, 'listWebhookDeliveries', async ({ actor, deps, path }) => {
    const endpoint = await deps.db.query(
      'SELECT 1 FROM webhook_endpoints WHERE id = $1 AND institution_id = $2 AND deleted_at IS NULL',
      [path.endpointId, actor.institutionId],
    );
    if (endpoint.rows.length === 0) {
      throw problems.notFound();
    }
    const { rows } = await deps.db.query<{
      id: string;
      endpoint_id: string;
      event_sequence: number | string;
      attempt: number;
      status: WebhookDelivery['status'];
      response_status: number | null;
      attempted_at: Date;
      next_attempt_at: Date | null;
    }>(
      `SELECT * FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY attempted_at DESC, event_sequence DESC, attempt DESC LIMIT 100`,
      [path.endpointId],
    );
    return reply('listWebhookDeliveries', 200, {
      items: rows.map((r) => ({
        ...compact({
          id: r.id,
          endpointId: r.endpoint_id,
          eventId: eventId(r.event_sequence),
          attempt: r.attempt,
          status: r.status,
          attemptedAt: iso(r.attempted_at),
          nextAttemptAt: isoOrUndefined(r.next_attempt_at),
        }),
        // Nullable in the contract: null says the attempt got no HTTP answer (network error or timeout).
        responseStatus: r.response_status,
      })),
    });
  });
}
