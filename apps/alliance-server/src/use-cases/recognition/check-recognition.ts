import type { components } from '@yilian/contract';
import { failures } from '../../failure.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import { iso } from '../shared/present.js';
import type { RecognitionContext } from './context.js';
import type { ResultFacts } from './decide-recognition.js';
import { decideRecognition, recognitionFacts } from './decide-recognition.js';
import { visibleResult } from './visible-result.js';

type Schemas = components['schemas'];

const GIVEN_FACTS = ['itemCode', 'performingInstitutionId', 'performedAt'] as const;

/**
 * Would a result be recognized (or shared) at the requesting institution at `at`, by the lists of that
 * institution's regions? A referring clinic may ask on behalf of the hospital it refers to; an institution outside
 * the actor's alliances is `forbidden`. A registered result speaks for itself: its stored facts (and its image
 * study) are used, not any given beside it.
 */
export async function checkRecognition(
  { db, actor }: Pick<RecognitionContext, 'db' | 'actor'>,
  check: Schemas['RecognitionCheck'],
): Promise<Schemas['RecognitionOutcome']> {
  const requester = check.requestingInstitutionId;
  const neighbours = await allianceNeighbours(db, actor.institutionId);
  if (requester !== actor.institutionId && !neighbours.includes(requester)) {
    throw failures.forbidden();
  }
  let facts: ResultFacts;
  if (check.resultId !== undefined) {
    const row = await visibleResult(db, actor, check.resultId, neighbours);
    facts = {
      id: row.id,
      itemCode: row.item_code,
      performingInstitutionId: row.performing_institution_id,
      performedAt: iso(row.performed_at),
      ...(row.study === null ? {} : { study: row.study }),
    };
  } else if (
    check.itemCode !== undefined &&
    check.performingInstitutionId !== undefined &&
    check.performedAt !== undefined
  ) {
    facts = {
      itemCode: check.itemCode,
      performingInstitutionId: check.performingInstitutionId,
      performedAt: check.performedAt,
    };
  } else {
    const missing = GIVEN_FACTS.filter((name) => check[name] === undefined);
    throw failures.validation(missing.map((name) => ({ pointer: `/${name}`, code: 'required' })));
  }
  return decideRecognition(
    await recognitionFacts(db, requester, [facts.itemCode], [facts.performingInstitutionId]),
    facts,
    requester,
    check.at,
  );
}
