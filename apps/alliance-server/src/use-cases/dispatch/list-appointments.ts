import type { components, operations } from '@yilian/contract';
import { page, timeCursor } from '../../pagination.js';
import { listAppointments as selectAppointments } from '../../stores/appointment-store.js';
import type { DispatchContext } from './context.js';
import { appointmentScope } from './get-appointment.js';
import { toAppointment } from './present-dispatch.js';
import { queryInterval } from './query-interval.js';

type Schemas = components['schemas'];
export type ListAppointmentsQuery = NonNullable<operations['listAppointments']['parameters']['query']>;

/** The appointments the caller's institution hosts or booked, by slot start, one page at a time. */
export async function listAppointments(
  { db, actor }: Pick<DispatchContext, 'db' | 'actor'>,
  query: ListAppointmentsQuery,
): Promise<{ items: Schemas['Appointment'][]; nextCursor: string | null }> {
  const { from, to } = queryInterval(query);
  const after = timeCursor(query.cursor);
  const limit = query.limit ?? 20;
  const rows = await selectAppointments(db, {
    scope: appointmentScope(actor),
    activityId: query.activityId,
    slotId: query.slotId,
    status: query.status,
    from,
    to,
    after,
    limit: limit + 1,
  });
  const result = page(rows, limit, (r) => ({ at: new Date(r.starts_at), id: r.id }));
  return { items: result.items.map((r) => toAppointment(actor, r)), nextCursor: result.nextCursor };
}
