import type { components } from '@yilian/contract';
import type { FieldIssue } from '@yilian/domain';
import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';
import {
  allowedCommands,
  answerDeadline,
  expiresAt,
  normalizeIdNumber,
  shanghaiDate,
  validateReferralCreate,
} from '@yilian/domain';
import { Failure, failures } from '../../failure.js';
import { newId } from '../../ids.js';
import { allianceNeighbours, leadsAllianceOf } from '../../stores/alliance-store.js';
import { appendAudit } from '../../stores/audit-store.js';
import { clinicianIn, departmentIn } from '../../stores/directory-store.js';
import { consultationStatusFor, linkReferralToConsultation } from '../../stores/consultation-store.js';
import { appendEvent } from '../../stores/event-store.js';
import type { ReferralDetails, ReferralRow } from '../../stores/referral-store.js';
import {
  findReferral,
  insertAttachments,
  insertReferral,
  nextReferralSequence,
  setReferralSignature,
} from '../../stores/referral-store.js';
import type { ReferralSigner } from '../../signing.js';
import { patientKey } from '../shared/patient.js';
import { actorRef, compact, iso } from '../shared/present.js';
import { attachmentIssues, attachmentRow } from './attachments.js';
import type { ReferralWriteContext } from './context.js';
import { mustLoadReferral } from './load-referral.js';
import { toReferral } from './present-referral.js';
import { feedParties } from './referral-feed.js';
import { signReferral, signingClinician } from './sign-referral.js';

type Schemas = components['schemas'];

/** 转诊单号 `ZZ-YYYYMMDD-NNNNNN`: the Shanghai day of creation and the alliance-wide sequence. */
export function referralNumber(sequence: number, now: Date): string {
  return `ZZ-${shanghaiDate(now).replace(/-/g, '')}-${String(sequence).padStart(6, '0')}`;
}

/**
 * The field rules of a create, for a body that also breaks the contract's schema: the domain's checks (which
 * read fields that may be missing), so the caller hears of every invalid field at once.
 */
export async function createReferralRuleIssues(
  ctx: { db: Queryable; actor: Actor; now: Date },
  body: unknown,
): Promise<FieldIssue[]> {
  const neighbours = await allianceNeighbours(ctx.db, ctx.actor.institutionId);
  const form = body as Partial<Schemas['ReferralCreate']> | null;
  const senderLeadsReceiver =
    form?.direction === 'down' &&
    form.parentReferralId === undefined &&
    typeof form.sendingInstitutionId === 'string' &&
    typeof form.receivingInstitutionId === 'string'
      ? await leadsAllianceOf(ctx.db, form.sendingInstitutionId, form.receivingInstitutionId)
      : undefined;
  return validateReferralCreate(body as Schemas['ReferralCreate'], {
    now: ctx.now,
    allianceInstitutionIds: neighbours,
    senderLeadsReceiver,
  });
}

/** The clinical details of a referral's content, as the `details` column stores them. */
export function detailsOf(body: Schemas['ReferralCreate']): ReferralDetails {
  return compact({
    clinicalSummary: body.clinicalSummary,
    allergies: body.allergies,
    rehabPlan: body.rehabPlan,
    medications: body.medications,
    followUpDates: body.followUpDates,
    escortRequired: body.escortRequired,
    mainResults: body.mainResults,
    tcmDiagnosis: body.tcmDiagnosis,
    sendingRecordNumbers: body.sendingRecordNumbers,
    escort: body.escort,
  });
}

/**
 * The checks of a referral's whole content, for a create and for the merged content of an edit: the domain's
 * rules, then what needs data (departments, clinicians, the parent, attached results of this patient).
 * @returns the patient's pseudonymous key, and who signs a form sent at once (`submit: true`)
 * @throws Failure `validation_failed` with every issue, or `parent_referral_not_reported`
 */
