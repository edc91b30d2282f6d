import type { components } from '@yilian/contract';
import { alliancesOf, clinicianName } from '../../stores/directory-store.js';
import { canReadFullIdentity } from '../shared/patient.js';
import { compact } from '../shared/present.js';
import type { DirectoryContext } from './context.js';

/** Who the token acts as: the directory's name for the clinician (the token's when the directory has none). */
export async function getCurrentActor(ctx: DirectoryContext): Promise<components['schemas']['Me']> {
  const { db, actor } = ctx;
  const alliances = await alliancesOf(db, actor.institutionId);
  const name = await clinicianName(db, actor.clinicianId);
  return {
    ...compact({ name: name ?? actor.name, patientId: actor.patientId }),
    institutionId: actor.institutionId,
    role: actor.role,
    clinicianId: actor.clinicianId,
    allianceIds: alliances.map((a) => a.id),
    canReadFullIdNumbers: canReadFullIdentity(actor),
  };
}
