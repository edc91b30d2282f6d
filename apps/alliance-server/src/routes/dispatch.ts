import type { components } from '@yilian/contract';
import {
  BOOKABLE_ACTIVITY_KINDS,
  checkBooking,
  checkCancellation,
  checkReschedule,
  validatePatientIdentity,
} from '@yilian/domain';
import type { Hono } from 'hono';
import type { Actor } from '../auth.js';
import type { AppEnv } from '../context.js';
import type { Queryable } from '../db/database.js';
import type { FieldIssue } from '../http/problem.js';
import { problems } from '../http/problem.js';
import { defineRoute, reply } from '../http/route.js';
import { newId } from '../ids.js';
import type { ActivityRow, AppointmentRow, SlotRow } from '../services/dispatch.js';
import {
  APPOINTMENT_SELECT,
  MAX_SLOT_RANGE_DAYS,
  SLOT_SELECT,
  activeBookingsInActivity,
  allowedCancellers,
  checkConsentFor,
  checkConsentShape,
  checkReferralReference,
  claimPlace,
  decodeTimeCursor,
  findAppointment,
  findVisibleSlot,
  queryInstant,
  releasePlace,
  ruleProblem,
  timePage,
  toActivity,
  toAppointment,
  toSlot,
  translateDatabaseError,
  validationProblem,
} from '../services/dispatch.js';
import {
  actorRef,
  allianceNeighbours,
  appendAudit,
  appendEvent,
  iso,
  patientKey,
} from '../services/common.js';

type Patient = components['schemas']['Patient'];

const MS_PER_DAY = 86_400_000;

/** Collects `WHERE` conditions with numbered parameters. */
function conditions(initial: unknown[] = []) {
  const params: unknown[] = [...initial];
  const where: string[] = [];
  return {
    params,
    where,
    /** Adds a condition; each `?` becomes the parameter of `value`. */
    add(sql: string, value: unknown) {
      params.push(value);
      where.push(sql.replace(/\?/g, `$${params.length}`));
    },
    /** The next parameter's placeholder, for values pushed by hand. */
    next(value: unknown): string {
      params.push(value);
      return `$${params.length}`;
    },
  };
}

/** `from`/`to` query bounds as instants; `to` must be after `from` (a rule broken answers `status`). */
function interval(
  query: { from?: string; to?: string },
  status: 400 | 422,
): { from: Date | undefined; to: Date | undefined } {
  const from = queryInstant('from', query.from);
  const to = queryInstant('to', query.to);
  const malformed = [from, to].filter((v): v is FieldIssue => typeof v === 'object');
  if (malformed.length > 0) {
    throw validationProblem(400, malformed);
  }
  if (typeof from === 'number' && typeof to === 'number' && to <= from) {
    throw validationProblem(status, [{ pointer: '#query/to', code: 'interval_invalid' }]);
  }
  return {
    from: typeof from === 'number' ? new Date(from) : undefined,
    to: typeof to === 'number' ? new Date(to) : undefined,
  };
}

/** The stored form of a patient: the identity number normalised, and no read-only response members. */
function storedPatient(patient: Patient): Patient {
  const { idNumberMasked: _masked, ...rest } = patient;
  return rest.idType === 'resident_id_card'
    ? { ...rest, idNumber: rest.idNumber.trim().toUpperCase() }
    : rest;
}

async function readAppointment(db: Queryable, actor: Actor, appointmentId: string): Promise<AppointmentRow> {
  const row = await findAppointment(db, actor, appointmentId);
  if (!row) {
    throw problems.notFound();
  }
  return row;
}

function appointmentEventData(
  row: Pick<AppointmentRow, 'id' | 'status' | 'version' | 'slot_id' | 'activity_id'>,
) {
  return {
    appointmentId: row.id,
    status: row.status,
    version: row.version,
    slotId: row.slot_id,
    activityId: row.activity_id,
  };
}

