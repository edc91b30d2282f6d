// Expert dispatch: row mapping, the place-claiming statements and the request checks that need the database.
// The booking rules themselves live in @yilian/domain (checkBooking, checkCancellation, checkReschedule).
import type { components } from '@yilian/contract';
import type { BookingProblem, CancellationProblem } from '@yilian/domain';
import { isLocalDate, needsGuardian, parseInstant, remainingCapacity } from '@yilian/domain';
import type { Actor } from '../auth.js';
import type { Queryable } from '../db/database.js';
import type { FieldIssue } from '../http/problem.js';
import { HttpProblem } from '../http/problem.js';
import { compact, decodeCursor, encodeCursor, iso, isoOrUndefined, patientFor } from './common.js';

type Schemas = components['schemas'];
type Activity = Schemas['Activity'];
type ActivityKind = Schemas['ActivityKind'];
type Slot = Schemas['Slot'];
type Appointment = Schemas['Appointment'];
type Patient = Schemas['Patient'];
type Consent = Schemas['Consent'];
type ConsentPurpose = Schemas['ConsentPurpose'];
type ActorRef = Schemas['ActorRef'];

/** The longest `[from, to)` a slot listing may span (the contract's "at most 62 days"). */
export const MAX_SLOT_RANGE_DAYS = 62;

/**
 * The consent purposes (PIPL Art. 29, one separate consent per purpose) a booking accepts, by activity kind.
 * A booking hands the patient's identity to the host institution and its visiting expert: an in-person visit
 * is covered by consent to transfer the patient's data to another institution (`referral_transfer`) or by a
 * `remote_consultation` consent (the contract's own example books a clinic with one); a remote consultation
 * additionally sends the data over a video link, so only `remote_consultation` covers it. `result_sharing`
 * covers result recognition, never a booking.
 */
export const BOOKING_CONSENT_PURPOSES: Readonly<Record<ActivityKind, readonly ConsentPurpose[]>> =
  Object.freeze({
    clinic: ['referral_transfer', 'remote_consultation'],
    consultation: ['referral_transfer', 'remote_consultation'],
    free_clinic: ['referral_transfer', 'remote_consultation'],
    remote_consultation: ['remote_consultation'],
    surgery_guidance: [],
    ward_round: [],
    lecture: [],
  });

/** How far ahead of the server's clock a consent's `grantedAt` may be (clocks of hospital systems drift). */
export const CONSENT_CLOCK_SKEW_MS = 5 * 60_000;

// ---------------------------------------------------------------------------------------------------------------
// Rows

export interface ActivityRow {
  id: string;
  kind: ActivityKind;
  status: Activity['status'];
  title: string;
  description: string | null;
  expert_ids: string[];
  host_institution_id: string;
  department_id: string | null;
  place: string | null;
  video_url: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  bookable: boolean;
}

export function toActivity(row: ActivityRow): Activity {
  return compact({
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    description: row.description ?? undefined,
    expertIds: row.expert_ids,
    hostInstitutionId: row.host_institution_id,
    departmentId: row.department_id ?? undefined,
    place: row.place ?? undefined,
    videoUrl: row.video_url ?? undefined,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    bookable: row.bookable,
  });
}

/** A slot with the facts of its activity that booking and listing need. */
export interface SlotRow {
  id: string;
  activity_id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  capacity: number;
  booked: number;
  activity_kind: ActivityKind;
  activity_status: Activity['status'];
  activity_bookable: boolean;
  expert_ids: string[];
  host_institution_id: string;
  department_id: string | null;
}

export const SLOT_SELECT = `SELECT s.id, s.activity_id, s.starts_at, s.ends_at, s.capacity, s.booked,
  act.kind AS activity_kind, act.status AS activity_status, act.bookable AS activity_bookable, act.expert_ids,
  act.host_institution_id, act.department_id
  FROM slots s JOIN activities act ON act.id = s.activity_id`;

export function toSlot(row: SlotRow): Slot {
  return compact({
    id: row.id,
    activityId: row.activity_id,
    activityKind: row.activity_kind,
    expertIds: row.expert_ids,
    hostInstitutionId: row.host_institution_id,
    departmentId: row.department_id ?? undefined,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    capacity: row.capacity,
    booked: row.booked,
    remaining: remainingCapacity(row),
  });
}

/** An appointment with its slot's interval and its activity's host: everything its wire form and its rules need. */
export interface AppointmentRow {
  id: string;
  version: number;
  status: Appointment['status'];
  slot_id: string;
  activity_id: string;
  patient: Patient;
  patient_key: string;
  referral_id: string | null;
  booked_at: Date | string;
  booked_by: ActorRef;
  booked_by_institution_id: string;
  cancelled_at: Date | string | null;
  cancelled_by: Appointment['cancelledBy'] | null;
  rescheduled_from_slot_id: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  host_institution_id: string;
}

