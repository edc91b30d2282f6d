import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';
import { prepared } from '../db/database.js';
import { Failure } from '../failure.js';
import type { SlotRow, TimeKey } from './activity-store.js';
import { SLOT_SELECT, conditions } from './activity-store.js';
import type { AuditEntry } from './audit-store.js';
import { auditParams } from './audit-store.js';
import type { NewEvent } from './event-store.js';
import { PENDING_SEQUENCE } from './event-store.js';
import type { KeyAnswer, KeyClaim, KeyHold } from './idempotency-store.js';
import {
  IdempotencyKeyTaken,
  KEY_TAKEN_SQLSTATE,
  claimAnsweredParams,
  claimAnsweredSql,
  claimKeyParams,
  claimKeySql,
  storeAnswerParams,
  storeAnswerSql,
} from './idempotency-store.js';

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
  expert_id: string | null;
  patient_id: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  host_institution_id: string;
  activity_kind: Schemas['ActivityKind'];
  activity_title: string;
  department_id: string | null;
  place: string | null;
}

/** A new booking, as stored. */
export interface NewAppointment {
  id: string;
  slotId: string;
  activityId: string;
  /** The patient in its stored form (identity number normalised, no response-only members). */
  patient: Schemas['Patient'];
  patientKey: string;
  /** The patient account, when a `patient` token books. */
  patientId?: string;
  referralId?: string;
  note?: string;
  bookedAt: Date;
  bookedBy: Schemas['ActorRef'];
  bookedByInstitutionId: string;
}

const APPOINTMENT_SELECT = `SELECT a.id, a.version, a.status, a.slot_id, a.activity_id, a.patient, a.patient_key,
  a.referral_id, a.booked_at, a.booked_by, a.booked_by_institution_id, a.cancelled_at, a.cancelled_by,
  a.rescheduled_from_slot_id, a.expert_id, a.patient_id, s.starts_at, s.ends_at, act.host_institution_id,
  act.kind AS activity_kind, act.title AS activity_title, coalesce(s.department_id, act.department_id) AS department_id,
  act.place
  FROM appointments a JOIN slots s ON s.id = a.slot_id JOIN activities act ON act.id = a.activity_id`;

/**
 * Who reads appointments: an institution sees those it hosts or booked; a patient account only its own (those it
 * booked, and those booked for its bound identity document by a desk).
 */
export type AppointmentScope = { institutionId: string; patientId?: undefined } | { patientId: string };

/** The condition of a scope on the `APPOINTMENT_SELECT` aliases, with its one parameter at `$n`. */
function scopeCondition(scope: AppointmentScope, n: number): { sql: string; param: string } {
  if (scope.patientId !== undefined) {
    return {
      sql: `(a.patient_id = $${n} OR a.patient_key = (SELECT patient_key FROM patient_accounts WHERE id = $${n}))`,
      param: scope.patientId,
    };
  }
  return {
    sql: `(act.host_institution_id = $${n} OR a.booked_by_institution_id = $${n})`,
    param: scope.institutionId,
  };
}

/**
 * The failure a write's database error stands for: the one-active-booking index is `already_booked` (a patient
 * booked twice at once); anything else is rethrown as is. Only the SQLSTATE and constraint are read: the
 * message may quote patient data.
 */
function translate(error: unknown): unknown {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  if (code === '23505' && (constraint === undefined || constraint === 'appointments_one_per_expert')) {
    return new Failure('expert_already_booked', { cause: error });
  }
  return error;
}

/**
 * Serialises the bookings of one patient: holds the patient's row of `patient_booking_locks` until the
 * transaction ends, so a second booking (or move) of the same patient waits, then reads the first one's result.
 * Only then is the overlap rule, which no index can hold, checked safely under concurrency. It bumps the row's
 * version, which a booking outside a transaction (`bookInOneStatement`) checks.
 */
export async function lockPatientBookings(tx: Queryable, patientKey: string): Promise<void> {
  await tx.query(
    `INSERT INTO patient_booking_locks AS l (patient_key, version) VALUES ($1, 1)
     ON CONFLICT (patient_key) DO UPDATE SET version = l.version + 1`,
    [patientKey],
  );
}