export async function checkReferralContent(
  ctx: ReferralWriteContext & { patientKeySecret: string },
  body: Schemas['ReferralCreate'],
): Promise<{ key: string; signerId: string | undefined }> {
  const { tx, actor, now } = ctx;
  const neighbours = await allianceNeighbours(tx, actor.institutionId);
  // Without a parent, a down-referral is the lead hospital's own (a patient admitted there directly).
  const senderLeadsReceiver =
    body.direction === 'down' && body.parentReferralId === undefined
      ? await leadsAllianceOf(tx, body.sendingInstitutionId, body.receivingInstitutionId)
      : undefined;
  const issues: FieldIssue[] = validateReferralCreate(body, {
    now,
    allianceInstitutionIds: neighbours,
    senderLeadsReceiver,
  });
  if (
    body.sendingDepartmentId !== undefined &&
    !(await departmentIn(tx, body.sendingDepartmentId, body.sendingInstitutionId))
  ) {
    issues.push({ pointer: '/sendingDepartmentId', code: 'department_not_in_institution' });
  }
  if (
    body.receivingDepartmentId !== undefined &&
    !(await departmentIn(tx, body.receivingDepartmentId, body.receivingInstitutionId))
  ) {
    issues.push({ pointer: '/receivingDepartmentId', code: 'department_not_in_institution' });
  }
  // The consent was recorded by a clinician of the alliance, not by a name from elsewhere.
  if (
    typeof body.consent?.recordedBy === 'string' &&
    !(await clinicianIn(tx, body.consent.recordedBy, neighbours))
  ) {
    issues.push({ pointer: '/consent/recordedBy', code: 'unknown_reference' });
  }
  if (
    body.receivingClinicianId !== undefined &&
    !(await clinicianIn(tx, body.receivingClinicianId, body.receivingInstitutionId))
  ) {
    issues.push({ pointer: '/receivingClinicianId', code: 'unknown_reference' });
  }
  let parent: ReferralRow | undefined;
  if (body.parentReferralId !== undefined) {
    parent = await findReferral(tx, body.parentReferralId, actor.institutionId);
    if (!parent) {
      issues.push({ pointer: '/parentReferralId', code: 'unknown_reference' });
    } else if (
      body.direction !== 'down' ||
      parent.direction !== 'up' ||
      parent.receiving_institution_id !== actor.institutionId
    ) {
      // A down-referral follows an up-referral this institution received.
      issues.push({ pointer: '/parentReferralId', code: 'parent_referral_direction' });
    }
  }
  const submit = body.submit === true;
  // The doctor who signs a form sent at once (DOMAIN §3: the signing doctor and an electronic signature).
  let signerId: string | undefined;
  if (submit) {
    const signing = await signingClinician(tx, actor, body.signingClinicianId, body.sendingInstitutionId);
    if ('issue' in signing) {
      issues.push(signing.issue);
    } else {
      signerId = signing.clinicianId;
    }
  } else if (
    body.signingClinicianId !== undefined &&
    !(await clinicianIn(tx, body.signingClinicianId, body.sendingInstitutionId))
  ) {
    issues.push({ pointer: '/signingClinicianId', code: 'unknown_reference' });
  }
  const key = await patientKey(ctx.patientKeySecret, body.patient.idType, body.patient.idNumber);
  issues.push(
    ...(await attachmentIssues(tx, body.attachments ?? [], (i) => `/attachments/${i}`, neighbours, key)),
  );
  if (issues.length > 0) {
    throw failures.validation(issues);
  }
  if (parent && parent.status !== 'reported' && parent.status !== 'closed') {
    throw new Failure('parent_referral_not_reported');
  }

  return { key, signerId };
}

/**
 * Writes a new referral as a draft, or submitted at once with `submit: true`, with its attachments, audit and
 * feed events. Only the sending institution creates, by the same rule as `submit` on a draft; departments,
 * clinician, parent referral and attached results must be ones the sender may name.
 * @returns the referral as the creator may read it
 */
