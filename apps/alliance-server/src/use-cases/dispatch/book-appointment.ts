import type { components } from '@yilian/contract';
import type { FieldIssue } from '@yilian/domain';
import {
  BOOKING_CONSENT_PURPOSES,
  CONSENT_PURPOSES,
  checkBooking,
  checkConsent,
  normalizeIdNumber,
  validatePatientIdentity,
} from '@yilian/domain';
import { Failure, failures } from '../../failure.js';
import { newId } from '../../ids.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import type { Database, Queryable } from '../../db/database.js';
import type { SlotRow } from '../../stores/activity-store.js';
import type { BookedRow, BookingFacts, HeldBooking } from '../../stores/appointment-store.js';
import {
  bookInOneStatement,
  bookPlace,
  bookingFacts,
  bookingSnapshot,
  heldBookings,
  lockPatientBookings,
} from '../../stores/appointment-store.js';
import type { AuditEntry } from '../../stores/audit-store.js';
import type { NewEvent } from '../../stores/event-store.js';
import type { KeyAnswer, KeyHold } from '../../stores/idempotency-store.js';
import { bindPatientAccount, recordPatientConsent } from '../../stores/patient-store.js';
import type { Actor } from '../../auth.js';
import { patientKey } from '../shared/patient.js';
import { actorRef } from '../shared/present.js';
import type { BookingContext } from './context.js';
import { appointmentEventData, toAppointment } from './present-dispatch.js';

type Schemas = components['schemas'];
type Patient = Schemas['Patient'];

/** The stored form of a patient: the identity number normalised, and no read-only response members. */
function storedPatient(patient: Patient): Patient {
  const { idNumberMasked: _masked, ...rest } = patient;
  return { ...rest, idNumber: normalizeIdNumber(rest.idType, rest.idNumber) };
}

/**
 * The field rules of a booking that need no database, for a body that also breaks the contract's schema: the
 * caller hears of every invalid field at once.
 */
export function bookingRuleIssues(now: Date, body: unknown, actor?: Pick<Actor, 'role'>): FieldIssue[] {
  const booking = body as Partial<Schemas['AppointmentBook']>;
  return [
    ...validatePatientIdentity(booking.patient as Schemas['Patient'], now, '/patient'),
    ...checkConsent(booking.consent, booking.patient, now, {
      purposes: CONSENT_PURPOSES,
      givenByPatient: actor?.role === 'patient',
    }),
  ];
}

/**
 * The patient's bookings are serialised on the patient's lock row and checked against the overlap and
 * same-expert rules (DOMAIN §4) before a place is claimed: call inside the request's transaction.
 */
export async function checkPatientSchedule(
  tx: Parameters<typeof heldBookings>[0],
  patientKeyValue: string,
  slot: { activity_id: string; expert_id: string | null; starts_at: Date | string; ends_at: Date | string },
  exceptAppointmentId?: string,
) {
  await lockPatientBookings(tx, patientKeyValue);
  return heldBookings(tx, {
    patientKey: patientKeyValue,
    activityId: slot.activity_id,
    startsAt: slot.starts_at,
    endsAt: slot.ends_at,
    except: exceptAppointmentId,
  });
}

type Answer = (appointment: Schemas['Appointment']) => KeyAnswer;

/** The slot a booking's facts name, once every rule that needs no patient's bookings let it pass. */
function bookableSlot(facts: BookingFacts, issues: readonly FieldIssue[], body: Schemas['AppointmentBook']) {
  const all = [...issues];
  if (!facts.clinicianKnown) {
    all.push({ pointer: '/consent/recordedBy', code: 'unknown_reference' });
  }
  if (!facts.referralKnown) {
    all.push({ pointer: '/referralId', code: 'unknown_reference' });
  }
  if (all.length > 0) {
    throw failures.validation(all);
  }
  const { slot } = facts;
  if (!slot) {
    throw failures.notFound();
  }
  if (!slot.activity_bookable || slot.activity_status !== 'scheduled') {
    throw new Failure('slot_not_bookable');
  }
  if (!BOOKING_CONSENT_PURPOSES[slot.activity_kind].includes(body.consent.purpose)) {
    throw failures.field('/consent/purpose', 'consent_required');
  }
  return slot;
}