/** One of a patient's active bookings, as the overlap rule reads it. */
export interface HeldBooking {
  appointmentId: string;
  activityId: string;
  expertId?: string;
  startsAt: string;
  endsAt: string;
}

/**
 * The `FROM … WHERE` of a patient's active bookings (`appointments a`, their slots `hs`) that could clash with a
 * slot: those in its activity (the same-expert rule) and those overlapping it in time (DOMAIN §4). Each member is
 * SQL: a parameter or a column. Every read and re-check of the rule goes through here, so they cannot drift.
 */
function clashing(on: { patientKey: string; activityId: string; startsAt: string; endsAt: string }): string {
  return `FROM appointments a JOIN slots hs ON hs.id = a.slot_id
     WHERE a.patient_key = ${on.patientKey} AND a.status IN ('booked', 'arrived')
       AND (a.activity_id = ${on.activityId} OR (hs.starts_at < ${on.endsAt} AND hs.ends_at > ${on.startsAt}))`;
}

/**
 * The patient's active bookings that could clash with a slot: those in its activity (the same-expert rule) and
 * those overlapping it in time, leaving out `exceptAppointmentId` (the one being moved).
 */
export async function heldBookings(
  db: Queryable,
  ask: {
    patientKey: string;
    activityId: string;
    startsAt: Date | string;
    endsAt: Date | string;
    except?: string;
  },
): Promise<HeldBooking[]> {
  const { rows } = await db.query<{
    id: string;
    activity_id: string;
    expert_id: string | null;
    starts_at: Date | string;
    ends_at: Date | string;
  }>(
    `SELECT a.id, a.activity_id, a.expert_id, hs.starts_at, hs.ends_at
     ${clashing({ patientKey: '$1', activityId: '$2', startsAt: '$3', endsAt: '$4' })} AND a.id <> $5`,
    [ask.patientKey, ask.activityId, ask.startsAt, ask.endsAt, ask.except ?? ''],
  );
  return rows.map((r) => ({
    appointmentId: r.id,
    activityId: r.activity_id,
    ...(r.expert_id ? { expertId: r.expert_id } : {}),
    startsAt: new Date(r.starts_at).toISOString(),
    endsAt: new Date(r.ends_at).toISOString(),
  }));
}

/**
 * One appointment the institution is party to (it hosts the activity or booked it); `undefined` for any other id.
 * `forUpdate` locks the row for the rest of the transaction.
 */