export async function createReferral(
  ctx: ReferralWriteContext & { patientKeySecret: string; referralSigner: ReferralSigner },
  body: Schemas['ReferralCreate'],
): Promise<Schemas['Referral']> {
  const { tx, actor, now } = ctx;
  if (body.sendingInstitutionId !== actor.institutionId) {
    throw failures.forbidden({ requiredRoles: ['referrer', 'coordinator'] });
  }
  // Creating is writing the referral the caller may then submit: the same rule as `submit` on a draft (which, for
  // a down-referral, includes the lead hospital's receiving doctors).
  const parties = {
    status: 'draft' as const,
    direction: body.direction,
    sendingInstitutionId: body.sendingInstitutionId,
    receivingInstitutionId: body.receivingInstitutionId,
    urgency: body.urgency,
  };
  if (!allowedCommands(parties, actor).includes('submit')) {
    throw failures.forbidden({ requiredRoles: ['referrer', 'coordinator'] });
  }
  const { key, signerId } = await checkReferralContent(ctx, body);
  if (body.consultationId !== undefined) {
    // A referral follows from an opinion: the consultation must be one the sender is party to, and reported.
    const consultationStatus = await consultationStatusFor(tx, body.consultationId, actor.institutionId);
    if (consultationStatus === undefined) {
      throw failures.field('/consultationId', 'unknown_reference');
    }
    if (consultationStatus !== 'reported' && consultationStatus !== 'closed') {
      throw new Failure('consultation_not_reported');
    }
  }
  const submit = body.submit === true;
  const id = newId('ref', now);
  const status = submit ? 'submitted' : 'draft';
  const details = detailsOf(body);
  await insertReferral(tx, {
    id,
    number: referralNumber(await nextReferralSequence(tx), now),
    status,
    direction: body.direction,
    urgency: body.urgency,
    green_channel_category: body.greenChannelCategory ?? null,
    sending_institution_id: body.sendingInstitutionId,
    sending_department_id: body.sendingDepartmentId ?? null,
    receiving_institution_id: body.receivingInstitutionId,
    receiving_department_id: body.receivingDepartmentId ?? null,
    receiving_clinician_id: body.receivingClinicianId ?? null,
    parent_referral_id: body.parentReferralId ?? null,
    patient: compact({
      ...body.patient,
      idNumber: normalizeIdNumber(body.patient.idType, body.patient.idNumber),
      idNumberMasked: undefined,
    }),
    patient_key: key,
    diagnosis: body.diagnosis,
    reason: body.reason,
    details,
    consent: { ...body.consent, grantedAt: iso(body.consent.grantedAt) },
    submitted_at: submit ? now : null,
    answer_due_at: submit ? answerDeadline(body.urgency, now) : null,
    expires_at: submit ? expiresAt(body.urgency, now) : null,
    created_at: now,
    created_by: actorRef(actor),
  });
  await insertAttachments(
    tx,
    (body.attachments ?? []).map((a, position) => attachmentRow(id, position, a, now, actor)),
  );
  if (body.consultationId !== undefined) {
    await linkReferralToConsultation(tx, id, body.consultationId);
  }
  if (signerId !== undefined) {
    // Signed as stored, so verifying later reads exactly the bytes that were signed.
    const stored = await mustLoadReferral(tx, id, actor);
    await setReferralSignature(tx, id, await signReferral(stored, signerId, now, ctx.referralSigner));
  }
  await appendAudit(tx, {
    resourceType: 'referral',
    resourceId: id,
    at: now,
    actor: actorRef(actor),
    action: 'create',
    fromStatus: null,
    toStatus: status,
  });
  // The parties as `feedParties` reads them.
  const row = {
    sending_institution_id: body.sendingInstitutionId,
    receiving_institution_id: body.receivingInstitutionId,
  };
  await appendEvent(tx, {
    type: 'referral.created',
    resourceId: id,
    at: now,
    data: { status, version: 1, overdue: false },
    institutionIds: feedParties(row, submit),
  });
  if (submit) {
    await appendEvent(tx, {
      type: 'referral.submitted',
      resourceId: id,
      at: now,
      data: { status, version: 1, overdue: false },
      institutionIds: feedParties(row, true),
    });
  }
  return toReferral(await mustLoadReferral(tx, id, actor), actor);
}