/** Refuses a booking the domain's rules refuse, given the patient's bookings that could clash with the slot. */
function checkSlot(slot: SlotRow, now: Date, held: HeldBooking[]): void {
  const decision = checkBooking({
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
    patientBookings: held,
  });
  if (!decision.ok) {
    throw new Failure(decision.problem);
  }
}

/**
 * The stored row of a booking, its answer and its audit entry and event. The answer is made from the row the
 * booking writes, before the statement that stores them together.
 */
function newBooking(
  actor: Actor,
  now: Date,
  slot: SlotRow,
  patient: Patient,
  key: string,
  body: Schemas['AppointmentBook'],
) {
  const id = newId('apt', now);
  const booked: BookedRow & { note?: string } = {
    id,
    version: 1,
    status: 'booked',
    slot_id: slot.id,
    activity_id: slot.activity_id,
    patient,
    patient_key: key,
    referral_id: body.referralId ?? null,
    note: body.note,
    booked_at: now,
    booked_by: actorRef(actor),
    booked_by_institution_id: actor.institutionId,
    cancelled_at: null,
    cancelled_by: null,
    rescheduled_from_slot_id: null,
    expert_id: slot.expert_id,
    patient_id: actor.patientId ?? null,
  };
  const appointment = toAppointment(actor, {
    ...booked,
    starts_at: slot.starts_at,
    ends_at: slot.ends_at,
    host_institution_id: slot.host_institution_id,
    activity_kind: slot.activity_kind,
    activity_title: slot.activity_title,
    department_id: slot.department_id,
    place: slot.place,
  });
  const audit: AuditEntry = {
    resourceType: 'appointment',
    resourceId: id,
    at: now,
    actor: actorRef(actor),
    action: 'book',
    fromStatus: null,
    toStatus: 'booked',
  };
  const event: NewEvent = {
    type: 'appointment.booked',
    resourceId: id,
    at: now,
    data: appointmentEventData(booked),
    institutionIds: [slot.host_institution_id, actor.institutionId],
  };
  return { booked, appointment, audit, event };
}

/** How many times a booking reads the patient's bookings again after another of theirs was stored meanwhile. */
const MAX_REREADS = 10;

/**
 * Books a place in a slot for a patient (DOMAIN §4). A clinician's booking is two statements outside any
 * transaction: one reads every fact the rules decide on, with the patient's bookings and their version; one
 * claims the place with a conditional UPDATE and stores the appointment, its audit entry, its event and the
 * request's key with its answer (`answer` makes it from the appointment), if no booking or move of the patient
 * was stored in between (else the booking reads again). So concurrent bookings never overbook, never overlap for
 * one patient, and nothing is stored without its place. A patient's own booking also binds their account and
 * keeps their consent, in a transaction (`bookInTransaction`).
 * @returns the appointment as the caller may see it
 */
