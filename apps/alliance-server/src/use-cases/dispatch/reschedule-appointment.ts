import type { components } from '@yilian/contract';
import { appointmentCancellers, checkReschedule } from '@yilian/domain';
import { Failure, failures } from '../../failure.js';
import { claimPlace, findVisibleSlot, releasePlace } from '../../stores/activity-store.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import { moveAppointment } from '../../stores/appointment-store.js';
import { checkPatientSchedule } from './book-appointment.js';
import { appendAudit } from '../../stores/audit-store.js';
import { appendEvent } from '../../stores/event-store.js';
import { actorRef } from '../shared/present.js';
import type { DispatchContext } from './context.js';
import { loadAppointment } from './get-appointment.js';
import { appointmentEventData, toAppointment } from './present-dispatch.js';

type Schemas = components['schemas'];

/**
 * Moves a booking to another slot (DOMAIN §4): the old one must be cancellable by the mover, the new one
 * bookable. Both places move in the request's transaction.
 * @returns the appointment on its new slot as the caller may see it
 */
export async function rescheduleAppointment(
  ctx: DispatchContext,
  appointmentId: string,
  body: Schemas['AppointmentReschedule'],
): Promise<Schemas['Appointment']> {
  const { db: tx, actor, now } = ctx;
  const row = await loadAppointment(ctx, appointmentId, { forUpdate: true });
  const slot = await findVisibleSlot(tx, body.slotId, await allianceNeighbours(tx, actor.institutionId));
  if (!slot) {
    throw failures.notFound();
  }
  if (slot.id === row.slot_id && row.status === 'booked') {
    // Already there (a retry of a move that succeeded): nothing to change.
    return toAppointment(actor, row);
  }
  if (!slot.activity_bookable || slot.activity_status !== 'scheduled') {
    throw new Failure('slot_not_bookable');
  }
  // The host moves a booking as the host may cancel it; a booking institution moves it for the patient.
  const cancellers = appointmentCancellers(actor, {
    hostInstitutionId: row.host_institution_id,
    bookedByInstitutionId: row.booked_by_institution_id,
  });
  const decision = checkReschedule({
    appointment: {
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      status: row.status,
      activityKind: row.activity_kind,
      expertId: row.expert_id ?? undefined,
    },
    by: cancellers.includes('host') ? 'host' : 'patient',
    slot: {
      startsAt: slot.starts_at,
      endsAt: slot.ends_at,
      capacity: slot.capacity,
      booked: slot.booked,
      activityKind: slot.activity_kind,
      activityId: slot.activity_id,
      expertId: slot.expert_id ?? undefined,
    },
    at: now,
    patientBookings: await checkPatientSchedule(tx, row.patient_key, slot, row.id),
  });
  if (!decision.ok) {
    throw new Failure(decision.problem);
  }
  // Lock the two slot rows in id order so two moves in opposite directions cannot deadlock.
  if (slot.id < row.slot_id) {
    if (!(await claimPlace(tx, slot.id))) {
      throw new Failure('slot_full');
    }
    await releasePlace(tx, row.slot_id);
  } else {
    await releasePlace(tx, row.slot_id);
    if (!(await claimPlace(tx, slot.id))) {
      throw new Failure('slot_full');
    }
  }
  await moveAppointment(
    tx,
    row.id,
    { slotId: slot.id, activityId: slot.activity_id, expertId: slot.expert_id },
    row.slot_id,
  );
  await appendAudit(tx, {
    resourceType: 'appointment',
    resourceId: row.id,
    at: now,
    actor: actorRef(actor),
    action: 'reschedule',
    fromStatus: row.status,
    toStatus: row.status,
    note: `${row.slot_id} → ${slot.id}`,
  });
  await appendEvent(tx, {
    type: 'appointment.rescheduled',
    resourceId: row.id,
    at: now,
    data: {
      ...appointmentEventData({
        ...row,
        slot_id: slot.id,
        activity_id: slot.activity_id,
        version: row.version + 1,
      }),
      fromSlotId: row.slot_id,
    },
    institutionIds: [row.host_institution_id, slot.host_institution_id, row.booked_by_institution_id],
  });
  return toAppointment(actor, await loadAppointment(ctx, row.id));
}
