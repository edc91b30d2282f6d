import type { components } from '@yilian/contract';
import { validateRetest } from '@yilian/domain';
import { failures } from '../../failure.js';
import { newId } from '../../ids.js';
import { appendAudit } from '../../stores/audit-store.js';
import { appendEvent } from '../../stores/event-store.js';
import type { RetestRecordRow } from '../../stores/result-store.js';
import { insertRetestRecord } from '../../stores/result-store.js';
import { actorRef, iso } from '../shared/present.js';
import type { RecognitionContext } from './context.js';
import { decideRecognition, recognitionFacts } from './decide-recognition.js';
import { toRetestRecord } from './present-recognition.js';
import { visibleResult } from './visible-result.js';

type Schemas = components['schemas'];

/**
 * Documents why a result the actor may see is tested again at the actor's institution — a national reason or one
 * its regions add — with the recognition decision as it stands now, audits it on the result, and announces it (`retest.recorded`) to the recording, performing and registering
 * institutions.
 */
export async function recordRetest(
  { db, actor, now }: Pick<RecognitionContext, 'db' | 'actor' | 'now'>,
  record: Schemas['RetestRecordCreate'],
): Promise<Schemas['RetestRecord']> {
  const result = await visibleResult(db, actor, record.resultId);
  const facts = await recognitionFacts(
    db,
    actor.institutionId,
    [result.item_code],
    [result.performing_institution_id],
  );
  const issues = validateRetest(record, facts.retestReasons);
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
  const row: RetestRecordRow = {
    id: newId('rtr', now),
    result_id: result.id,
    reason: record.reason,
    reason_text: record.reasonText ?? null,
    explained_to_patient: record.explainedToPatient ?? null,
    decision_at_record: outcome.decision,
    recorded_at: now,
    recorded_by: actorRef(actor),
    institution_id: actor.institutionId,
  };
  await insertRetestRecord(db, row);
  await appendAudit(db, {
    resourceType: 'result',
    resourceId: result.id,
    at: now,
    actor: actorRef(actor),
    action: 'retest',
    reasonCode: row.reason,
  });
  await appendEvent(db, {
    type: 'retest.recorded',
    resourceId: row.id,
    at: now,
    data: { resultId: result.id, reason: row.reason, decisionAtRecord: row.decision_at_record },
    institutionIds: [
      actor.institutionId,
      result.performing_institution_id,
      result.registered_by_institution_id,
    ],
  });
  return toRetestRecord(row);
}
