import type { components } from '@yilian/contract';
import { failures } from '../../failure.js';
import { listPatientConsents } from '../../stores/patient-store.js';
import { compact, iso } from '../shared/present.js';
import type { DispatchContext } from './context.js';

/** A patient's own consents, the latest per purpose; only a `patient` token has any. */
export async function listMyConsents({
  db,
  actor,
}: Pick<DispatchContext, 'db' | 'actor'>): Promise<components['schemas']['ConsentList']> {
  if (actor.patientId === undefined) {
    throw failures.forbidden({ requiredRoles: ['patient'] });
  }
  const rows = await listPatientConsents(db, actor.patientId);
  return {
    items: rows.map((r) =>
      compact({
        purpose: r.purpose,
        grantedAt: iso(r.granted_at),
        method: r.method,
        byGuardian: r.by_guardian || undefined,
      }),
    ),
  };
}
