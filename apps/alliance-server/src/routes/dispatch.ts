import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { defineRoute, etag, reply } from '../http/route.js';
import { bookAppointment, bookingRuleIssues } from '../use-cases/dispatch/book-appointment.js';
import { cancelAppointment } from '../use-cases/dispatch/cancel-appointment.js';
import { getAppointment, getAppointmentTimeline } from '../use-cases/dispatch/get-appointment.js';
import { getActivity, listActivities } from '../use-cases/dispatch/list-activities.js';
import { listAppointments } from '../use-cases/dispatch/list-appointments.js';
import { listSlots } from '../use-cases/dispatch/list-slots.js';
import { rescheduleAppointment } from '../use-cases/dispatch/reschedule-appointment.js';

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
    async ({ actor, deps, body, now }, tx) => {
      const appointment = await bookAppointment({ db: tx, actor, now, config: deps.config }, body);
      return reply('bookAppointment', 201, appointment, { Location: `/v1/appointments/${appointment.id}` });
    },
    { idempotent: true, ruleIssues: async ({ actor, body, now }) => bookingRuleIssues(now, body, actor) },
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
}
