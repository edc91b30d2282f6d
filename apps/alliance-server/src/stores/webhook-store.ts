import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';
import type { EventRow } from './event-store.js';

type EventType = components['schemas']['EventType'];
type DeliveryStatus = components['schemas']['WebhookDelivery']['status'];

/** A webhook endpoint as its institution sees it: never its secret. */
export interface EndpointRow {
  id: string;
  url: string;
  event_types: EventType[];
  description: string | null;
  created_at: Date;
}

/** An endpoint as the deliverer needs it, secret included. */
export interface DeliveryEndpointRow {
  id: string;
  institution_id: string;
  url: string;
  event_types: EventType[];
  secret: string;
  created_at: Date;
}

export interface NewEndpoint {
  id: string;
  institutionId: string;
  url: string;
  eventTypes: readonly EventType[];
  description: string | null;
  secret: string;
  createdAt: Date;
}

export async function insertEndpoint(tx: Queryable, endpoint: NewEndpoint): Promise<void> {
  await tx.query(
    `INSERT INTO webhook_endpoints (id, institution_id, url, event_types, description, secret, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      endpoint.id,
      endpoint.institutionId,
      endpoint.url,
      endpoint.eventTypes,
      endpoint.description,
      endpoint.secret,
      endpoint.createdAt,
    ],
  );
}

/** The institution's endpoints that are not deleted, oldest first. */
export async function listEndpoints(db: Queryable, institutionId: string): Promise<EndpointRow[]> {
  const { rows } = await db.query<EndpointRow>(
    `SELECT id, url, event_types, description, created_at FROM webhook_endpoints
     WHERE institution_id = $1 AND deleted_at IS NULL ORDER BY created_at, id`,
    [institutionId],
  );
  return rows;
}

/** Whether the id names an endpoint of the institution that is not deleted. */
export async function endpointExists(
  db: Queryable,
  endpointId: string,
  institutionId: string,
): Promise<boolean> {
  const { rows } = await db.query(
    'SELECT 1 FROM webhook_endpoints WHERE id = $1 AND institution_id = $2 AND deleted_at IS NULL',
    [endpointId, institutionId],
  );
  return rows.length > 0;
}

/**
 * Soft-deletes an endpoint of the institution (the delivery log keeps it); false when there is none to delete.
 */
export async function softDeleteEndpoint(
  db: Queryable,
  endpointId: string,
  institutionId: string,
  at: Date,
): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE webhook_endpoints SET deleted_at = $3 WHERE id = $1 AND institution_id = $2 AND deleted_at IS NULL RETURNING id`,
    [endpointId, institutionId, at],
  );
  return rows.length > 0;
}

/** One attempt to deliver one event to one endpoint. */
export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_sequence: number | string;
  attempt: number;
  status: DeliveryStatus;
  /** `null` when the attempt got no HTTP answer (network error or timeout) or is still in flight. */
  response_status: number | null;
  attempted_at: Date;
  next_attempt_at: Date | null;
}

/** The latest attempts at an endpoint, newest first. */
export async function listDeliveries(
  db: Queryable,
  endpointId: string,
  limit: number,
): Promise<DeliveryRow[]> {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT id, endpoint_id, event_sequence, attempt, status, response_status, attempted_at, next_attempt_at
     FROM webhook_deliveries WHERE endpoint_id = $1
     ORDER BY attempted_at DESC, event_sequence DESC, attempt DESC LIMIT $2`,
    [endpointId, limit],
  );
  return rows;
}

/** Every endpoint that is not deleted, by id. */
export async function activeEndpoints(db: Queryable): Promise<DeliveryEndpointRow[]> {
  const { rows } = await db.query<DeliveryEndpointRow>(
    'SELECT id, institution_id, url, event_types, secret, created_at FROM webhook_endpoints WHERE deleted_at IS NULL ORDER BY id',
  );
  return rows;
}

/** Holds the endpoint's delivery lock until the transaction ends, so two deliverers claim disjoint work. */
export async function lockEndpointDeliveries(tx: Queryable, endpointId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(7216200, hashtext($1))', [endpointId]);
}

/** A pending attempt that fell due, with its event. */
export type DueAttemptRow = EventRow & { delivery_id: string; attempt: number };

/**
 * Marks `failed` the endpoint's pending attempts due at `now` (retries that fell due, and leases of attempts whose
 * deliverer died), returning them with their events.
 */
export async function closeDueAttempts(
  tx: Queryable,
  endpointId: string,
  now: Date,
): Promise<DueAttemptRow[]> {
  const { rows } = await tx.query<DueAttemptRow>(
    `UPDATE webhook_deliveries d SET status = 'failed'
     FROM events e WHERE e.sequence = d.event_sequence
       AND d.endpoint_id = $1 AND d.status = 'pending' AND d.next_attempt_at <= $2
     RETURNING d.id AS delivery_id, d.attempt, e.sequence, e.type, e.resource_id, e.occurred_at, e.data`,
    [endpointId, now],
  );
  return rows;
}

/**
 * The events an endpoint has not been sent yet: after its last delivered sequence, readable by its institution,
 * of its types, and not older than the endpoint itself; in sequence order.
 */
export async function undeliveredEvents(
  tx: Queryable,
  endpoint: Pick<DeliveryEndpointRow, 'id' | 'institution_id' | 'event_types' | 'created_at'>,
  limit: number,
): Promise<EventRow[]> {
  const { rows } = await tx.query<EventRow>(
    `SELECT e.sequence, e.type, e.resource_id, e.occurred_at, e.data FROM events e
     WHERE e.sequence > (SELECT COALESCE(max(event_sequence), 0) FROM webhook_deliveries WHERE endpoint_id = $1)
       AND e.sequence <= 4611686018427387904 -- published events only (see event-store)
       AND $2 = ANY(e.institution_ids) AND e.type = ANY($3) AND e.occurred_at >= $4
     ORDER BY e.sequence LIMIT $5`,
    [endpoint.id, endpoint.institution_id, endpoint.event_types, endpoint.created_at, limit],
  );
  return rows;
}

export interface NewAttempt {
  id: string;
  endpointId: string;
  eventSequence: number | string;
  attempt: number;
  attemptedAt: Date;
  /** When the attempt falls due again if its deliverer never records an outcome. */
  leaseUntil: Date;
}

/** Records an attempt as `pending` before it is made. */
export async function insertAttempt(tx: Queryable, attempt: NewAttempt): Promise<void> {
  await tx.query(
    `INSERT INTO webhook_deliveries (id, endpoint_id, event_sequence, attempt, status, attempted_at, next_attempt_at)
     VALUES ($1, $2, $3, $4, 'pending', $5, $6)`,
    [
      attempt.id,
      attempt.endpointId,
      attempt.eventSequence,
      attempt.attempt,
      attempt.attemptedAt,
      attempt.leaseUntil,
    ],
  );
}

/** Records how an attempt ended. */
export async function recordAttemptOutcome(
  db: Queryable,
  deliveryId: string,
  outcome: { status: DeliveryStatus; responseStatus: number | null; nextAttemptAt: Date | null },
): Promise<void> {
  await db.query(
    'UPDATE webhook_deliveries SET status = $2, response_status = $3, next_attempt_at = $4 WHERE id = $1',
    [deliveryId, outcome.status, outcome.responseStatus, outcome.nextAttemptAt],
  );
}
