import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';
import { Failure, failures } from '../../failure.js';
import { lastAudit } from '../../stores/audit-store.js';
import type { ConsultationRow } from '../../stores/consultation-store.js';
import { findConsultation } from '../../stores/consultation-store.js';
import { allowedConsultationCommands } from '@yilian/domain';
import { compact, isoOrUndefined } from '../shared/present.js';
import { partiesOf } from './present-consultation.js';

/** The consultation if the actor's institution is party to it; `not_found` otherwise, as for an unknown id. */
export async function mustLoadConsultation(
  db: Queryable,
  consultationId: string,
  actor: Actor,
): Promise<ConsultationRow> {
  const row = await findConsultation(db, consultationId, actor.institutionId);
  if (!row) {
    throw failures.notFound();
  }
  return row;
}

/** The `version_conflict` of a stale `If-Match`: the current version and status, who changed it last and when. */
export async function consultationVersionConflict(
  db: Queryable,
  consultationId: string,
  actor: Actor,
): Promise<Failure> {
  const current = await mustLoadConsultation(db, consultationId, actor);
  const change = await lastAudit(db, 'consultation', consultationId);
  return new Failure('version_conflict', {
    members: compact({
      currentVersion: current.version,
      currentConsultationStatus: current.status,
      allowedConsultationCommands: allowedConsultationCommands(partiesOf(current), actor),
      changedAt: isoOrUndefined(change?.at ?? current.updated_at),
      changedBy: change?.actor ?? undefined,
    }),
  });
}
