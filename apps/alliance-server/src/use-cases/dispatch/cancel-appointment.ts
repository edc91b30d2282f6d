import type { components } from '@yilian/contract';
import { appointmentCancellers, checkCancellation } from '@yilian/domain';
import { Failure, failures } from '../../failure.js';
import { releasePlace } from '../../stores/activity-store.js';
import { cancelAppointment as markCancelled } from '../../stores/appointment-store.js';
import { appendAudit } from '../../stores/audit-store.js';
import { appendEvent } from '../../stores/event-store.js';
import { actorRef } from '../shared/present.js';
import type { DispatchContext } from './context.js';
import { loadAppointment } from './get-appointment.js';
import { appointmentEventData, toAppointment } from './present-dispatch.js';

type Schemas = components['schemas'];

/**
 * Cancels a booking on behalf of the patient, the expert or the host (DOMAIN §4) and gives its place back, in the
 * request's transaction.
 * @returns the cancelled appointment as the caller may see it
 */
export async function cancelAppointment(
  ctx: DispatchContext,
  appointmentId: string,
  body: Schemas['AppointmentCancel'],
): Promise<Schemas['Appointment']> {
  const { db: tx, actor, now } = ctx;
  const row = await loadAppointment(ctx, appointmentId, { forUpdate: true });
  const parties = {
    hostInstitutionId: row.host_institution_id,
    bookedByInstitutionId: row.booked_by_institution_id,
  };
  if (!appointmentCancellers(actor, parties).includes(body.cancelledBy)) {
    throw failures.field('/cancelledBy', 'invalid_enum');
  }
  const decision = checkCancellation(
    { startsAt: row.starts_at, endsAt: row.ends_at, status: row.status },
    now,
    body.cancelledBy,
  );
  if (!decision.ok) {
    throw new Failure(decision.problem);
  }
  await markCancelled(tx, row.id, now, body.cancelledBy);
  await releasePlace(tx, row.slot_id);
  await appendAudit(tx, {
    resourceType: 'appointment',
    resourceId: row.id,
    at: now,
    actor: actorRef(actor),
    action: 'cancel',
    fromStatus: row.status,
    toStatus: 'cancelled',
    reasonCode: `cancelled_by_${body.cancelledBy}`,
    note: body.reason,
  });
  await appendEvent(tx, {
    type: 'appointment.cancelled',
    resourceId: row.id,
    at: now,
    data: {
      ...appointmentEventData({ ...row, status: 'cancelled', version: row.version + 1 }),
      cancelledBy: body.cancelledBy,
    },
    institutionIds: [row.host_institution_id, row.booked_by_institution_id],
  });
  return toAppointment(actor, await loadAppointment(ctx, row.id));
}