export async function findAppointment(
  db: Queryable,
  scope: AppointmentScope,
  appointmentId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AppointmentRow | undefined> {
  const visible = scopeCondition(scope, 2);
  const { rows } = await db.query<AppointmentRow>(
    `${APPOINTMENT_SELECT} WHERE a.id = $1 AND ${visible.sql} ${options.forUpdate ? 'FOR UPDATE OF a' : ''}`,
    [appointmentId, visible.param],
  );
  return rows[0];
}

/** What an appointment listing selects. */
export interface AppointmentFilter {
  /** Who asks: an institution sees the appointments it hosts or booked, a patient account its own. */
  scope: AppointmentScope;
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
  const visible = scopeCondition(filter.scope, 1);
  const q = conditions([visible.param]);
  q.where.push(visible.sql);
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

/** What a booking decides on, read in one statement. */
export interface BookingFacts {
  /** The consent's recorder is a clinician of a `visible` institution. */
  clinicianKnown: boolean;
  /** No referral is named, or the institution is a party to the one named. */
  referralKnown: boolean;
  /** The slot, when a `visible` institution hosts it. */
  slot: SlotRow | undefined;
  /**
   * The patient's active bookings that could clash with the slot (as `heldBookings` reads them), as they were
   * when the statement began: before the patient's lock was awaited. `bookPlace` re-checks them.
   */
  held: HeldBooking[];
}

type HeldJson = {
  id: string;
  activity_id: string;
  expert_id: string | null;
  starts_at: string;
  ends_at: string;
};

const heldBooking = (r: HeldJson): HeldBooking => ({
  appointmentId: r.id,
  activityId: r.activity_id,
  ...(r.expert_id ? { expertId: r.expert_id } : {}),
  startsAt: new Date(r.starts_at).toISOString(),
  endsAt: new Date(r.ends_at).toISOString(),
});

/** `bookingFacts`' statement, claiming the key `claim` (a statement returning a row when claimed). */
/** The patient's active bookings that could clash with slot `s` (`heldBookings`), as one JSON array. */
const HELD_JSON = `(SELECT coalesce(json_agg(json_build_object('id', a.id, 'activity_id', a.activity_id,
      'expert_id', a.expert_id, 'starts_at', hs.starts_at, 'ends_at', hs.ends_at)), '[]')
    ${clashing({ patientKey: '$6', activityId: 's.activity_id', startsAt: 's.starts_at', endsAt: 's.ends_at' })})`;

/** The clinician and referral checks (`f`) and the visible slot (`s`) a booking reads. */
const FACTS_FROM = `FROM (SELECT
      ($3::text IS NULL OR EXISTS (SELECT 1 FROM clinicians WHERE id = $3 AND institution_id = ANY($2)))
        AS clinician_known,
      ($5::text IS NULL OR EXISTS (SELECT 1 FROM referrals
        WHERE id = $5 AND (sending_institution_id = $4 OR receiving_institution_id = $4))) AS referral_known) f
    LEFT JOIN (${SLOT_SELECT} WHERE s.id = $1 AND act.host_institution_id = ANY($2)) s ON true`;

/** `bookingFacts`' statement, claiming the key `claim` (a statement returning a row when claimed). */
const bookingFactsSql = (claim: string) =>
  prepared(`WITH claim AS (${claim}), locked AS (
      INSERT INTO patient_booking_locks AS l (patient_key, version) SELECT $6::text, 1 FROM claim
      ON CONFLICT (patient_key) DO UPDATE SET version = l.version + 1
      RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM locked) AS claimed, f.clinician_known, f.referral_known, s.*, ${HELD_JSON} AS held
    ${FACTS_FROM}`);
const BOOKING_FACTS = { keyed: bookingFactsSql(claimKeySql(7)), unkeyed: bookingFactsSql('SELECT 1') };

/**
 * The first statement of a booking, one round trip: claims the request's idempotency key (when it has one, see
 * `KeyHold`), then takes the patient's lock (`lockPatientBookings`) only if the key was claimed, and reads what the
 * booking checks before it claims a place: whether the consent's recorder and the named referral are known to the
 * caller, the slot (if a `visible` institution hosts it), and the patient's bookings that could clash with it.
 * The same rules as `clinicianIn`, `isReferralParty`, `findVisibleSlot` and `heldBookings`, which other flows ask
 * one at a time. Every read sees the database as it was before the statement waited for a lock (a statement keeps
 * its snapshot): the slot's places and the patient's bookings are checked again by `bookPlace`.
 * @throws IdempotencyKeyTaken when another request holds the key
 */
export async function bookingFacts(
  db: Queryable,
  ask: {
    slotId: string;
    visible: readonly string[];
    institutionId: string;
    /** The consent's recorder; left out when the patient gave it themself. */
    recordedBy?: string;
    referralId?: string;
    patientKey: string;
    hold?: KeyHold;
  },
): Promise<BookingFacts> {
  const { rows } = await db.query<
    Partial<SlotRow> & {
      claimed: boolean;
      clinician_known: boolean;
      referral_known: boolean;
      held: HeldJson[];
    }
  >(ask.hold ? BOOKING_FACTS.keyed : BOOKING_FACTS.unkeyed, [
    ask.slotId,
    ask.visible,
    ask.recordedBy ?? null,
    ask.institutionId,
    ask.referralId ?? null,
    ask.patientKey,
    ...(ask.hold ? claimKeyParams(ask.hold.claim) : []),
  ]);
  const { claimed, clinician_known, referral_known, held, ...slot } = rows[0]!;
  if (ask.hold) {
    ask.hold.claimed = claimed;
    if (!claimed) {
      throw new IdempotencyKeyTaken();
    }
  }
  return {
    clinicianKnown: clinician_known,
    referralKnown: referral_known,
    slot: slot.id ? (slot as SlotRow) : undefined,
    held: held.map(heldBooking),
  };
}

/** A stored booking: the appointment's columns, without its slot's and host's. */
export type BookedRow = Omit<
  AppointmentRow,
  | 'starts_at'
  | 'ends_at'
  | 'host_institution_id'
  | 'activity_kind'
  | 'activity_title'
  | 'department_id'
  | 'place'
>;

/** How a booking's claim of a place ended. */
export type PlaceClaim = 'booked' | 'slot_full' | 'schedule_changed';

/**
 * Claims a place in slot $1 when one is left and `guard` (SQL) holds, with the conditional UPDATE that re-checks
 * `booked < capacity` on the row version it waited for (so concurrent bookings never overbook), and stores the
 * appointment, its audit entry and its pending event only when it did: `WITH` members `claimed`, `booked`,
 * `audited` and `announced`, with parameters $1–$24.
 */
const claimAndStore = (guard: string) => `claimed AS (
      UPDATE slots SET booked = booked + 1
      WHERE id = $1 AND booked < capacity AND ${guard}
      RETURNING id, activity_id, expert_id
    ), booked AS (
      INSERT INTO appointments (id, status, slot_id, activity_id, patient, patient_key, referral_id, note,
        booked_at, booked_by, booked_by_institution_id, expert_id, patient_id)
      SELECT $2::text, 'booked', c.id, c.activity_id, $3::jsonb, $4::text, $5::text, $6::text, $7::timestamptz,
        $8::jsonb, $9::text, c.expert_id, $24::text
      FROM claimed c
      RETURNING id
    ), audited AS (
      INSERT INTO audit_events (resource_type, resource_id, at, actor, action, from_status, to_status, reason_code,
        note)
      SELECT $10::text, $11::text, $12::timestamptz, $13::jsonb, $14::text, $15::text, $16::text, $17::text,
        $18::text
      FROM booked
    ), announced AS (
      INSERT INTO events (sequence, type, resource_id, occurred_at, data, institution_ids)
      SELECT ${PENDING_SEQUENCE}, $19::text, $20::text, $21::timestamptz, $22::jsonb, $23::text[]
      FROM booked
    )`;

/** The parameters $1–$24 of `claimAndStore`. */
function bookingParams(
  appointment: BookedRow & { note?: string },
  audit: AuditEntry,
  event: NewEvent,
): unknown[] {
  return [
    appointment.slot_id,
    appointment.id,
    JSON.stringify(appointment.patient),
    appointment.patient_key,
    appointment.referral_id,
    appointment.note ?? null,
    appointment.booked_at,
    JSON.stringify(appointment.booked_by),
    appointment.booked_by_institution_id,
    ...auditParams(audit),
    event.type,
    event.resourceId,
    event.at,
    JSON.stringify(event.data),
    [...new Set(event.institutionIds)],
    appointment.patient_id,
  ];
}

/** `bookPlace`'s statement, storing the key's answer with `answer` (a statement). */
const bookPlaceSql = (answer: string) =>
  prepared(`WITH changed AS (
      SELECT EXISTS (SELECT 1 ${clashing({ patientKey: '$4', activityId: '$26', startsAt: '$27', endsAt: '$28' })}
        AND NOT (a.id = ANY($25::text[]))) AS v
    ), ${claimAndStore('NOT (SELECT v FROM changed)')}, answered AS (${answer})
    SELECT CASE WHEN EXISTS (SELECT 1 FROM booked) THEN 'booked'
      WHEN (SELECT v FROM changed) THEN 'schedule_changed' ELSE 'slot_full' END AS outcome`);
const BOOK_PLACE = {
  answered: bookPlaceSql(storeAnswerSql(29, 'EXISTS (SELECT 1 FROM booked)')),
  unanswered: bookPlaceSql('SELECT 1'),
};

/**
 * Claims a place in the slot and stores the booking with its audit entry, its feed event and (with `answer`) the
 * idempotency key's answer, in one statement, so a booking is one round trip after `bookingFacts`. The
 * conditional UPDATE re-checks `booked < capacity` on the row version it waited for, so concurrent bookings from
 * any number of processes never overbook, and nothing is stored when the slot is full. Nothing is stored either
 * when the patient holds an active booking that could clash with the slot and is not among `seen` (the bookings
 * the rules were checked against): one committed while `bookingFacts` waited for the patient's lock. The caller
 * then reads them again and decides. The event is stored pending, as `appendEvent` stores it, for a publisher to
 * place in the feed once it commits. Call it in the request's transaction, holding the patient's lock. A second
 * booking of the patient with the same expert in the activity fails as `expert_already_booked`.
 */
export async function bookPlace(
  tx: Queryable,
  appointment: BookedRow & { note?: string },
  record: {
    /** The slot's interval, as the patient's clashing bookings are found. */
    slot: { startsAt: Date | string; endsAt: Date | string };
    seen: readonly HeldBooking[];
    audit: AuditEntry;
    event: NewEvent;
    /** The answer to store under the request's key, which `bookingFacts` claimed. */
    answer?: { hold: KeyHold; response: KeyAnswer };
  },
): Promise<PlaceClaim> {
  const { audit, event, answer } = record;
  try {
    const { rows } = await tx.query<{ outcome: PlaceClaim }>(
      answer ? BOOK_PLACE.answered : BOOK_PLACE.unanswered,
      [
        ...bookingParams(appointment, audit, event),
        record.seen.map((b) => b.appointmentId),
        appointment.activity_id,
        record.slot.startsAt,
        record.slot.endsAt,
        ...(answer
          ? storeAnswerParams(answer.hold.claim.institutionId, answer.hold.claim.key, answer.response)
          : []),
      ],
    );
    const { outcome } = rows[0]!;
    if (outcome === 'booked' && answer) {
      answer.hold.stored = true;
    }
    return outcome;
  } catch (error) {
    throw translate(error);
  }
}

/** What a booking outside a transaction decides on: `BookingFacts`, and the version of the patient's bookings. */
export interface BookingSnapshot extends BookingFacts {
  /** The version of the patient's row in `patient_booking_locks` (a bigint, as text), `null` when it has none. */
  version: string | null;
}

// One JSON column rather than twenty: node-postgres builds each result's row shape per statement, which cost more
// for twenty columns (~10 µs) than the JSON parse of one (bench profile, #12).
const BOOKING_SNAPSHOT = prepared(`SELECT to_json(r) AS facts FROM (
    SELECT f.clinician_known, f.referral_known, s.*, ${HELD_JSON} AS held,
      (SELECT version::text FROM patient_booking_locks WHERE patient_key = $6) AS version,
      EXISTS (SELECT 1 FROM idempotency_keys WHERE institution_id = $7 AND key = $8 AND created_at >= $9)
        AS key_taken
    ${FACTS_FROM}) r`);

/**
 * What a booking by `bookInOneStatement` checks, read in one statement outside a transaction: the facts of
 * `bookingFacts`, the patient's bookings that could clash with the slot and their version, all of one instant.
 * @throws IdempotencyKeyTaken when the request's key is held (its answer is stored with it)
 */
export async function bookingSnapshot(
  db: Queryable,
  ask: {
    slotId: string;
    visible: readonly string[];
    institutionId: string;
    recordedBy?: string;
    referralId?: string;
    patientKey: string;
    claim?: KeyClaim;
  },
): Promise<BookingSnapshot> {
  const { rows } = await db.query<{
    facts: Partial<SlotRow> & {
      clinician_known: boolean;
      referral_known: boolean;
      held: HeldJson[];
      version: string | null;
      key_taken: boolean;
    };
  }>(BOOKING_SNAPSHOT, [
    ask.slotId,
    ask.visible,
    ask.recordedBy ?? null,
    ask.institutionId,
    ask.referralId ?? null,
    ask.patientKey,
    ask.claim?.institutionId ?? null,
    ask.claim?.key ?? null,
    ask.claim?.expiredBefore ?? null,
  ]);
  const { clinician_known, referral_known, held, version, key_taken, ...slot } = rows[0]!.facts;
  if (key_taken) {
    throw new IdempotencyKeyTaken();
  }
  if (slot.id) {
    // JSON carries the instants as text; the rules and the answer read them as they read a timestamptz column.
    slot.starts_at = new Date(slot.starts_at!);
    slot.ends_at = new Date(slot.ends_at!);
  }
  return {
    clinicianKnown: clinician_known,
    referralKnown: referral_known,
    slot: slot.id ? (slot as SlotRow) : undefined,
    held: held.map(heldBooking),
    version,
  };
}

/**
 * `bookInOneStatement`'s statement, claiming the key with its answer with `answered` (a `WITH` member). It answers
 * its `PlaceClaim` in one column (the per-column cost of `BOOKING_SNAPSHOT`); `yl_refuse` never returns: it
 * aborts the statement when the place was taken but the key was not.
 */
const bookInOneStatementSql = (answered: string) =>
  prepared(`WITH bumped AS (
      INSERT INTO patient_booking_locks AS l (patient_key, version) VALUES ($4::text, 1)
      ON CONFLICT (patient_key) DO UPDATE SET version = l.version + 1 WHERE l.version = $25::bigint
      RETURNING version
    ), ${claimAndStore('EXISTS (SELECT 1 FROM bumped)')}, answered AS (${answered})
    SELECT CASE WHEN EXISTS (SELECT 1 FROM booked) THEN
        CASE WHEN EXISTS (SELECT 1 FROM answered) THEN 'booked' WHEN yl_refuse('idempotency key taken') THEN 'booked' END
      WHEN EXISTS (SELECT 1 FROM bumped) THEN 'slot_full' ELSE 'schedule_changed' END AS outcome`);
const BOOK_IN_ONE_STATEMENT = {
  keyed: bookInOneStatementSql(claimAnsweredSql(26, 'booked')),
  unkeyed: bookInOneStatementSql('SELECT 1 AS key'),
};

/**
 * Books in one statement, outside any transaction (a statement is atomic by itself): bumps the version of the
 * patient's bookings if it is still `version` (the one `bookingSnapshot` read with them, so no booking or move of
 * the patient has been stored since), claims a place with the conditional UPDATE that never overbooks, stores
 * the appointment, its audit entry and its pending event and, with `answer`, claims the request's key with its
 * answer. A booking that finds its key taken meanwhile aborts the statement, undoing all of it.
 * @throws IdempotencyKeyTaken when another request claimed the key meanwhile
 */
export async function bookInOneStatement(
  db: Queryable,
  appointment: BookedRow & { note?: string },
  record: {
    version: string | null;
    audit: AuditEntry;
    event: NewEvent;
    answer?: { hold: KeyHold; response: KeyAnswer };
  },
): Promise<PlaceClaim> {
  const { audit, event, answer } = record;
  try {
    const { rows } = await db.query<{ outcome: PlaceClaim }>(
      answer ? BOOK_IN_ONE_STATEMENT.keyed : BOOK_IN_ONE_STATEMENT.unkeyed,
      [
        ...bookingParams(appointment, audit, event),
        record.version,
        ...(answer ? claimAnsweredParams(answer.hold.claim, answer.response) : []),
      ],
    );
    const { outcome } = rows[0]!;
    if (outcome === 'booked' && answer) {
      answer.hold.claimed = true;
      answer.hold.stored = true;
    }
    return outcome;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === KEY_TAKEN_SQLSTATE) {
      throw new IdempotencyKeyTaken('idempotency key taken', { cause: error });
    }
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
  to: { slotId: string; activityId: string; expertId: string | null },
  fromSlotId: string,
): Promise<void> {
  try {
    await tx.query(
      `UPDATE appointments SET slot_id = $2, activity_id = $3, rescheduled_from_slot_id = $4, expert_id = $5,
         version = version + 1
       WHERE id = $1`,
      [appointmentId, to.slotId, to.activityId, fromSlotId, to.expertId],
    );
  } catch (error) {
    throw translate(error);
  }
}
