import type { components } from '@yilian/contract';
import { failures } from '../../failure.js';
import { applicableRegions, isListedIn, qualificationsFor } from '../../stores/recognition-list-store.js';
import type { RecognitionContext } from './context.js';
import { toQualification } from './present-recognition.js';

/**
 * The qualifications, current and lapsed, of an item in the scopes of the lists that apply at the actor's
 * institution. An item in none of those lists is `not_found`.
 */
export async function listQualifications(
  { db, actor }: Pick<RecognitionContext, 'db' | 'actor'>,
  itemCode: string,
): Promise<components['schemas']['QualificationList']> {
  const regions = await applicableRegions(db, actor.institutionId);
  if (
    !(await isListedIn(
      db,
      itemCode,
      regions.map((r) => r.id),
    ))
  ) {
    throw failures.notFound();
  }
  const scopes = new Set(regions.map((r) => r.scope));
  const rows = await qualificationsFor(db, [itemCode]);
  return { items: rows.filter((q) => scopes.has(q.scope)).map(toQualification) };
}
