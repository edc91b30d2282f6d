import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type ActorRef = components['schemas']['ActorRef'];

/** One entry of a resource's audit timeline. */
export interface AuditEntry {
  resourceType: 'referral' | 'appointment' | 'consultation';
  resourceId: string;
  at: Date;
  /** Who acted; `null` for the server itself (an expiry). */
  actor: ActorRef | null;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  reasonCode?: string;
  note?: string;
}

/** An audit row as stored. */
export interface AuditRow {
  id: string | number;
  at: Date | string;
  actor: ActorRef | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  reason_code: string | null;
  note: string | null;
}

/**
 * The values of an audit row, in the column order `resource_type, resource_id, at, actor, action, from_status,
 * to_status, reason_code, note`: for `appendAudit` and for statements that store the entry with its change.
 */
export function auditParams(entry: AuditEntry): unknown[] {
  return [
    entry.resourceType,
    entry.resourceId,
    entry.at,
    entry.actor ? JSON.stringify(entry.actor) : null,
    entry.action,
    entry.fromStatus ?? null,
    entry.toStatus ?? null,
    entry.reasonCode ?? null,
    entry.note ?? null,
  ];
}

/** Appends one audit event; call it in the same transaction as the change it records. */
export async function appendAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO audit_events (resource_type, resource_id, at, actor, action, from_status, to_status, reason_code, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    auditParams(entry),
  );
}

/** A resource's audit timeline, oldest first. */
export async function listAudit(
  db: Queryable,
  resourceType: AuditEntry['resourceType'],
  resourceId: string,
): Promise<AuditRow[]> {
  const { rows } = await db.query<AuditRow>(
    'SELECT * FROM audit_events WHERE resource_type = $1 AND resource_id = $2 ORDER BY id',
    [resourceType, resourceId],
  );
  return rows;
}

/** The last audit event of a resource: who changed it, and when (for a version conflict). */
export async function lastAudit(
  db: Queryable,
  resourceType: AuditEntry['resourceType'],
  resourceId: string,
): Promise<Pick<AuditRow, 'at' | 'actor'> | undefined> {
  const { rows } = await db.query<Pick<AuditRow, 'at' | 'actor'>>(
    'SELECT at, actor FROM audit_events WHERE resource_type = $1 AND resource_id = $2 ORDER BY id DESC LIMIT 1',
    [resourceType, resourceId],
  );
  return rows[0];
}
