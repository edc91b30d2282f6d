import type { components } from '@yilian/contract';
import type { FieldIssue } from '@yilian/domain';
import { normalizeIdNumber, shanghaiDate, validateConsultationCreate } from '@yilian/domain';
import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';
import { failures } from '../../failure.js';
import { newId } from '../../ids.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import { appendAudit } from '../../stores/audit-store.js';
import { insertConsultation, nextConsultationSequence } from '../../stores/consultation-store.js';
import { clinicianIn, departmentIn } from '../../stores/directory-store.js';
import { appendEvent } from '../../stores/event-store.js';
import { findResultOf } from '../../stores/result-store.js';
import { resultVisibleForPatient } from '../../stores/referral-store.js';
import { performedMarkOf } from '../recognition/present-results.js';
import { patientKey } from '../shared/patient.js';
import { actorRef, compact, iso } from '../shared/present.js';
import type { ConsultationWriteContext } from './context.js';
import { mustLoadConsultation } from './load-consultation.js';
import { consultationFeed, toConsultation } from './present-consultation.js';

type Schemas = components['schemas'];

const INVITING_ROLES: readonly Actor['role'][] = ['referrer', 'coordinator'];

/** 会诊单号 `HZ-YYYYMMDD-NNNNNN`: the Shanghai day of the request and the alliance-wide sequence. */
export function consultationNumber(sequence: number, now: Date): string {
  return `HZ-${shanghaiDate(now).replace(/-/g, '')}-${String(sequence).padStart(6, '0')}`;
}

/** The domain's field rules of a request, for a body that also breaks the schema (every issue at once). */
export function createConsultationRuleIssues(ctx: { now: Date }, body: unknown): FieldIssue[] {
  return validateConsultationCreate(body as Schemas['ConsultationCreate'], { now: ctx.now });
}

/**
 * Writes a new consultation request (`requested`) with its audit and feed events. The caller's institution is the
 * inviting one, as a referrer or coordinator; the invited institution shares an alliance with it; departments,
 * doctors and experts belong to their sides; attached results are the patient's and visible in the alliance, and
 * keep their recognition mark as it was when attached.
 */
export async function createConsultation(
  ctx: ConsultationWriteContext & { patientKeySecret: string },
  body: Schemas['ConsultationCreate'],
): Promise<Schemas['Consultation']> {
  const { tx, actor, now } = ctx;
  if (body.invitingInstitutionId !== actor.institutionId || !INVITING_ROLES.includes(actor.role)) {
    throw failures.forbidden({ requiredRoles: [...INVITING_ROLES] });
  }
  const neighbours = await allianceNeighbours(tx, actor.institutionId);
  const issues = validateConsultationCreate(body, { now });
  if (
    !neighbours.includes(body.invitedInstitutionId) &&
    body.invitedInstitutionId !== body.invitingInstitutionId
  ) {
    issues.push({ pointer: '/invitedInstitutionId', code: 'receiving_institution_not_in_alliance' });
  }
  const invitingClinicianId = body.invitingClinicianId ?? actor.clinicianId;
  if (!(await clinicianIn(tx, invitingClinicianId, body.invitingInstitutionId))) {
    issues.push({ pointer: '/invitingClinicianId', code: 'clinician_not_in_institution' });
  }
  await checkDepartment(
    tx,
    issues,
    '/invitingDepartmentId',
    body.invitingDepartmentId,
    body.invitingInstitutionId,
  );
  await checkDepartment(
    tx,
    issues,
    '/requestedDepartmentId',
    body.requestedDepartmentId,
    body.invitedInstitutionId,
  );
  for (const [index, expertId] of (body.requestedExpertIds ?? []).entries()) {
    if (!(await clinicianIn(tx, expertId, body.invitedInstitutionId))) {
      issues.push({ pointer: `/requestedExpertIds/${index}`, code: 'clinician_not_in_institution' });
    }
  }
  // Written consent to a remote consultation is taken by a clinician (a patient's own consent has no recorder).
  if (body.consent.recordedBy === undefined) {
    issues.push({ pointer: '/consent/recordedBy', code: 'required' });
  } else if (!(await clinicianIn(tx, body.consent.recordedBy, neighbours))) {
    issues.push({ pointer: '/consent/recordedBy', code: 'unknown_reference' });
  }
  const key = await patientKey(ctx.patientKeySecret, body.patient.idType, body.patient.idNumber);
  const attachments: Schemas['ConsultationAttachment'][] = [];
  for (const [index, a] of (body.attachments ?? []).entries()) {
    let hrMark: string | undefined;
    if (a.resultId !== undefined) {
      const result = (await resultVisibleForPatient(tx, a.resultId, neighbours, key))
        ? await findResultOf(tx, a.resultId, neighbours)
        : undefined;
      if (!result) {
        issues.push({ pointer: `/attachments/${index}/resultId`, code: 'unknown_reference' });
        continue;
      }
      hrMark = await performedMarkOf(tx, result);
    }
    attachments.push(
      compact({
        id: newId('att', now),
        kind: a.kind,
        title: a.title,
        resultId: a.resultId,
        hrMark,
        studyUrl: a.studyUrl,
        modality: a.modality,
        studyInstanceUid: a.studyInstanceUid,
        contentType: a.contentType,
        sizeBytes: a.sizeBytes,
        sha256: a.sha256,
        addedAt: iso(now),
        addedBy: actor.clinicianId,
      }),
    );
  }
  if (issues.length > 0) {
    throw failures.validation(issues);
  }
  const id = newId('con', now);
  await insertConsultation(tx, {
    id,
    number: consultationNumber(await nextConsultationSequence(tx), now),
    status: 'requested',
    urgency: body.urgency,
    inviting_institution_id: body.invitingInstitutionId,
    inviting_clinician_id: invitingClinicianId,
    invited_institution_id: body.invitedInstitutionId,
    patient: compact({
      ...body.patient,
      idNumber: normalizeIdNumber(body.patient.idType, body.patient.idNumber),
      idNumberMasked: undefined,
    }),
    patient_key: key,
    request: compact({
      invitingDepartmentId: body.invitingDepartmentId,
      requestedDepartmentId: body.requestedDepartmentId,
      requestedSpecialty: body.requestedSpecialty,
      requestedExpertIds: body.requestedExpertIds ?? [],
      preferredMode: body.preferredMode,
      diagnosis: body.diagnosis,
      question: body.question,
      caseSummary: body.caseSummary,
      attachments,
      consent: { ...body.consent, grantedAt: iso(body.consent.grantedAt) },
    }),
    expert_ids: body.requestedExpertIds ?? [],
    created_at: now,
    created_by: actorRef(actor),
  });
  await appendAudit(tx, {
    resourceType: 'consultation',
    resourceId: id,
    at: now,
    actor: actorRef(actor),
    action: 'create',
    fromStatus: null,
    toStatus: 'requested',
  });
  await appendEvent(tx, {
    type: 'consultation.requested',
    resourceId: id,
    at: now,
    data: { status: 'requested', version: 1 },
    institutionIds: consultationFeed({
      inviting_institution_id: body.invitingInstitutionId,
      invited_institution_id: body.invitedInstitutionId,
    }),
  });
  return toConsultation(await mustLoadConsultation(tx, id, actor), actor);
}

async function checkDepartment(
  tx: Queryable,
  issues: FieldIssue[],
  pointer: string,
  departmentId: string | undefined,
  institutionId: string,
): Promise<void> {
  if (departmentId !== undefined && !(await departmentIn(tx, departmentId, institutionId))) {
    issues.push({ pointer, code: 'department_not_in_institution' });
  }
}