export async function bookAppointment(
  { db, actor, now, config }: BookingContext & { db: Database },
  body: Schemas['AppointmentBook'],
  idempotency?: { hold: KeyHold; answer: Answer },
): Promise<Schemas['Appointment']> {
  // Every field rule first, those of the body and those naming the alliance's clinicians and referrals, so the
  // caller hears of every invalid field at once. Which purposes cover the booking depends on the slot, so the
  // purpose is checked once the slot is known; here any purpose of the contract passes.
  const issues: FieldIssue[] = bookingRuleIssues(now, body, actor);
  const patient = storedPatient(body.patient);
  const key = await patientKey(config.patientKeySecret, patient.idType, patient.idNumber);
  if (actor.patientId !== undefined) {
    if (body.referralId !== undefined) {
      // A referral is the clinicians' record; a patient books for themself only.
      issues.push({ pointer: '/referralId', code: 'unknown_reference' });
    }
    const patientId = actor.patientId;
    return db.transaction((tx) =>
      bookInTransaction({ db: tx, actor, now }, body, { issues, patient, key, patientId }, idempotency),
    );
  }
  const ask = {
    slotId: body.slotId,
    visible: await allianceNeighbours(db, actor.institutionId),
    institutionId: actor.institutionId,
    recordedBy: body.consent.recordedBy ?? '',
    referralId: body.referralId,
    patientKey: key,
    claim: idempotency?.hold.claim,
  };
  let made: ReturnType<typeof newBooking> | undefined;
  for (let read = 0; read <= MAX_REREADS; read++) {
    const facts = await bookingSnapshot(db, ask);
    const slot = bookableSlot(facts, issues, body);
    checkSlot(slot, now, facts.held);
    made ??= newBooking(actor, now, slot, patient, key, body);
    const { booked, appointment, audit, event } = made;
    const claimed = await bookInOneStatement(db, booked, {
      version: facts.version,
      audit,
      event,
      answer: idempotency && { hold: idempotency.hold, response: idempotency.answer(appointment) },
    });
    if (claimed === 'booked') {
      return appointment;
    }
    if (claimed === 'slot_full') {
      throw new Failure('slot_full');
    }
  }
  // Each read again follows another booking or move of the patient that was stored: they ended long before this.
  throw new Error(`the patient's bookings changed ${MAX_REREADS} times during one booking`);
}

/**
 * A patient's own booking, in the request's transaction: claims the key and the patient's lock and reads every
 * fact, binds the patient account to the identity document, then claims the place and stores the appointment,
 * its audit entry, its event and the key's answer, and keeps the patient's consent.
 */
async function bookInTransaction(
  { db: tx, actor, now }: { db: Queryable; actor: Actor; now: Date },
  body: Schemas['AppointmentBook'],
  who: { issues: FieldIssue[]; patient: Patient; key: string; patientId: string },
  idempotency?: { hold: KeyHold; answer: Answer },
): Promise<Schemas['Appointment']> {
  const { key } = who;
  // The key is claimed before any rule answers, so a request that repeats one in flight waits for its answer.
  const facts = await bookingFacts(tx, {
    slotId: body.slotId,
    visible: await allianceNeighbours(tx, actor.institutionId),
    institutionId: actor.institutionId,
    // A patient's own consent has no clinician recorder; one named anyway is not looked up on their behalf.
    recordedBy: undefined,
    referralId: undefined,
    patientKey: key,
    hold: idempotency?.hold,
  });
  const slot = bookableSlot(facts, who.issues, body);
  if (
    !(await bindPatientAccount(tx, {
      id: who.patientId,
      institutionId: actor.institutionId,
      patientKey: key,
      at: now,
    }))
  ) {
    throw new Failure('patient_identity_mismatch');
  }
  let held = facts.held;
  checkSlot(slot, now, held);
  const { booked, appointment, audit, event } = newBooking(actor, now, slot, who.patient, key, body);
  const record = {
    slot: { startsAt: slot.starts_at, endsAt: slot.ends_at },
    audit,
    event,
    answer: idempotency && { hold: idempotency.hold, response: idempotency.answer(appointment) },
  };
  // The patient's bookings were read before the patient's lock was taken; one committed meanwhile leaves the place
  // unclaimed, and they are read again under the lock, which every other booking or move of the patient awaits,
  // so the second claim sees the same bookings.
  for (let attempt = 0; ; attempt++) {
    const claimed = await bookPlace(tx, booked, { ...record, seen: held });
    if (claimed === 'booked') {
      break;
    }
    if (claimed === 'slot_full') {
      throw new Failure('slot_full');
    }
    if (attempt > 0) {
      throw new Error("the patient's bookings changed while their lock was held");
    }
    held = await heldBookings(tx, {
      patientKey: key,
      activityId: slot.activity_id,
      startsAt: slot.starts_at,
      endsAt: slot.ends_at,
    });
    checkSlot(slot, now, held);
  }
  await recordPatientConsent(tx, who.patientId, body.consent);
  return appointment;
}
