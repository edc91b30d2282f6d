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

/** An appointment as the contract writes it: an exact time or an allowed window, with Shanghai offsets. */
function toAppointment(appointment: Schemas['ReferralAppointment']): Schemas['ReferralAppointment'] {
  const { window } = appointment;
  return compact({
    ...appointment,
    scheduledAt: isoOrUndefined(appointment.scheduledAt),
    window: window ? { from: iso(window.from), to: iso(window.to) } : undefined,
  });
}

/**
 * Whether the referral is overdue: a green-channel referral still `submitted` that the clock's sweep escalated at
 * its answer deadline (domain `isOverdueAt`). Every read and write sweeps first, so the stamp is current; a
 * resubmission clears it with the new deadline.
 */
function isOverdue(row: ReferralRow): boolean {
  return row.status === 'submitted' && row.urgency === 'green_channel' && row.escalated_at !== null;
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

/**
 * A referral row as this actor may read it: the identity number and phone masked unless its role needs them.
 * `overdue` is a function of the row (see `isOverdue`), so feed events carry it the same way (`referralEventData`).
 */
export function toReferral(row: ReferralRow, actor: Actor): Schemas['Referral'] {
  const details = row.details ?? {};
  // Not compact(): every member is a value or `undefined` (nullable columns and the details' members are mapped
  // with `??`), and JSON leaves `undefined` out; a second copy of some fifty members per listed row was a tenth of
  // the list's CPU in the bench profile (#12).
  return {
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
    consultationId: row.consultation_id ?? undefined,
    childReferralIds: row.child_ids,
    patient: patientFor(actor, row.patient),
    diagnosis: row.diagnosis,
    reason: row.reason,
    clinicalSummary: details.clinicalSummary ?? undefined,
    allergies: details.allergies ?? undefined,
    rehabPlan: details.rehabPlan ?? undefined,
    medications: details.medications ?? undefined,
    followUpDates: details.followUpDates ?? undefined,
    mainResults: details.mainResults ?? undefined,
    tcmDiagnosis: details.tcmDiagnosis ?? undefined,
    sendingRecordNumbers: details.sendingRecordNumbers ?? undefined,
    receivingRecordNumbers: row.receiving_record_numbers ?? undefined,
    escort: details.escort ?? undefined,
    escortRequired: details.escortRequired ?? undefined,
    attachments: row.attachments.map(toAttachment),
    consent: compact({ ...row.consent, grantedAt: iso(row.consent.grantedAt) }),
    appointment: row.appointment ? toAppointment(row.appointment) : undefined,
    rejection: toReason(row.rejection),
    cancellation: toReason(row.cancellation),
    report: row.report
      ? compact({ ...row.report, dischargedAt: isoOrUndefined(row.report.dischargedAt) })
      : undefined,
    closingNote: row.closing_note ?? undefined,
    returnForInfo: row.return_record
      ? compact({ ...row.return_record, at: iso(row.return_record.at) })
      : undefined,
    overdue: isOverdue(row),
    escalatedAt: isoOrUndefined(row.escalated_at),
    signature: row.signature ?? undefined,
    warnings: warningsOf(row),
    submittedAt: isoOrUndefined(row.submitted_at),
    answerDueAt: isoOrUndefined(row.answer_due_at),
    expiresAt: isoOrUndefined(row.expires_at),
    arrivedAt: isoOrUndefined(row.arrived_at),
    closedAt: isoOrUndefined(row.closed_at),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    createdBy: row.created_by,
  };
}

/**
 * The `data` of a referral's feed event: ids and states only, never patient data; `overdue` as every view shows it.
 */
export function referralEventData(row: ReferralRow): Record<string, unknown> {
  return { status: row.status, version: row.version, overdue: isOverdue(row) };
}
