import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';
import { Failure } from '../failure.js';
import type { TimeKey } from './activity-store.js';
import { conditions } from './activity-store.js';

type Schemas = components['schemas'];
type Appointment = Schemas['Appointment'];

/** An appointment with its slot's interval and its activity's host: everything its wire form and its rules need. */
export interface AppointmentRow {
  id: string;
  version: number;
  status: Appointment['status'];
  slot_id: string;
  activity_id: string;
  patient: Schemas['Patient'];
  patient_key: string;
  referral_id: string | null;
  booked_at: Date | string;
  booked_by: Schemas['ActorRef'];
  booked_by_institution_id: string;
  cancelled_at: Date | string | null;
  cancelled_by: Schemas['AppointmentCancelledBy'] | null;
  rescheduled_from_slot_id: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  host_institution_id: string;
}

/** A new booking, as stored. */
export interface NewAppointment {
  id: string;
  slotId: string;
  activityId: string;
  /** The patient in its stored form (identity number normalised, no response-only members). */
  patient: Schemas['Patient'];
  patientKey: string;
  referralId?: string;
  note?: string;
  bookedAt: Date;
  bookedBy: Schemas['ActorRef'];
  bookedByInstitutionId: string;
}

const APPOINTMENT_SELECT = `SELECT a.id, a.version, a.status, a.slot_id, a.activity_id, a.patient, a.patient_key,
  a.referral_id, a.booked_at, a.booked_by, a.booked_by_institution_id, a.cancelled_at, a.cancelled_by,
  a.rescheduled_from_slot_id, s.starts_at, s.ends_at, act.host_institution_id
  FROM appointments a JOIN slots s ON s.id = a.slot_id JOIN activities act ON act.id = a.activity_id`;

/**
 * The failure a write's database error stands for: the one-active-booking index is `already_booked` (a patient
 * booked twice at once); anything else is rethrown as is. Only the SQLSTATE and constraint are read: the
 * message may quote patient data.
 */
function translate(error: unknown): unknown {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  if (code === '23505' && (constraint === undefined || constraint === 'appointments_one_active')) {
    return new Failure('already_booked', { cause: error });
  }
  return error;
}

/**
 * One appointment the institution is party to (it hosts the activity or booked it); `undefined` for any other id.
 * `forUpdate` locks the row for the rest of the transaction.
 */
export async function findAppointment(
  db: Queryable,
  institutionId: string,
  appointmentId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AppointmentRow | undefined> {
  const { rows } = await db.query<AppointmentRow>(
    `${APPOINTMENT_SELECT} WHERE a.id = $1 AND (act.host_institution_id = $2 OR a.booked_by_institution_id = $2)
     ${options.forUpdate ? 'FOR UPDATE OF a' : ''}`,
    [appointmentId, institutionId],
  );
  return rows[0];
}

/** What an appointment listing selects. */
export interface AppointmentFilter {
  /** The institution asking: it sees the appointments it hosts or booked. */
  institutionId: string;
  activityId?: string;
  slotId?: string;
  status?: Appointment['status'];
  from?: Date;
  to?: Date;
  after?: TimeKey;
  /** Rows to read: one more than the page, to know whether another follows. */
  limit: number;
}

/** The appointments the institution hosts or booked, by slot start. */
export async function listAppointments(db: Queryable, filter: AppointmentFilter): Promise<AppointmentRow[]> {
  const q = conditions([filter.institutionId]);
  q.where.push('(act.host_institution_id = $1 OR a.booked_by_institution_id = $1)');
  if (filter.activityId) {
    q.add('a.activity_id = ?', filter.activityId);
  }
  if (filter.slotId) {
    q.add('a.slot_id = ?', filter.slotId);
  }
  if (filter.status) {
    q.add('a.status = ?', filter.status);
  }
  if (filter.from) {
    q.add('s.starts_at >= ?', filter.from);
  }
  if (filter.to) {
    q.add('s.starts_at < ?', filter.to);
  }
  if (filter.after) {
    q.add(`(s.starts_at, a.id) > (?::timestamptz, ${q.next(filter.after.id)}::text)`, filter.after.at);
  }
  const { rows } = await db.query<AppointmentRow>(
    `${APPOINTMENT_SELECT} WHERE ${q.where.join(' AND ')} ORDER BY s.starts_at, a.id LIMIT ${q.next(filter.limit)}`,
    q.params,
  );
  return rows;
}

/** The patient's active bookings in an activity, not counting `exceptAppointmentId` (the one being moved). */
export async function activeBookingsInActivity(
  db: Queryable,
  activityId: string,
  patientKey: string,
  exceptAppointmentId?: string,
): Promise<number> {
  const { rows } = await db.query<{ count: number | string }>(
    `SELECT count(*) AS count FROM appointments
     WHERE activity_id = $1 AND patient_key = $2 AND status IN ('booked', 'arrived') AND id <> $3`,
    [activityId, patientKey, exceptAppointmentId ?? ''],
  );
  return Number(rows[0]?.count ?? 0);
}

/**
 * Stores a booking; call it in the transaction that claimed its place. A second active booking of the patient in
 * the activity, committed meanwhile by another process, fails as `already_booked`.
 */
export async function insertAppointment(tx: Queryable, appointment: NewAppointment): Promise<void> {
  try {
    await tx.query(
      `INSERT INTO appointments (id, status, slot_id, activity_id, patient, patient_key, referral_id, note, booked_at,
         booked_by, booked_by_institution_id)
       VALUES ($1, 'booked', $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        appointment.id,
        appointment.slotId,
        appointment.activityId,
        JSON.stringify(appointment.patient),
        appointment.patientKey,
        appointment.referralId ?? null,
        appointment.note ?? null,
        appointment.bookedAt,
        JSON.stringify(appointment.bookedBy),
        appointment.bookedByInstitutionId,
      ],
    );
  } catch (error) {
    throw translate(error);
  }
}

/** Marks a booking cancelled and bumps its version; the place is given back separately, in the same transaction. */
export async function cancelAppointment(
  tx: Queryable,
  appointmentId: string,
  at: Date,
  cancelledBy: Schemas['AppointmentCancelledBy'],
): Promise<void> {
  await tx.query(
    `UPDATE appointments SET status = 'cancelled', version = version + 1, cancelled_at = $2, cancelled_by = $3
     WHERE id = $1`,
    [appointmentId, at, cancelledBy],
  );
}

/**
 * Moves a booking to another slot and bumps its version; the places are moved separately, in the same
 * transaction. A move into an activity where the patient already holds an active booking fails as
 * `already_booked`.
 */
export async function moveAppointment(
  tx: Queryable,
  appointmentId: string,
  to: { slotId: string; activityId: string },
  fromSlotId: string,
): Promise<void> {
  try {
    await tx.query(
      `UPDATE appointments SET slot_id = $2, activity_id = $3, rescheduled_from_slot_id = $4, version = version + 1
       WHERE id = $1`,
      [appointmentId, to.slotId, to.activityId, fromSlotId],
    );
  } catch (error) {
    throw translate(error);
  }
}
