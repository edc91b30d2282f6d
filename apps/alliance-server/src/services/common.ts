import type { components } from '@yilian/contract';
import { maskIdNumber, maskPhone, toShanghaiIso } from '@yilian/domain';
import type { Actor } from '../auth.js';
import type { Queryable } from '../db/database.js';
import { toHex } from '../crypto.js';

type Patient = components['schemas']['Patient'];
type ActorRef = components['schemas']['ActorRef'];
type EventType = components['schemas']['EventType'];

/** An instant as the contract writes it: RFC 3339 with the Asia/Shanghai offset. */
export function iso(value: Date | string): string {
  return toShanghaiIso(value);
}

/** `iso` for nullable columns: absent stays absent (the contract has no nulls for optional instants). */
export function isoOrUndefined(value: Date | string | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : toShanghaiIso(value);
}

/** Drops `undefined` members so responses carry no keys the contract does not expect as null. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/**
 * Roles that register the arriving patient in their own hospital system need the whole identity number and
 * phone; every other role sees them masked (DOMAIN §8, PIPL minimum necessary).
 */
export function canReadFullIdentity(actor: Actor): boolean {
  return actor.role === 'receiver' || actor.role === 'coordinator';
}

/** The patient as this actor may see it. */
export function patientFor(actor: Actor, patient: Patient): Patient {
  if (canReadFullIdentity(actor)) {
    return patient;
  }
  return compact({
    ...patient,
    idNumber: maskIdNumber(patient.idNumber),
    idNumberMasked: true,
    phone: patient.phone ? maskPhone(patient.phone) : undefined,
  });
}

/**
 * A keyed hash of the identity document: finds a patient's results and bookings without a second plain copy of
 * the number, and cannot be reversed by enumerating ID numbers without the server's secret.
 */
export async function patientKey(secret: string, idType: string, idNumber: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign(
    'HMAC',
    key,
    new TextEncoder().encode(`${idType}:${idNumber.trim().toUpperCase()}`),
  );
  return toHex(mac);
}

/** The audit form of an actor. */
export function actorRef(actor: Actor): ActorRef {
  return compact({
    clinicianId: actor.clinicianId,
    institutionId: actor.institutionId,
    role: actor.role,
    name: actor.name,
  });
}

/** Appends one audit event; call it in the same transaction as the change it records. */
export async function appendAudit(
  tx: Queryable,
  entry: {
    resourceType: 'referral' | 'appointment';
    resourceId: string;
    at: Date;
    actor: Actor | null;
    action: string;
    fromStatus?: string | null;
    toStatus?: string | null;
    reasonCode?: string;
    note?: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_events (resource_type, resource_id, at, actor, action, from_status, to_status, reason_code, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.resourceType,
      entry.resourceId,
      entry.at,
      entry.actor ? JSON.stringify(actorRef(entry.actor)) : null,
      entry.action,
      entry.fromStatus ?? null,
      entry.toStatus ?? null,
      entry.reasonCode ?? null,
      entry.note ?? null,
    ],
  );
}

/**
 * Appends one event to the ordered feed, readable by `institutionIds`; call it in the same transaction as the
 * change. `data` holds ids and states only, never patient data.
 */
export async function appendEvent(
  tx: Queryable,
  event: {
    type: EventType;
    resourceId: string;
    at: Date;
    data: Record<string, unknown>;
    institutionIds: string[];
  },
): Promise<void> {
  // Serializes event writers until commit, so sequence order is commit order and an `after` cursor never skips
  // an event whose transaction committed late.
  await tx.query('SELECT pg_advisory_xact_lock(7216100)');
  await tx.query(
    `INSERT INTO events (type, resource_id, occurred_at, data, institution_ids) VALUES ($1, $2, $3, $4, $5)`,
    [event.type, event.resourceId, event.at, JSON.stringify(event.data), [...new Set(event.institutionIds)]],
  );
}

/** The institutions that share an alliance with `institutionId` (itself included): what its tokens may see. */
export async function allianceNeighbours(db: Queryable, institutionId: string): Promise<string[]> {
  const { rows } = await db.query<{ institution_id: string }>(
    `SELECT DISTINCT m2.institution_id FROM alliance_members m1
     JOIN alliance_members m2 ON m2.alliance_id = m1.alliance_id WHERE m1.institution_id = $1`,
    [institutionId],
  );
  return rows.map((r) => r.institution_id);
}

/** Opaque cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown[]): string {
  return btoa(JSON.stringify(key)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes a cursor; `undefined` for a cursor this server did not make (answered as a validation problem). */
export function decodeCursor(cursor: string | undefined): unknown[] | undefined {
  if (!cursor) {
    return undefined;
  }
  try {
    const value = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))) as unknown;
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
