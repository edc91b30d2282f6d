import type { components } from '@yilian/contract';
import type { Locale } from '@yilian/domain';
import { formatReferralWarning, referralRoutingWarnings } from '@yilian/domain';
import type { Actor } from '../../auth.js';
import type { AttachmentJson, ReferralRow } from '../../stores/referral-store.js';
import { patientFor } from '../shared/patient.js';
import { compact, iso, isoOrUndefined } from '../shared/present.js';

type Schemas = components['schemas'];

/** An attachment row as the contract writes it. */
export function toAttachment(a: AttachmentJson): Schemas['Attachment'] {
  return compact({
    id: a.id,
    kind: a.kind,
    title: a.title,
    resultId: a.resultId ?? undefined,
    contentType: a.contentType ?? undefined,
    sizeBytes: a.sizeBytes === null ? undefined : Number(a.sizeBytes),
    sha256: a.sha256 ?? undefined,
    addedAt: iso(a.addedAt),
    addedBy: a.addedBy,
  });
}

function toReason(record: Schemas['ReasonRecord'] | null): Schemas['ReasonRecord'] | undefined {
  return record ? compact({ ...record, at: iso(record.at) }) : undefined;
}

/** The routing warnings of the diagnosis (DOMAIN §3 [R7]), or none; `withWarningMessages` words them. */
function warningsOf(row: ReferralRow): Schemas['ReferralWarning'][] | undefined {
  const warnings = referralRoutingWarnings(row.diagnosis.code);
  return warnings.length > 0 ? warnings : undefined;
}

/** The referral with its warnings worded in the request's locale. */
export function withWarningMessages(referral: Schemas['Referral'], locale: Locale): Schemas['Referral'] {
  if (!referral.warnings) {
    return referral;
  }
  return {
    ...referral,
    warnings: referral.warnings.map((w) => ({
      code: w.code,
      message: formatReferralWarning(w.code, locale),
    })),
  };
}

/** A referral row as this actor may read it: the identity number and phone masked unless its role needs them. */
export function toReferral(row: ReferralRow, actor: Actor): Schemas['Referral'] {
  const details = row.details ?? {};
  return compact({
    id: row.id,
    number: row.number,
    version: row.version,
    status: row.status,
    direction: row.direction,
    urgency: row.urgency,
    greenChannelCategory: row.green_channel_category ?? undefined,
    sendingInstitutionId: row.sending_institution_id,
    sendingDepartmentId: row.sending_department_id ?? undefined,
    receivingInstitutionId: row.receiving_institution_id,
    receivingDepartmentId: row.receiving_department_id ?? undefined,
    receivingClinicianId: row.receiving_clinician_id ?? undefined,
    parentReferralId: row.parent_referral_id ?? undefined,
    childReferralIds: row.child_ids,
    patient: patientFor(actor, row.patient),
    diagnosis: row.diagnosis,
    reason: row.reason,
    clinicalSummary: details.clinicalSummary,
    allergies: details.allergies,
    rehabPlan: details.rehabPlan,
    medications: details.medications,
    followUpDates: details.followUpDates,
    mainResults: details.mainResults,
    tcmDiagnosis: details.tcmDiagnosis,
    sendingRecordNumbers: details.sendingRecordNumbers,
    receivingRecordNumbers: row.receiving_record_numbers ?? undefined,
    escort: details.escort,
    escortRequired: details.escortRequired,
    attachments: row.attachments.map(toAttachment),
    consent: compact({ ...row.consent, grantedAt: iso(row.consent.grantedAt) }),
    appointment: row.appointment
      ? compact({ ...row.appointment, scheduledAt: iso(row.appointment.scheduledAt) })
      : undefined,
    rejection: toReason(row.rejection),
    cancellation: toReason(row.cancellation),
    report: row.report
      ? compact({ ...row.report, dischargedAt: isoOrUndefined(row.report.dischargedAt) })
      : undefined,
    closingNote: row.closing_note ?? undefined,
    signature: row.signature ?? undefined,
    warnings: warningsOf(row),
    submittedAt: isoOrUndefined(row.submitted_at),
    answerDueAt: isoOrUndefined(row.answer_due_at),
    arrivedAt: isoOrUndefined(row.arrived_at),
    closedAt: isoOrUndefined(row.closed_at),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    createdBy: row.created_by,
  });
}