export const APPOINTMENT_SELECT = `SELECT a.id, a.version, a.status, a.slot_id, a.activity_id, a.patient, a.patient_key,
  a.referral_id, a.booked_at, a.booked_by, a.booked_by_institution_id, a.cancelled_at, a.cancelled_by,
  a.rescheduled_from_slot_id, s.starts_at, s.ends_at, act.host_institution_id
  FROM appointments a JOIN slots s ON s.id = a.slot_id JOIN activities act ON act.id = a.activity_id`;

/** The appointment as `actor` may see it: the patient's ID number and phone masked unless the role needs them. */
export function toAppointment(actor: Actor, row: AppointmentRow): Appointment {
  return compact({
    id: row.id,
    version: row.version,
    status: row.status,
    slotId: row.slot_id,
    activityId: row.activity_id,
    hostInstitutionId: row.host_institution_id,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    patient: patientFor(actor, row.patient),
    referralId: row.referral_id ?? undefined,
    bookedAt: iso(row.booked_at),
    bookedBy: row.booked_by,
    cancelledAt: isoOrUndefined(row.cancelled_at),
    cancelledBy: row.cancelled_by ?? undefined,
    rescheduledFromSlotId: row.rescheduled_from_slot_id ?? undefined,
  });
}

/**
 * Reads one appointment the caller's institution is party to (it hosts the activity or booked it); `undefined`
 * for any other id, so existence is never revealed. `forUpdate` locks the row for the rest of the transaction.
 */
