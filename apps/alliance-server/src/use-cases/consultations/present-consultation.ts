import type { components } from '@yilian/contract';
import { pendingExperts } from '@yilian/domain';
import type { Actor } from '../../auth.js';
import type { ConsultationRow } from '../../stores/consultation-store.js';
import { patientFor } from '../shared/patient.js';
import { compact, iso, isoOrUndefined } from '../shared/present.js';

type Schemas = components['schemas'];

function toReason(record: Schemas['ReasonRecord'] | null): Schemas['ReasonRecord'] | undefined {
  return record ? compact({ ...record, at: iso(record.at) }) : undefined;
}

/** The domain's view of a row: who may do what reads these fields. */
export function partiesOf(row: ConsultationRow) {
  return {
    status: row.status,
    invitingInstitutionId: row.inviting_institution_id,
    invitedInstitutionId: row.invited_institution_id,
    schedule: row.schedule ?? undefined,
    opinions: row.opinions,
  };
}

/** A consultation row as this actor may read it: identity numbers masked unless its role needs them. */
export function toConsultation(row: ConsultationRow, actor: Actor): Schemas['Consultation'] {
  const request = row.request;
  const schedule = row.schedule;
  return compact({
    id: row.id,
    number: row.number,
    version: row.version,
    status: row.status,
    urgency: row.urgency,
    invitingInstitutionId: row.inviting_institution_id,
    invitingDepartmentId: request.invitingDepartmentId,
    invitingClinicianId: row.inviting_clinician_id,
    invitedInstitutionId: row.invited_institution_id,
    requestedDepartmentId: request.requestedDepartmentId,
    requestedSpecialty: request.requestedSpecialty,
    requestedExpertIds: request.requestedExpertIds,
    preferredMode: request.preferredMode,
    patient: patientFor(actor, row.patient),
    diagnosis: request.diagnosis,
    question: request.question,
    caseSummary: request.caseSummary,
    attachments: request.attachments.map((a) => compact({ ...a, addedAt: iso(a.addedAt) })),
    consent: compact({ ...request.consent, grantedAt: iso(request.consent.grantedAt) }),
    schedule: schedule ? compact({ ...schedule, scheduledAt: iso(schedule.scheduledAt) }) : undefined,
    opinions: row.opinions.map((o) => compact({ ...o, signedAt: iso(o.signedAt) })),
    pendingExpertIds:
      row.status === 'in_session' || row.status === 'scheduled' ? pendingExperts(partiesOf(row)) : [],
    acknowledgement: row.acknowledgement
      ? compact({ ...row.acknowledgement, at: iso(row.acknowledgement.at) })
      : undefined,
    declination: toReason(row.declination),
    cancellation: toReason(row.cancellation),
    referralIds: row.referral_ids,
    scheduledAt: isoOrUndefined(row.scheduled_at),
    sessionStartedAt: isoOrUndefined(row.session_started_at),
    reportedAt: isoOrUndefined(row.reported_at),
    closedAt: isoOrUndefined(row.closed_at),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    createdBy: row.created_by,
  });
}

/** The feed event each command writes (a signature that completes the opinions also writes `reported`). */
export const CONSULTATION_COMMAND_EVENTS: Record<Schemas['ConsultationCommand'], Schemas['EventType']> = {
  schedule: 'consultation.scheduled',
  decline: 'consultation.declined',
  cancel: 'consultation.cancelled',
  start_session: 'consultation.session_started',
  submit_opinion: 'consultation.opinion_signed',
  acknowledge: 'consultation.closed',
};

/** Both parties read every event of a consultation; `data` holds ids and states, never patient data. */
export function consultationFeed(
  row: Pick<ConsultationRow, 'inviting_institution_id' | 'invited_institution_id'>,
) {
  return [row.inviting_institution_id, row.invited_institution_id];
}
