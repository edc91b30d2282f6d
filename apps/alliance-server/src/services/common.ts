// Transitional: the pieces of the old common module now live in stores/ and use-cases/shared/. Each flow imports
// them from there as it moves; this file is deleted when no flow imports it.
import type { Actor } from '../auth.js';
import type { Queryable } from '../db/database.js';
import type { AuditEntry } from '../stores/audit-store.js';
import { appendAudit as storeAudit } from '../stores/audit-store.js';
import { actorRef } from '../use-cases/shared/present.js';

export { appendEvent } from '../stores/event-store.js';
export { allianceNeighbours } from '../stores/alliance-store.js';
export { iso, isoOrUndefined, compact, actorRef } from '../use-cases/shared/present.js';
export { canReadFullIdentity, patientFor, patientKey } from '../use-cases/shared/patient.js';
export { encodeCursor, decodeCursor } from './legacy-cursor.js';

/** @deprecated Use `appendAudit` of `stores/audit-store.ts` with an `ActorRef`. */
export async function appendAudit(
  tx: Queryable,
  entry: Omit<AuditEntry, 'actor'> & { actor: Actor | null },
): Promise<void> {
  await storeAudit(tx, { ...entry, actor: entry.actor ? actorRef(entry.actor) : null });
}
