import type { components } from '@yilian/contract';
import type { Database, Queryable } from '../../db/database.js';
import { publishEvents } from '../events/publish-events.js';
import { newId } from '../../ids.js';
import type { EventRow } from '../../stores/event-store.js';
import type { DeliveryEndpointRow } from '../../stores/webhook-store.js';
import {
  activeEndpoints,
  closeDueAttempts,
  insertAttempt,
  lockEndpointDeliveries,
  recordAttemptOutcome,
  undeliveredEvents,
} from '../../stores/webhook-store.js';
import { toEvent } from '../events/present-event.js';
import { webhookSignature } from './signature.js';

type DeliveryStatus = components['schemas']['WebhookDelivery']['status'];

export interface DeliverWebhooksOptions {
  /** The instant of this run (the CLI passes the wall clock, tests a manual one). */
  now: Date;
  /** The HTTP client; tests pass the global `fetch` against a loopback server. */
  fetch: typeof globalThis.fetch;
  /** Attempts per event before it is given up as `failed`; 8 by default (about 21 minutes of retries). */
  maxAttempts?: number;
  /** Per-attempt timeout; 10 s by default. */
  timeoutMs?: number;
  /** New events claimed per endpoint and run; 100 by default. */
  batchSize?: number;
}

export interface DeliverWebhooksReport {
  attempted: number;
  succeeded: number;
  /** Failed attempts that will be retried. */
  retrying: number;
  /** Events given up after the last attempt. */
  failed: number;
}

// An attempt in flight is leased for this long: a deliverer that dies mid-attempt leaves a pending row that falls due
// again after the lease, so the event is retried rather than lost.
const LEASE_MS = 5 * 60_000;

/** Waits before attempt `attempt + 1` after attempt `attempt` failed: 10 s × 2^(attempt−1), at most an hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(10_000 * 2 ** (attempt - 1), 3_600_000);
}

/**
 * How an attempt ends: a 2xx answer succeeds; anything else (another status, or `null` for a network error or
 * timeout) is retried after `retryDelayMs`, unless it was the last attempt, which gives the event up.
 * @example attemptOutcome(500, 1, 8, now) // { status: 'pending', nextAttemptAt: now + 10 s }
 */
export function attemptOutcome(
  responseStatus: number | null,
  attempt: number,
  maxAttempts: number,
  now: Date,
): { status: DeliveryStatus; nextAttemptAt: Date | null } {
  if (responseStatus !== null && responseStatus >= 200 && responseStatus < 300) {
    return { status: 'succeeded', nextAttemptAt: null };
  }
  if (attempt >= maxAttempts) {
    return { status: 'failed', nextAttemptAt: null };
  }
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt)) };
}

interface Claim {
  deliveryId: string;
  attempt: number;
  event: EventRow;
}

/**
 * Claims the attempts due at one endpoint in one transaction: due retries (and leases of attempts whose deliverer
 * died) get their next attempt unless they were the last, and events after the endpoint's last delivered sequence
 * get their first. The per-endpoint lock makes two deliverers on one database claim disjoint work.
 */
async function claim(
  tx: Queryable,
  endpoint: DeliveryEndpointRow,
  now: Date,
  maxAttempts: number,
  batchSize: number,
): Promise<Claim[]> {
  await lockEndpointDeliveries(tx, endpoint.id);
  const claims: Claim[] = [];
  for (const due of await closeDueAttempts(tx, endpoint.id, now)) {
    if (due.attempt < maxAttempts) {
      claims.push({ deliveryId: newId('whd', now), attempt: due.attempt + 1, event: due });
    }
  }
  for (const event of await undeliveredEvents(tx, endpoint, batchSize)) {
    claims.push({ deliveryId: newId('whd', now), attempt: 1, event });
  }
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  for (const c of claims) {
    await insertAttempt(tx, {
      id: c.deliveryId,
      endpointId: endpoint.id,
      eventSequence: c.event.sequence,
      attempt: c.attempt,
      attemptedAt: now,
      leaseUntil,
    });
  }
  return claims.sort((a, b) => Number(a.event.sequence) - Number(b.event.sequence));
}

/** POSTs one event; the answer's status, or `null` when there was none (network error or timeout). */
async function post(
  fetch: typeof globalThis.fetch,
  url: string,
  body: string,
  signature: string,
  timeoutMs: number,
): Promise<number | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'yilian-webhooks/1',
        'Yilian-Signature': signature,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    // A network error or timeout: no status, retried like a 5xx.
    return null;
  }
  try {
    await response.body?.cancel();
  } catch {
    // The answer counts by its status alone; its body is never read.
  }
  return response.status;
}

/**
 * Delivers the event feed to the registered webhook endpoints: per endpoint, the events after its last delivered
 * sequence and the retries that are due, each POSTed as the contract's `Event` JSON with a `Yilian-Signature`
 * header, each attempt recorded in `webhook_deliveries`. A non-2xx answer or a network error schedules the next
 * attempt after `retryDelayMs`; after `maxAttempts` the event is `failed`. Takes `now` and `fetch` so the caller
 * decides time and transport; the CLI runs it on an interval.
 * @param db - the alliance database
 * @param options - the instant, the HTTP client and the retry limits
 * @example await deliverWebhooks(db, { now: new Date(), fetch })
 */
export async function deliverWebhooks(
  db: Database,
  options: DeliverWebhooksOptions,
): Promise<DeliverWebhooksReport> {
  const { now, maxAttempts = 8, timeoutMs = 10_000, batchSize = 100 } = options;
  const report: DeliverWebhooksReport = { attempted: 0, succeeded: 0, retrying: 0, failed: 0 };
  // Committed events get their place in the feed first: deliveries follow the feed's sequence.
  await publishEvents(db);
  for (const endpoint of await activeEndpoints(db)) {
    const claims = await db.transaction((tx) => claim(tx, endpoint, now, maxAttempts, batchSize));
    for (const c of claims) {
      const body = JSON.stringify(toEvent(c.event));
      const signature = await webhookSignature(endpoint.secret, Math.floor(now.getTime() / 1000), body);
      const responseStatus = await post(options.fetch, endpoint.url, body, signature, timeoutMs);
      const outcome = attemptOutcome(responseStatus, c.attempt, maxAttempts, now);
      await recordAttemptOutcome(db, c.deliveryId, { ...outcome, responseStatus });
      report.attempted += 1;
      report[outcome.status === 'pending' ? 'retrying' : outcome.status] += 1;
    }
  }
  return report;
}
