import type { components } from '@yilian/contract';
import { normalizeIdNumber, validatePatientIdentity } from '@yilian/domain';
import type { FieldIssue } from '../../failure.js';
import { failures } from '../../failure.js';
import { newId } from '../../ids.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import { appendAudit } from '../../stores/audit-store.js';
import { appendEvent } from '../../stores/event-store.js';
import { catalogueKind } from '../../stores/recognition-list-store.js';
import { isReferralParty } from '../../stores/referral-store.js';
import { insertResult } from '../../stores/result-store.js';
import { patientKey } from '../shared/patient.js';
import { actorRef, compact } from '../shared/present.js';
import type { RecognitionContext } from './context.js';
import { presentResult } from './present-results.js';

type Schemas = components['schemas'];
type Patient = Schemas['Patient'];

/** The patient as stored: the whole identity, without the response-only flag, the identity number normalised. */
function storedPatient(patient: Patient): Patient {
  const { idNumberMasked: _masked, ...rest } = patient;
  return { ...rest, idNumber: normalizeIdNumber(patient.idType, patient.idNumber) };
}

/**
 * What is recognised of an examination is its images, not the radiologist's conclusion (DOMAIN §5): an imaging
 * result carries its study and no value; a lab result carries neither a study nor an impression.
 */
function studyIssues(
  registration: Schemas['ResultRegister'],
  kind: Schemas['ResultKind'] | undefined,
): FieldIssue[] {
  if (kind === 'lab') {
    return [
      ...(registration.study === undefined ? [] : [{ pointer: '/study', code: 'unknown_field' as const }]),
      ...(registration.impression === undefined
        ? []
        : [{ pointer: '/impression', code: 'unknown_field' as const }]),
    ];
  }
  if (kind !== 'imaging') {
    return [];
  }
  const issues: FieldIssue[] = [];
  if (registration.study === undefined) {
    issues.push({ pointer: '/study', code: 'study_required' });
  } else if (
    registration.study.viewerUrl !== undefined &&
    !registration.study.viewerUrl.toLowerCase().startsWith('https://')
  ) {
    issues.push({ pointer: '/study/viewerUrl', code: 'invalid_format' });
  }
  if (registration.value !== undefined) {
    issues.push({ pointer: '/value', code: 'imaging_value_not_recognised' });
  }
  return issues;
}

/**
 * Registers a result performed in the actor's alliances, with the kind of its catalogue item, and announces it
 * (`result.registered`) to the registering and performing institutions. Every field at fault is reported at once;
 * an institution outside the actor's alliances, like an unknown item or a referral the actor's institution is no
 * party to, is an `unknown_reference`, so its existence is not revealed.
 */
export async function registerResult(
  { db, actor, now, config }: RecognitionContext,
  registration: Schemas['ResultRegister'],
): Promise<Schemas['Result']> {
  const issues: FieldIssue[] = [...validatePatientIdentity(registration.patient, now)];
  const performedAt = new Date(registration.performedAt);
  if (performedAt.getTime() > now.getTime()) {
    issues.push({ pointer: '/performedAt', code: 'out_of_range' });
  }
  if (
    registration.reportedAt !== undefined &&
    new Date(registration.reportedAt).getTime() < performedAt.getTime()
  ) {
    issues.push({ pointer: '/reportedAt', code: 'out_of_range' });
  }
  const visible = await allianceNeighbours(db, actor.institutionId);
  if (!visible.includes(registration.performingInstitutionId)) {
    issues.push({ pointer: '/performingInstitutionId', code: 'unknown_reference' });
  }
  const kind = await catalogueKind(db, registration.itemCode);
  if (kind === undefined) {
    issues.push({ pointer: '/itemCode', code: 'unknown_reference' });
  }
  if (
    registration.referralId !== undefined &&
    !(await isReferralParty(db, registration.referralId, actor.institutionId))
  ) {
    issues.push({ pointer: '/referralId', code: 'unknown_reference' });
  }
  issues.push(...studyIssues(registration, kind));
  if (issues.length > 0 || kind === undefined) {
    throw failures.validation(issues);
  }

  const patient = storedPatient(registration.patient);
  const row = await insertResult(db, {
    id: newId('res', now),
    item_code: registration.itemCode,
    kind,
    performing_institution_id: registration.performingInstitutionId,
    performed_at: performedAt,
    reported_at: registration.reportedAt === undefined ? null : new Date(registration.reportedAt),
    report_status: registration.reportStatus,
    value: registration.value ?? null,
    unit: registration.unit ?? null,
    reference_range: registration.referenceRange ?? null,
    study: registration.study ?? null,
    impression: registration.impression ?? null,
    patient,
    patient_key: await patientKey(config.patientKeySecret, patient.idType, patient.idNumber),
    referral_id: registration.referralId ?? null,
    registered_at: now,
    registered_by: actorRef(actor),
    registered_by_institution_id: actor.institutionId,
  });
  const result = await presentResult(db, actor, row);
  await appendAudit(db, {
    resourceType: 'result',
    resourceId: row.id,
    at: now,
    actor: actorRef(actor),
    action: 'register',
  });
  await appendEvent(db, {
    type: 'result.registered',
    resourceId: row.id,
    at: now,
    data: compact({
      itemCode: row.item_code,
      kind,
      performingInstitutionId: row.performing_institution_id,
      hrMark: result.hrMark,
    }),
    institutionIds: [actor.institutionId, row.performing_institution_id],
  });
  return result;
}
