import type { Hono } from 'hono';
import type { components } from '@yilian/contract';
import type { AppEnv } from '../context.js';
import { defineRoute, etag, reply } from '../http/route.js';
import { bookAppointment, bookingRuleIssues } from '../use-cases/dispatch/book-appointment.js';
import { cancelAppointment } from '../use-cases/dispatch/cancel-appointment.js';
import { getAppointment, getAppointmentTimeline } from '../use-cases/dispatch/get-appointment.js';
import { getActivity, listActivities } from '../use-cases/dispatch/list-activities.js';
import { listAppointments } from '../use-cases/dispatch/list-appointments.js';
import { listSlots } from '../use-cases/dispatch/list-slots.js';
import { rescheduleAppointment } from '../use-cases/dispatch/reschedule-appointment.js';
import {
  countDispatchBatches,
  getDispatchBatch,
  listDispatchBatches,
} from '../use-cases/dispatch/batches.js';
import { activityRuleIssues, createActivity } from '../use-cases/dispatch/create-activity.js';
import {
  callNextTicket,
  closeQueueTicket,
  getFreeClinicQueue,
  listQueueTickets,
  registerWalkIn,
  walkInRuleIssues,
} from '../use-cases/dispatch/free-clinic-queue.js';
import { listMyConsents } from '../use-cases/dispatch/my-consents.js';

type Appointment = components['schemas']['Appointment'];

/** Expert dispatch: activities, their slots, and the appointments booked in them. */
export function registerDispatchRoutes(app: Hono<AppEnv>): void {
  defineRoute(app, 'listActivities', async ({ actor, deps, query }) =>
    reply('listActivities', 200, await listActivities({ db: deps.db, actor }, query)),
  );

  defineRoute(app, 'getActivity', async ({ actor, deps, path }) =>
    reply('getActivity', 200, await getActivity({ db: deps.db, actor }, path.activityId)),
  );

  defineRoute(app, 'listSlots', async ({ actor, deps, query }) =>
    reply('listSlots', 200, await listSlots({ db: deps.db, actor }, query)),
  );

  defineRoute(
    app,
    'bookAppointment',
    async ({ actor, deps, body, now }, _db, hold) => {
      const answer = (appointment: Appointment) =>
        reply('bookAppointment', 201, appointment, { Location: `/v1/appointments/${appointment.id}` });
      // The booking claims the key and stores its answer itself, outside a transaction or in its own.
      return answer(
        await bookAppointment(
          { db: deps.db, actor, now, config: deps.config },
          body,
          hold && { hold, answer },
        ),
      );
    },
    {
      idempotent: true,
      foldsIdempotency: 'statement',
      ruleIssues: async ({ actor, body, now }) => bookingRuleIssues(now, body, actor),
    },
  );

  defineRoute(app, 'listAppointments', async ({ actor, deps, query }) =>
    reply('listAppointments', 200, await listAppointments({ db: deps.db, actor }, query)),
  );

  defineRoute(app, 'getAppointment', async ({ actor, deps, path }) => {
    const appointment = await getAppointment({ db: deps.db, actor }, path.appointmentId);
    return reply('getAppointment', 200, appointment, { ETag: etag(appointment.version) });
  });

  defineRoute(
    app,
    'cancelAppointment',
    async ({ actor, body, path, now }, tx) =>
      reply(
        'cancelAppointment',
        200,
        await cancelAppointment({ db: tx, actor, now }, path.appointmentId, body),
      ),
    { idempotent: true },
  );

  defineRoute(
    app,
    'rescheduleAppointment',
    async ({ actor, body, path, now }, tx) =>
      reply(
        'rescheduleAppointment',
        200,
        await rescheduleAppointment({ db: tx, actor, now }, path.appointmentId, body),
      ),
    { idempotent: true },
  );

  defineRoute(app, 'getAppointmentTimeline', async ({ actor, deps, path }) =>
    reply(
      'getAppointmentTimeline',
      200,
      await getAppointmentTimeline({ db: deps.db, actor }, path.appointmentId),
    ),
  );

  defineRoute(
    app,
    'createActivity',
    async ({ actor, body, now }, tx) => {
      const activity = await createActivity({ db: tx, actor, now }, body);
      return reply('createActivity', 201, activity, { Location: `/v1/activities/${activity.id}` });
    },
    { idempotent: true, ruleIssues: async ({ body }) => activityRuleIssues(body) },
  );

  defineRoute(app, 'listDispatchBatches', async ({ actor, deps, query }) =>
    reply('listDispatchBatches', 200, await listDispatchBatches({ db: deps.db, actor }, query)),
  );

  defineRoute(app, 'countDispatchBatches', async ({ actor, deps, query }) =>
    reply('countDispatchBatches', 200, await countDispatchBatches({ db: deps.db, actor }, query)),
  );

  defineRoute(app, 'getDispatchBatch', async ({ actor, deps, path }) =>
    reply('getDispatchBatch', 200, await getDispatchBatch({ db: deps.db, actor }, path.batchId)),
  );

  defineRoute(app, 'getFreeClinicQueue', async ({ actor, deps, path, now }) =>
    reply('getFreeClinicQueue', 200, await getFreeClinicQueue({ db: deps.db, actor, now }, path.activityId)),
  );

  defineRoute(
    app,
    'registerWalkIn',
    async ({ actor, deps, body, path, now }, tx) => {
      const ticket = await registerWalkIn({ db: tx, actor, now, config: deps.config }, path.activityId, body);
      return reply('registerWalkIn', 201, ticket, {
        Location: `/v1/free-clinics/${ticket.activityId}/queue/tickets/${ticket.id}`,
      });
    },
    { idempotent: true, ruleIssues: async ({ body, now }) => walkInRuleIssues(now, body) },
  );

  defineRoute(app, 'listQueueTickets', async ({ actor, deps, path, query }) =>
    reply('listQueueTickets', 200, await listQueueTickets({ db: deps.db, actor }, path.activityId, query)),
  );

  defineRoute(
    app,
    'callNextTicket',
    async ({ actor, body, path, now }, tx) =>
      reply('callNextTicket', 200, await callNextTicket({ db: tx, actor, now }, path.activityId, body)),
    { idempotent: true },
  );

  defineRoute(
    app,
    'closeQueueTicket',
    async ({ actor, body, path, now, expectedVersion }, tx) => {
      const ticket = await closeQueueTicket(
        { db: tx, actor, now },
        path.activityId,
        path.ticketId,
        body,
        expectedVersion,
      );
      return reply('closeQueueTicket', 200, ticket, { ETag: etag(ticket.version) });
    },
    { idempotent: true, ifMatch: true },
  );

  defineRoute(app, 'listMyConsents', async ({ actor, deps }) =>
    reply('listMyConsents', 200, await listMyConsents({ db: deps.db, actor })),
  );
}