export async function findAppointment(
  db: Queryable,
  actor: Actor,
  appointmentId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AppointmentRow | undefined> {
  const { rows } = await db.query<AppointmentRow>(
    `${APPOINTMENT_SELECT} WHERE a.id = $1 AND (act.host_institution_id = $2 OR a.booked_by_institution_id = $2)
     ${options.forUpdate ? 'FOR UPDATE OF a' : ''}`,
    [appointmentId, actor.institutionId],
  );
  return rows[0];
}

/** Reads one slot whose activity is hosted by an institution in `visible` (the caller's alliances). */
export async function findVisibleSlot(
  db: Queryable,
  slotId: string,
  visible: string[],
): Promise<SlotRow | undefined> {
  const { rows } = await db.query<SlotRow>(
    `${SLOT_SELECT} WHERE s.id = $1 AND act.host_institution_id = ANY($2)`,
    [slotId, visible],
  );
  return rows[0];
}

// ---------------------------------------------------------------------------------------------------------------
// Places

/**
 * Claims one place with a single conditional UPDATE: PostgreSQL re-checks `booked < capacity` on the row version
 * it waited for, so concurrent bookings from any number of server processes never overbook. `false` when full.
 */
export async function claimPlace(tx: Queryable, slotId: string): Promise<boolean> {
  const { rows } = await tx.query<{ booked: number }>(
    'UPDATE slots SET booked = booked + 1 WHERE id = $1 AND booked < capacity RETURNING booked',
    [slotId],
  );
  return rows.length === 1;
}

/** Gives a place back (cancel, or the old slot of a reschedule); same transaction as the status change. */
export async function releasePlace(tx: Queryable, slotId: string): Promise<void> {
  await tx.query('UPDATE slots SET booked = booked - 1 WHERE id = $1 AND booked > 0', [slotId]);
}

/** The patient's active bookings in an activity, not counting `exceptAppointmentId` (the one being moved). */
export async function activeBookingsInActivity(
  tx: Queryable,
  activityId: string,
  patientKey: string,
  exceptAppointmentId?: string,
): Promise<number> {
  const { rows } = await tx.query<{ count: number | string }>(
    `SELECT count(*) AS count FROM appointments
     WHERE activity_id = $1 AND patient_key = $2 AND status IN ('booked', 'arrived') AND id <> $3`,
    [activityId, patientKey, exceptAppointmentId ?? ''],
  );
  return Number(rows[0]?.count ?? 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Problems

const PROBLEM_STATUS: Record<BookingProblem | CancellationProblem, number> = {
  slot_not_bookable: 409,
  slot_in_past: 422,
  already_booked: 409,
  slot_full: 409,
  cancellation_window_closed: 409,
  appointment_not_active: 409,
};

/** The HTTP problem of a booking or cancellation rule the domain refused. */
export function ruleProblem(problem: BookingProblem | CancellationProblem): HttpProblem {
  return new HttpProblem(PROBLEM_STATUS[problem], problem);
}

/**
 * The problem a database error stands for when it is a known race: the one-active-booking index (23505) is
 * `already_booked`; a serialization failure or deadlock (40001, 40P01) is a 503 the client may retry. Anything
 * else is returned as is. Only the SQLSTATE is read: the message may quote patient data.
 */
export function translateDatabaseError(error: unknown): unknown {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  if (code === '23505' && (constraint === undefined || constraint === 'appointments_one_active')) {
    return new HttpProblem(409, 'already_booked', { cause: error });
  }
  if (code === '40001' || code === '40P01') {
    return new HttpProblem(503, 'service_unavailable', { cause: error, headers: { 'Retry-After': '1' } });
  }
  return error;
}

// ---------------------------------------------------------------------------------------------------------------
// Request checks

/** Consent checks that need no database: the grant is not in the future; a guardian consents for under-14s. */
export function checkConsentShape(consent: Consent, patient: Patient, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const granted = parseInstant(consent.grantedAt);
  if (Number.isNaN(granted)) {
    issues.push({ pointer: '/consent/grantedAt', code: 'invalid_format' });
  } else if (granted > now.getTime() + CONSENT_CLOCK_SKEW_MS) {
    issues.push({ pointer: '/consent/grantedAt', code: 'out_of_range' });
  }
  if (isLocalDate(patient.birthDate) && needsGuardian(patient.birthDate, now)) {
    if (consent.byGuardian !== true) {
      issues.push({ pointer: '/consent/byGuardian', code: 'consent_required' });
    }
  }
  return issues;
}

/** Consent checks against the slot's activity and the directory: the purpose covers it; the recorder exists. */
export async function checkConsentFor(
  tx: Queryable,
  consent: Consent,
  kind: ActivityKind,
  visible: string[],
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (!BOOKING_CONSENT_PURPOSES[kind].includes(consent.purpose)) {
    issues.push({ pointer: '/consent/purpose', code: 'consent_required' });
  }
  const { rows } = await tx.query('SELECT 1 FROM clinicians WHERE id = $1 AND institution_id = ANY($2)', [
    consent.recordedBy,
    visible,
  ]);
  if (rows.length === 0) {
    issues.push({ pointer: '/consent/recordedBy', code: 'unknown_reference' });
  }
  return issues;
}

/** A referral named by a booking must be one the caller's institution sends or receives. */
export async function checkReferralReference(
  tx: Queryable,
  actor: Actor,
  referralId: string | undefined,
): Promise<FieldIssue[]> {
  if (referralId === undefined) {
    return [];
  }
  const { rows } = await tx.query(
    'SELECT 1 FROM referrals WHERE id = $1 AND (sending_institution_id = $2 OR receiving_institution_id = $2)',
    [referralId, actor.institutionId],
  );
  return rows.length === 0 ? [{ pointer: '/referralId', code: 'unknown_reference' }] : [];
}

/**
 * On whose behalf `actor` may cancel or move an appointment. Patients hold no token in this version: any party
 * (the host or the booking institution) acts for the patient; only the host institution acts for itself or for
 * its visiting expert, whose own institution is not a party of the booking.
 */
export function allowedCancellers(
  actor: Actor,
  row: Pick<AppointmentRow, 'host_institution_id'>,
): Appointment['cancelledBy'][] {
  return actor.institutionId === row.host_institution_id ? ['patient', 'expert', 'host'] : ['patient'];
}

// ---------------------------------------------------------------------------------------------------------------
// Query parameters

/** An RFC 3339 query instant as epoch milliseconds, or a field issue at `#query/<name>`. */
export function queryInstant(name: string, value: string | undefined): number | FieldIssue | undefined {
  if (value === undefined) {
    return undefined;
  }
  const ms = parseInstant(value);
  return Number.isNaN(ms) ? { pointer: `#query/${name}`, code: 'invalid_format' } : ms;
}

/** Keyset cursors of time-ordered lists: the last row's instant (epoch ms) and id. */
export function encodeTimeCursor(at: Date | string, id: string): string {
  return encodeCursor([new Date(at).getTime(), id]);
}

/** Decodes a time cursor; a cursor this server did not make is a 400 field error. */
export function decodeTimeCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (cursor === undefined) {
    return undefined;
  }
  const key = decodeCursor(cursor);
  if (!key || typeof key[0] !== 'number' || !Number.isFinite(key[0]) || typeof key[1] !== 'string') {
    throw validationProblem(400, [{ pointer: '#query/cursor', code: 'invalid_format' }]);
  }
  return { at: new Date(key[0]), id: key[1] };
}

/**
 * A validation problem with an explicit status: a malformed parameter is a 400 (as the route's own validation
 * answers), while a well-formed slot range that breaks a rule (`interval_invalid`, `date_range_too_long`) is the
 * 422 `listSlots` documents. `listActivities` and `listAppointments` document only 400.
 */
export function validationProblem(status: 400 | 422, issues: FieldIssue[]): HttpProblem {
  return new HttpProblem(status, 'validation_failed', { issues, params: { count: issues.length } });
}

/** One page of a keyset listing fetched with one row more than `limit`. */
export function timePage<TRow extends { id: string }>(
  rows: TRow[],
  limit: number,
  at: (row: TRow) => Date | string,
): { items: TRow[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeTimeCursor(at(last), last.id) : null };
}
