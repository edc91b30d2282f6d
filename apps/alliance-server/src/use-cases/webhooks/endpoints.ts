import type { components } from '@yilian/contract';
import type { Actor } from '../../auth.js';
import type { ServerConfig } from '../../context.js';
import type { Queryable } from '../../db/database.js';
import { failures } from '../../failure.js';
import { newId } from '../../ids.js';
import {
  endpointExists,
  insertEndpoint,
  listDeliveries,
  listEndpoints,
  softDeleteEndpoint,
} from '../../stores/webhook-store.js';
import { toDelivery, toEndpoint } from './present-webhook.js';
import { newWebhookSecret } from './signature.js';
import { isAllowedWebhookUrl } from './webhook-url.js';

type Schemas = components['schemas'];

/** What the endpoint use-cases run with: a connection (the request's transaction for a create), who acts, when. */
export interface WebhookContext {
  db: Queryable;
  actor: Actor;
  now: Date;
}

/** How many of an endpoint's latest attempts its delivery log shows. */
const DELIVERY_LOG_LENGTH = 100;

/** Endpoints are the institution's integration settings: only its coordinators and admins manage them. */
function assertCanManageWebhooks(actor: Actor): void {
  if (actor.role !== 'coordinator' && actor.role !== 'admin') {
    throw failures.forbidden({ requiredRoles: ['coordinator', 'admin'] });
  }
}

/**
 * Registers an endpoint of the caller's institution and returns it with its new signing secret: the only time
 * the secret leaves the server (the idempotency record keeps this answer for replays).
 */
export async function createWebhookEndpoint(
  ctx: WebhookContext & { config: Pick<ServerConfig, 'allowPrivateWebhookUrls'> },
  input: Schemas['WebhookEndpointCreate'],
): Promise<Schemas['WebhookEndpoint']> {
  const { db, actor, now } = ctx;
  assertCanManageWebhooks(actor);
  if (!isAllowedWebhookUrl(input.url, ctx.config.allowPrivateWebhookUrls)) {
    throw failures.field('/url', 'invalid_format');
  }
  const id = newId('whe', now);
  const secret = newWebhookSecret();
  const eventTypes = [...new Set(input.eventTypes)];
  const description = input.description ?? null;
  await insertEndpoint(db, {
    id,
    institutionId: actor.institutionId,
    url: input.url,
    eventTypes,
    description,
    secret,
    createdAt: now,
  });
  const endpoint = toEndpoint({ id, url: input.url, event_types: eventTypes, description, created_at: now });
  return { ...endpoint, secret };
}

/** The caller's institution's endpoints, oldest first, without their secrets. */
export async function listWebhookEndpoints(
  ctx: Omit<WebhookContext, 'now'>,
): Promise<Schemas['WebhookEndpointList']> {
  const rows = await listEndpoints(ctx.db, ctx.actor.institutionId);
  return { items: rows.map(toEndpoint) };
}

/**
 * Soft-deletes an endpoint of the caller's institution: the delivery log keeps its endpoint; deliveries and due
 * retries stop at once. Another institution's endpoint is `not_found`.
 */
export async function deleteWebhookEndpoint(ctx: WebhookContext, endpointId: string): Promise<void> {
  assertCanManageWebhooks(ctx.actor);
  if (!(await softDeleteEndpoint(ctx.db, endpointId, ctx.actor.institutionId, ctx.now))) {
    throw failures.notFound();
  }
}

/** The latest delivery attempts at an endpoint of the caller's institution, newest first. */
export async function listWebhookDeliveries(
  ctx: Omit<WebhookContext, 'now'>,
  endpointId: string,
): Promise<Schemas['WebhookDeliveryList']> {
  if (!(await endpointExists(ctx.db, endpointId, ctx.actor.institutionId))) {
    throw failures.notFound();
  }
  const rows = await listDeliveries(ctx.db, endpointId, DELIVERY_LOG_LENGTH);
  return { items: rows.map(toDelivery) };
}
