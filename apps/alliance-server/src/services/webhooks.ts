import type { components } from '@yilian/contract';
import type { Database, Queryable } from '../db/database.js';
import { newId } from '../ids.js';
import { iso } from './common.js';
import { toHex } from '../crypto.js';

type Event = components['schemas']['Event'];
type EventType = components['schemas']['EventType'];

export interface EventRow {
  sequence: number | string;
  type: EventType;
  resource_id: string;
  occurred_at: Date;
  data: Record<string, unknown>;
}

/** The feed id of an event: `evt_` and its sequence, zero-padded to 12 digits so ids sort as their sequences do. */
export function eventId(sequence: number | string): string {
  return `evt_${String(sequence).padStart(12, '0')}`;
}

/** The sequence an event id names, as a decimal string; `undefined` for anything this server did not make. */
export function sequenceOf(id: string): string | undefined {
  const match = /^evt_(\d{1,18})$/.exec(id);
  return match?.[1];
}

export function toEvent(row: EventRow): Event {
  return {
    id: eventId(row.sequence),
    sequence: Number(row.sequence),
    type: row.type,
    occurredAt: iso(row.occurred_at),
    resourceId: row.resource_id,
    data: row.data,
  };
}

const encoder = new TextEncoder();

/** A new endpoint signing secret: `whsec_` and 128 random bits in hex. */
export function newWebhookSecret(): string {
  return `whsec_${toHex(crypto.getRandomValues(new Uint8Array(16)))}`;
}

/**
 * The `Yilian-Signature` header of a delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
 * @param secret - the endpoint's `whsec_…` secret
 * @param timestamp - unix seconds of the attempt
 * @param body - the exact bytes sent
 * @example await webhookSignature('whsec_…', 1795404131, '{"id":"evt_000000000042",…}') // 't=1795404131,v1=5257…'
 */
export async function webhookSignature(secret: string, timestamp: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${body}`));
  return `t=${timestamp},v1=${toHex(mac)}`;
}

/** Waits before attempt `attempt + 1` after attempt `attempt` failed: 10 s × 2^(attempt−1), at most an hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(10_000 * 2 ** (attempt - 1), 3_600_000);
}

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

interface Claim {
  deliveryId: string;
  attempt: number;
  event: EventRow;
}

interface EndpointRow {
  id: string;
  institution_id: string;
  url: string;
  event_types: string[];
  secret: string;
  created_at: Date;
}

/**
 * Claims the attempts due at one endpoint in one transaction: due retries (and leases of attempts whose deliverer
 * died) get their next attempt, and events after the endpoint's last delivered sequence get their first. The
 * per-endpoint lock makes two deliverers on one database claim disjoint work.
 */
async function claim(
  tx: Queryable,
  endpoint: EndpointRow,
  now: Date,
  maxAttempts: number,
  batchSize: number,
): Promise<Claim[]> {
  await tx.query('SELECT pg_advisory_xact_lock(7216200, hashtext($1))', [endpoint.id]);
  const lease = new Date(now.getTime() + LEASE_MS);
  const claims: Claim[] = [];
  const due = await tx.query<EventRow & { delivery_id: string; attempt: number }>(
    `UPDATE webhook_deliveries d SET status = 'failed'
     FROM events e WHERE e.sequence = d.event_sequence
       AND d.endpoint_id = $1 AND d.status = 'pending' AND d.next_attempt_at <= $2
     RETURNING d.id AS delivery_id, d.attempt, e.sequence, e.type, e.resource_id, e.occurred_at, e.data`,
    [endpoint.id, now],
  );
  for (const row of due.rows) {
    if (row.attempt >= maxAttempts) {
      continue;
    }
    claims.push({ deliveryId: newId('whd', now), attempt: row.attempt + 1, event: row });
  }
  const fresh = await tx.query<EventRow>(
    `SELECT e.sequence, e.type, e.resource_id, e.occurred_at, e.data FROM events e
     WHERE e.sequence > (SELECT COALESCE(max(event_sequence), 0) FROM webhook_deliveries WHERE endpoint_id = $1)
       AND $2 = ANY(e.institution_ids) AND e.type = ANY($3) AND e.occurred_at >= $4
     ORDER BY e.sequence LIMIT $5`,
    [endpoint.id, endpoint.institution_id, endpoint.event_types, endpoint.created_at, batchSize],
  );
  for (const event of fresh.rows) {
    claims.push({ deliveryId: newId('whd', now), attempt: 1, event });
  }
  for (const c of claims) {
    await tx.query(
      `INSERT INTO webhook_deliveries (id, endpoint_id, event_sequence, attempt, status, attempted_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, 'pending', $5, $6)`,
      [c.deliveryId, endpoint.id, c.event.sequence, c.attempt, now, lease],
    );
  }
  return claims.sort((a, b) => Number(a.event.sequence) - Number(b.event.sequence));
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
  const { rows: endpoints } = await db.query<EndpointRow>(
    'SELECT id, institution_id, url, event_types, secret, created_at FROM webhook_endpoints WHERE deleted_at IS NULL ORDER BY id',
  );
  for (const endpoint of endpoints) {
    const claims = await db.transaction((tx) => claim(tx, endpoint, now, maxAttempts, batchSize));
    for (const c of claims) {
      const body = JSON.stringify(toEvent(c.event));
      const signature = await webhookSignature(endpoint.secret, Math.floor(now.getTime() / 1000), body);
      let responseStatus: number | null = null;
      try {
        const response = await options.fetch(endpoint.url, {
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
        responseStatus = response.status;
        await response.body?.cancel();
      } catch {
        // A network error or timeout: no status, retried like a 5xx.
      }
      const ok = responseStatus !== null && responseStatus >= 200 && responseStatus < 300;
      const status = ok ? 'succeeded' : c.attempt >= maxAttempts ? 'failed' : 'pending';
      const next = status === 'pending' ? new Date(now.getTime() + retryDelayMs(c.attempt)) : null;
      await db.query(
        'UPDATE webhook_deliveries SET status = $2, response_status = $3, next_attempt_at = $4 WHERE id = $1',
        [c.deliveryId, status, responseStatus, next],
      );
      report.attempted += 1;
      report[status === 'pending' ? 'retrying' : status] += 1;
    }
  }
  return report;
}
