import type { components } from '@yilian/contract';
import { failures } from '../../failure.js';
import { applicableScopes, isListedIn, qualificationsFor } from '../../stores/recognition-list-store.js';
import type { RecognitionContext } from './context.js';
import { toQualification } from './present-recognition.js';

/**
 * The qualifications, current and lapsed, of an item in the scopes that apply at the actor's institution. An item
 * in none of those scopes is `not_found`.
 */
export async function listQualifications(
  { db, actor }: Pick<RecognitionContext, 'db' | 'actor'>,
  itemCode: string,
): Promise<components['schemas']['QualificationList']> {
  const scopes = await applicableScopes(db, actor.institutionId);
  if (!(await isListedIn(db, itemCode, scopes))) {
    throw failures.notFound();
  }
  const rows = await qualificationsFor(db, [itemCode]);
  return { items: rows.filter((q) => scopes.includes(q.scope)).map(toQualification) };
}
