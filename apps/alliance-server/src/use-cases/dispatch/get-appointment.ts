import type { components } from '@yilian/contract';
import { failures } from '../../failure.js';
import type { Actor } from '../../auth.js';
import type { AppointmentRow, AppointmentScope } from '../../stores/appointment-store.js';
import { findAppointment } from '../../stores/appointment-store.js';
import { listAudit } from '../../stores/audit-store.js';
import type { DispatchContext } from './context.js';
import { toAppointment } from './present-dispatch.js';
import { toTimelineEvent } from '../shared/timeline.js';

type Schemas = components['schemas'];

/** What an actor reads: a patient account its own appointments, any other token its institution's. */
export function appointmentScope(actor: Actor): AppointmentScope {
  return actor.patientId !== undefined
    ? { patientId: actor.patientId }
    : { institutionId: actor.institutionId };
}

/**
 * The appointment the caller's institution is party to (for a patient token: the patient's own) (it hosts the activity or booked it); `not_found` for any
 * other id, so existence is never revealed. `forUpdate` locks it for the rest of the transaction.
 */
export async function loadAppointment(
  { db, actor }: Pick<DispatchContext, 'db' | 'actor'>,
  appointmentId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AppointmentRow> {
  const row = await findAppointment(db, appointmentScope(actor), appointmentId, options);
  if (!row) {
    throw failures.notFound();
  }
  return row;
}

/** One appointment as the caller may see it, with its version (for `ETag`). */
export async function getAppointment(
  ctx: Pick<DispatchContext, 'db' | 'actor'>,
  appointmentId: string,
): Promise<Schemas['Appointment']> {
  return toAppointment(ctx.actor, await loadAppointment(ctx, appointmentId));
}

/** Every audit event of an appointment the caller is party to, oldest first. */
export async function getAppointmentTimeline(
  ctx: Pick<DispatchContext, 'db' | 'actor'>,
  appointmentId: string,
): Promise<Schemas['Timeline']> {
  await loadAppointment(ctx, appointmentId);
  const rows = await listAudit(ctx.db, 'appointment', appointmentId);
  return { items: rows.map(toTimelineEvent) };
}