export function registerDispatchRoutes(app: Hono<AppEnv>): void {
  defineRoute(app, 'listActivities', async ({ actor, deps, query }) => {
    const { from, to } = interval(query, 400);
    const after = decodeTimeCursor(query.cursor);
    const limit = query.limit ?? 20;
    const visible = await allianceNeighbours(deps.db, actor.institutionId);
    const q = conditions([visible]);
    q.where.push('act.host_institution_id = ANY($1)');
    if (query.allianceId) {
      // Only the caller's own alliances filter anything; another alliance's id lists nothing.
      q.add(
        `act.host_institution_id IN (SELECT institution_id FROM alliance_members WHERE alliance_id = ?)
         AND EXISTS (SELECT 1 FROM alliance_members WHERE alliance_id = ? AND institution_id = ${q.next(actor.institutionId)})`,
        query.allianceId,
      );
    }
    if (query.hostInstitutionId) {
      q.add('act.host_institution_id = ?', query.hostInstitutionId);
    }
    if (query.expertId) {
      q.add('? = ANY(act.expert_ids)', query.expertId);
    }
    if (query.departmentId) {
      q.add('act.department_id = ?', query.departmentId);
    }
    if (query.kind && query.kind.length > 0) {
      q.add('act.kind = ANY(?)', query.kind);
    }
    if (from) {
      q.add('act.starts_at >= ?', from);
    }
    if (to) {
      q.add('act.starts_at < ?', to);
    }
    if (after) {
      q.add(`(act.starts_at, act.id) > (?::timestamptz, ${q.next(after.id)}::text)`, after.at);
    }
    const { rows } = await deps.db.query<ActivityRow>(
      `SELECT act.* FROM activities act WHERE ${q.where.join(' AND ')}
       ORDER BY act.starts_at, act.id LIMIT ${q.next(limit + 1)}`,
      q.params,
    );
    const result = timePage(rows, limit, (r) => r.starts_at);
    return reply('listActivities', 200, {
      items: result.items.map(toActivity),
      nextCursor: result.nextCursor,
    });
  });

  defineRoute(app, 'getActivity', async ({ actor, deps, path }) => {
    const visible = await allianceNeighbours(deps.db, actor.institutionId);
    const { rows } = await deps.db.query<ActivityRow>(
      'SELECT * FROM activities WHERE id = $1 AND host_institution_id = ANY($2)',
      [path.activityId, visible],
    );
    if (!rows[0]) {
      throw problems.notFound();
    }
    return reply('getActivity', 200, toActivity(rows[0]));
  });

  defineRoute(app, 'listSlots', async ({ actor, deps, query }) => {
    const { from, to } = interval(query, 422);
    if (from && to && to.getTime() - from.getTime() > MAX_SLOT_RANGE_DAYS * MS_PER_DAY) {
      throw validationProblem(422, [
        { pointer: '#query/to', code: 'date_range_too_long', params: { maxDays: MAX_SLOT_RANGE_DAYS } },
      ]);
    }
    const after = decodeTimeCursor(query.cursor);
    const limit = query.limit ?? 20;
    const visible = await allianceNeighbours(deps.db, actor.institutionId);
    const q = conditions([visible, from, to, BOOKABLE_ACTIVITY_KINDS]);
    // Slots of bookable, scheduled activities only; a slot row under any other activity is never offered.
    q.where.push(
      'act.host_institution_id = ANY($1)',
      's.starts_at >= $2',
      's.starts_at < $3',
      'act.kind = ANY($4)',
      'act.bookable',
      "act.status = 'scheduled'",
    );
    if (query.expertId) {
      q.add('? = ANY(act.expert_ids)', query.expertId);
    }
    if (query.departmentId) {
      q.add('act.department_id = ?', query.departmentId);
    }
    if (query.institutionId) {
      q.add('act.host_institution_id = ?', query.institutionId);
    }
    if (query.activityId) {
      q.add('s.activity_id = ?', query.activityId);
    }
    if (query.availableOnly) {
      q.where.push('s.booked < s.capacity');
    }
    if (after) {
      q.add(`(s.starts_at, s.id) > (?::timestamptz, ${q.next(after.id)}::text)`, after.at);
    }
    const { rows } = await deps.db.query<SlotRow>(
      `${SLOT_SELECT} WHERE ${q.where.join(' AND ')} ORDER BY s.starts_at, s.id LIMIT ${q.next(limit + 1)}`,
      q.params,
    );
    const result = timePage(rows, limit, (r) => r.starts_at);
    return reply('listSlots', 200, { items: result.items.map(toSlot), nextCursor: result.nextCursor });
  });

  defineRoute(
    app,
    'bookAppointment',
    async ({ actor, deps, body, now }, tx) => {
      const issues: FieldIssue[] = [
        ...validatePatientIdentity(body.patient, now, '/patient'),
        ...checkConsentShape(body.consent, body.patient, now),
      ];
      if (issues.length > 0) {
        throw problems.validation(issues);
      }
      // Every read goes through `tx`: a pooled query while the transaction holds a connection could starve the pool.
      const visible = await allianceNeighbours(tx, actor.institutionId);
      const slot = await findVisibleSlot(tx, body.slotId, visible);
      if (!slot) {
        throw problems.notFound();
      }
      if (!slot.activity_bookable || slot.activity_status !== 'scheduled') {
        throw ruleProblem('slot_not_bookable');
      }
      const references = [
        ...(await checkConsentFor(tx, body.consent, slot.activity_kind, visible)),
        ...(await checkReferralReference(tx, actor, body.referralId)),
      ];
      if (references.length > 0) {
        throw problems.validation(references);
      }
      const patient = storedPatient(body.patient);
      const key = await patientKey(deps.config.patientKeySecret, patient.idType, patient.idNumber);
      const decision = checkBooking({
        slot: {
          startsAt: slot.starts_at,
          capacity: slot.capacity,
          booked: slot.booked,
          activityKind: slot.activity_kind,
        },
        at: now,
        existingActiveBookingsForPatientInActivity: await activeBookingsInActivity(tx, slot.activity_id, key),
      });
      if (!decision.ok) {
        throw ruleProblem(decision.problem);
      }
      if (!(await claimPlace(tx, slot.id))) {
        throw ruleProblem('slot_full');
      }
      const id = newId('apt', now);
      try {
        await tx.query(
          `INSERT INTO appointments (id, status, slot_id, activity_id, patient, patient_key, referral_id, note, booked_at,
             booked_by, booked_by_institution_id)
           VALUES ($1, 'booked', $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            id,
            slot.id,
            slot.activity_id,
            JSON.stringify(patient),
            key,
            body.referralId ?? null,
            body.note ?? null,
            now,
            JSON.stringify(actorRef(actor)),
            actor.institutionId,
          ],
        );
      } catch (error) {
        throw translateDatabaseError(error);
      }
      await appendAudit(tx, {
        resourceType: 'appointment',
        resourceId: id,
        at: now,
        actor,
        action: 'book',
        fromStatus: null,
        toStatus: 'booked',
      });
      await appendEvent(tx, {
        type: 'appointment.booked',
        resourceId: id,
        at: now,
        data: appointmentEventData({
          id,
          status: 'booked',
          version: 1,
          slot_id: slot.id,
          activity_id: slot.activity_id,
        }),
        institutionIds: [slot.host_institution_id, actor.institutionId],
      });
      const row = await findAppointment(tx, actor, id);
      if (!row) {
        throw new Error('The booked appointment could not be read back');
      }
      return reply('bookAppointment', 201, toAppointment(actor, row), { Location: `/v1/appointments/${id}` });
    },
    { idempotent: true },
  );

  defineRoute(app, 'listAppointments', async ({ actor, deps, query }) => {
    const { from, to } = interval(query, 400);
    const after = decodeTimeCursor(query.cursor);
    const limit = query.limit ?? 20;
    const q = conditions([actor.institutionId]);
    q.where.push('(act.host_institution_id = $1 OR a.booked_by_institution_id = $1)');
    if (query.activityId) {
      q.add('a.activity_id = ?', query.activityId);
    }
    if (query.slotId) {
      q.add('a.slot_id = ?', query.slotId);
    }
    if (query.status) {
      q.add('a.status = ?', query.status);
    }
    if (from) {
      q.add('s.starts_at >= ?', from);
    }
    if (to) {
      q.add('s.starts_at < ?', to);
    }
    if (after) {
      q.add(`(s.starts_at, a.id) > (?::timestamptz, ${q.next(after.id)}::text)`, after.at);
    }
    const { rows } = await deps.db.query<AppointmentRow>(
      `${APPOINTMENT_SELECT} WHERE ${q.where.join(' AND ')} ORDER BY s.starts_at, a.id LIMIT ${q.next(limit + 1)}`,
      q.params,
    );
    const result = timePage(rows, limit, (r) => r.starts_at);
    return reply('listAppointments', 200, {
      items: result.items.map((r) => toAppointment(actor, r)),
      nextCursor: result.nextCursor,
    });
  });

  defineRoute(app, 'getAppointment', async ({ actor, deps, path }) => {
    const row = await readAppointment(deps.db, actor, path.appointmentId);
    return reply('getAppointment', 200, toAppointment(actor, row), { ETag: `"${row.version}"` });
  });

  defineRoute(
    app,
    'cancelAppointment',
    async ({ actor, body, path, now }, tx) => {
      const row = await findAppointment(tx, actor, path.appointmentId, { forUpdate: true });
      if (!row) {
        throw problems.notFound();
      }
      if (!allowedCancellers(actor, row).includes(body.cancelledBy)) {
        throw problems.validation([{ pointer: '/cancelledBy', code: 'invalid_enum' }]);
      }
      const decision = checkCancellation(
        { startsAt: row.starts_at, endsAt: row.ends_at, status: row.status },
        now,
        body.cancelledBy,
      );
      if (!decision.ok) {
        throw ruleProblem(decision.problem);
      }
      await tx.query(
        `UPDATE appointments SET status = 'cancelled', version = version + 1, cancelled_at = $2, cancelled_by = $3
         WHERE id = $1`,
        [row.id, now, body.cancelledBy],
      );
      await releasePlace(tx, row.slot_id);
      await appendAudit(tx, {
        resourceType: 'appointment',
        resourceId: row.id,
        at: now,
        actor,
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
      return reply('cancelAppointment', 200, toAppointment(actor, await readAppointment(tx, actor, row.id)));
    },
    { idempotent: true },
  );

  defineRoute(
    app,
    'rescheduleAppointment',
    async ({ actor, body, path, now }, tx) => {
      const row = await findAppointment(tx, actor, path.appointmentId, { forUpdate: true });
      if (!row) {
        throw problems.notFound();
      }
      const visible = await allianceNeighbours(tx, actor.institutionId);
      const slot = await findVisibleSlot(tx, body.slotId, visible);
      if (!slot) {
        throw problems.notFound();
      }
      if (slot.id === row.slot_id && row.status === 'booked') {
        // Already there (a retry of a move that succeeded): nothing to change.
        return reply('rescheduleAppointment', 200, toAppointment(actor, row));
      }
      if (!slot.activity_bookable || slot.activity_status !== 'scheduled') {
        throw ruleProblem('slot_not_bookable');
      }
      // The host moves a booking as the host may cancel it; a booking institution moves it for the patient.
      const by = actor.institutionId === row.host_institution_id ? 'host' : 'patient';
      const decision = checkReschedule({
        appointment: { startsAt: row.starts_at, endsAt: row.ends_at, status: row.status },
        by,
        slot: {
          startsAt: slot.starts_at,
          capacity: slot.capacity,
          booked: slot.booked,
          activityKind: slot.activity_kind,
        },
        at: now,
        existingActiveBookingsForPatientInActivity: await activeBookingsInActivity(
          tx,
          slot.activity_id,
          row.patient_key,
          row.id,
        ),
      });
      if (!decision.ok) {
        throw ruleProblem(decision.problem);
      }
      // Lock the two slot rows in id order so two moves in opposite directions cannot deadlock.
      if (slot.id < row.slot_id) {
        if (!(await claimPlace(tx, slot.id))) {
          throw ruleProblem('slot_full');
        }
        await releasePlace(tx, row.slot_id);
      } else {
        await releasePlace(tx, row.slot_id);
        if (!(await claimPlace(tx, slot.id))) {
          throw ruleProblem('slot_full');
        }
      }
      try {
        await tx.query(
          `UPDATE appointments SET slot_id = $2, activity_id = $3, rescheduled_from_slot_id = $4, version = version + 1
           WHERE id = $1`,
          [row.id, slot.id, slot.activity_id, row.slot_id],
        );
      } catch (error) {
        throw translateDatabaseError(error);
      }
      await appendAudit(tx, {
        resourceType: 'appointment',
        resourceId: row.id,
        at: now,
        actor,
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
      return reply(
        'rescheduleAppointment',
        200,
        toAppointment(actor, await readAppointment(tx, actor, row.id)),
      );
    },
    { idempotent: true },
  );

  defineRoute(app, 'getAppointmentTimeline', async ({ actor, deps, path }) => {
    await readAppointment(deps.db, actor, path.appointmentId);
    const { rows } = await deps.db.query<{
      id: string | number;
      at: Date | string;
      actor: components['schemas']['ActorRef'] | null;
      action: string;
      from_status: string | null;
      to_status: string | null;
      reason_code: string | null;
      note: string | null;
    }>(
      `SELECT id, at, actor, action, from_status, to_status, reason_code, note FROM audit_events
       WHERE resource_type = 'appointment' AND resource_id = $1 ORDER BY id`,
      [path.appointmentId],
    );
    return reply('getAppointmentTimeline', 200, {
      items: rows.map((r) => ({
        id: `evt_${String(r.id).padStart(12, '0')}`,
        at: iso(r.at),
        actor: r.actor,
        action: r.action,
        fromStatus: r.from_status,
        ...(r.to_status === null ? {} : { toStatus: r.to_status }),
        ...(r.reason_code === null ? {} : { reasonCode: r.reason_code }),
        ...(r.note === null ? {} : { note: r.note }),
      })),
    });
  });
}
