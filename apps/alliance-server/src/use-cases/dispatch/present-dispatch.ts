import type { components } from '@yilian/contract';
import { remainingCapacity } from '@yilian/domain';
import type { Actor } from '../../auth.js';
import type { ActivityRow, SlotRow } from '../../stores/activity-store.js';
import type { AppointmentRow } from '../../stores/appointment-store.js';
import { patientFor } from '../shared/patient.js';
import { compact, iso, isoOrUndefined } from '../shared/present.js';

type Schemas = components['schemas'];

/** An activity as the contract writes it. */
export function toActivity(row: ActivityRow): Schemas['Activity'] {
  return compact({
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    description: row.description ?? undefined,
    expertIds: row.expert_ids,
    hostInstitutionId: row.host_institution_id,
    departmentId: row.department_id ?? undefined,
    batchId: row.batch_id ?? undefined,
    place: row.place ?? undefined,
    videoUrl: row.video_url ?? undefined,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    bookable: row.bookable,
  });
}

/** A slot as the contract writes it, with the places left. */
export function toSlot(row: SlotRow): Schemas['Slot'] {
  return compact({
    id: row.id,
    activityId: row.activity_id,
    activityKind: row.activity_kind,
    expertIds: row.expert_ids,
    hostInstitutionId: row.host_institution_id,
    departmentId: row.department_id ?? undefined,
    expertId: row.expert_id ?? undefined,
    activityTitle: row.activity_title,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    capacity: row.capacity,
    booked: row.booked,
    remaining: remainingCapacity(row),
  });
}

/** The appointment as `actor` may see it: the patient's ID number and phone masked unless the role needs them. */
export function toAppointment(actor: Actor, row: AppointmentRow): Schemas['Appointment'] {
  return compact({
    id: row.id,
    version: row.version,
    status: row.status,
    slotId: row.slot_id,
    activityId: row.activity_id,
    hostInstitutionId: row.host_institution_id,
    activityKind: row.activity_kind,
    activityTitle: row.activity_title,
    expertId: row.expert_id ?? undefined,
    departmentId: row.department_id ?? undefined,
    place: row.place ?? undefined,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    patient: patientFor(actor, row.patient),
    patientId: row.patient_id ?? undefined,
    referralId: row.referral_id ?? undefined,
    bookedAt: iso(row.booked_at),
    bookedBy: row.booked_by,
    cancelledAt: isoOrUndefined(row.cancelled_at),
    cancelledBy: row.cancelled_by ?? undefined,
    rescheduledFromSlotId: row.rescheduled_from_slot_id ?? undefined,
  });
}

/** The data of an appointment event: ids and states only, never patient data. */
export function appointmentEventData(
  row: Pick<AppointmentRow, 'id' | 'status' | 'version' | 'slot_id' | 'activity_id'>,
): Record<string, unknown> {
  return {
    appointmentId: row.id,
    status: row.status,
    version: row.version,
    slotId: row.slot_id,
    activityId: row.activity_id,
  };
}
