import type { components } from '@yilian/contract';
import { isRecognisable, validateAdoption } from '@yilian/domain';
import { Failure, failures } from '../../failure.js';
import { newId } from '../../ids.js';
import type { AdoptionDecisionRow } from '../../stores/adoption-store.js';
import { insertAdoptionDecision } from '../../stores/adoption-store.js';
import { appendAudit } from '../../stores/audit-store.js';
import { departmentCodeIn } from '../../stores/directory-store.js';
import { appendEvent } from '../../stores/event-store.js';
import { actorRef, compact, iso } from '../shared/present.js';
import type { RecognitionContext } from './context.js';
import { decideRecognition, recognitionFacts } from './decide-recognition.js';
import { toAdoptionDecision } from './present-recognition.js';
import { visibleResult } from './visible-result.js';

type Schemas = components['schemas'];

/**
 * Records the doctor's 采纳/不采纳 decision on a result the actor may see (any other is `not_found`). The result must
 * be recognisable at the actor's institution now — recognized or shared — or the decision is refused with
 * `result_not_recognisable`. A reason must be one the institution's regions offer. The item's price at the
 * institution is stored with the decision, so the savings are computed from the records. Audited on the result's
 * timeline and announced (`adoption.recorded`) to the deciding, performing and registering institutions.
 */
export async function recordAdoption(
  { db, actor, now }: Pick<RecognitionContext, 'db' | 'actor' | 'now'>,
  input: Schemas['AdoptionDecisionCreate'],
): Promise<Schemas['AdoptionDecision']> {
  const result = await visibleResult(db, actor, input.resultId);
  const facts = await recognitionFacts(
    db,
    actor.institutionId,
    [result.item_code],
    [result.performing_institution_id],
  );
  const issues = validateAdoption(input, facts.retestReasons);
  if (!(await departmentCodeIn(db, input.departmentCode, actor.institutionId))) {
    issues.push({ pointer: '/departmentCode', code: 'department_not_in_institution' });
  }
  if (issues.length > 0) {
    throw failures.validation(issues);
  }
  const outcome = decideRecognition(
    facts,
    {
      id: result.id,
      itemCode: result.item_code,
      performingInstitutionId: result.performing_institution_id,
      performedAt: iso(result.performed_at),
    },
    actor.institutionId,
    iso(now),
  );
  if (!isRecognisable(outcome.decision)) {
    throw new Failure('result_not_recognisable', { params: { decision: outcome.decision } });
  }
  const row: AdoptionDecisionRow = {
    id: newId('adp', now),
    result_id: result.id,
    item_code: result.item_code,
    outcome: input.outcome,
    reason: input.outcome === 'not_adopted' ? (input.reason ?? null) : null,
    reason_text: input.outcome === 'not_adopted' ? (input.reasonText ?? null) : null,
    explained_to_patient: input.explainedToPatient,
    check_decision: outcome.decision,
    hr_mark: outcome.hrMark ?? null,
    department_code: input.departmentCode,
    institution_id: actor.institutionId,
    price_fen: outcome.priceFen ?? null,
    decided_at: now,
    decided_by: actorRef(actor),
  };
  await insertAdoptionDecision(db, row);
  await appendAudit(db, {
    resourceType: 'result',
    resourceId: result.id,
    at: now,
    actor: actorRef(actor),
    action: input.outcome === 'adopted' ? 'adopt' : 'not_adopt',
    toStatus: input.outcome,
    ...(row.reason === null ? {} : { reasonCode: row.reason }),
  });
  await appendEvent(db, {
    type: 'adoption.recorded',
    resourceId: row.id,
    at: now,
    data: compact({
      resultId: result.id,
      itemCode: row.item_code,
      outcome: row.outcome,
      reason: row.reason ?? undefined,
      checkDecision: row.check_decision,
      priceFen: row.price_fen ?? undefined,
    }),
    institutionIds: [
      actor.institutionId,
      result.performing_institution_id,
      result.registered_by_institution_id,
    ],
  });
  return toAdoptionDecision(row);
}
