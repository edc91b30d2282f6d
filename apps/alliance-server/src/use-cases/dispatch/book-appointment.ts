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
import type { BookedRow, HeldBooking } from '../../stores/appointment-store.js';
import {
  bookPlace,
  bookingFacts,
  heldBookings,
  lockPatientBookings,
} from '../../stores/appointment-store.js';
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

/**
 * Books a place in a slot for a patient (DOMAIN §4). Run it in the request's transaction. Two statements: one
 * claims the request's idempotency key (`hold`) and the patient's lock and reads every fact the rules decide on,
 * one claims the place with a conditional UPDATE and stores the appointment, its audit entry, its event and the
 * key's answer (`answer` makes it from the appointment), so concurrent bookings never overbook and nothing is
 * stored without its place.
 * @returns the appointment as the caller may see it
 */
export async function bookAppointment(
  { db: tx, actor, now, config }: BookingContext,
  body: Schemas['AppointmentBook'],
  idempotency?: { hold: KeyHold; answer: (appointment: Schemas['Appointment']) => KeyAnswer },
): Promise<Schemas['Appointment']> {
  // Every field rule first, those of the body and those naming the alliance's clinicians and referrals, so the
  // caller hears of every invalid field at once. Which purposes cover the booking depends on the slot, so the
  // purpose is checked once the slot is known; here any purpose of the contract passes.
  // Every read goes through `tx`: a pooled query while the transaction holds a connection could starve the pool.
  const issues: FieldIssue[] = bookingRuleIssues(now, body, actor);
  const patient = storedPatient(body.patient);
  const key = await patientKey(config.patientKeySecret, patient.idType, patient.idNumber);
  const byPatient = actor.patientId !== undefined;
  if (byPatient && body.referralId !== undefined) {
    // A referral is the clinicians' record; a patient books for themself only.
    issues.push({ pointer: '/referralId', code: 'unknown_reference' });
  }
  // The key is claimed before any rule answers, so a request that repeats one in flight waits for its answer.
  const facts = await bookingFacts(tx, {
    slotId: body.slotId,
    visible: await allianceNeighbours(tx, actor.institutionId),
    institutionId: actor.institutionId,
    // A patient's own consent has no clinician recorder; one named anyway is not looked up on their behalf.
    recordedBy: byPatient ? undefined : (body.consent.recordedBy ?? ''),
    referralId: byPatient ? undefined : body.referralId,
    patientKey: key,
    hold: idempotency?.hold,
  });
  if (!facts.clinicianKnown) {
    issues.push({ pointer: '/consent/recordedBy', code: 'unknown_reference' });
  }
  if (!facts.referralKnown) {
    issues.push({ pointer: '/referralId', code: 'unknown_reference' });
  }
  if (issues.length > 0) {
    throw failures.validation(issues);
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
  if (
    actor.patientId !== undefined &&
    !(await bindPatientAccount(tx, {
      id: actor.patientId,
      institutionId: actor.institutionId,
      patientKey: key,
      at: now,
    }))
  ) {
    throw new Failure('patient_identity_mismatch');
  }
  const check = (held: HeldBooking[]) => {
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
  };
  let held = facts.held;
  check(held);
  const id = newId('apt', now);
  const booked: BookedRow = {
    id,
    version: 1,
    status: 'booked',
    slot_id: slot.id,
    activity_id: slot.activity_id,
    patient,
    patient_key: key,
    referral_id: body.referralId ?? null,
    booked_at: now,
    booked_by: actorRef(actor),
    booked_by_institution_id: actor.institutionId,
    cancelled_at: null,
    cancelled_by: null,
    rescheduled_from_slot_id: null,
    expert_id: slot.expert_id,
    patient_id: actor.patientId ?? null,
  };
  // The stored row is the one written here: its answer is made before the statement that stores it with the change.
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
  const record: Omit<Parameters<typeof bookPlace>[2], 'seen'> = {
    slot: { startsAt: slot.starts_at, endsAt: slot.ends_at },
    audit: {
      resourceType: 'appointment',
      resourceId: id,
      at: now,
      actor: actorRef(actor),
      action: 'book',
      fromStatus: null,
      toStatus: 'booked',
    },
    event: {
      type: 'appointment.booked',
      resourceId: id,
      at: now,
      data: appointmentEventData(booked),
      institutionIds: [slot.host_institution_id, actor.institutionId],
    },
    answer: idempotency && { hold: idempotency.hold, response: idempotency.answer(appointment) },
  };
  // The patient's bookings were read before the patient's lock was taken; one committed meanwhile leaves the place
  // unclaimed, and they are read again under the lock, which every other booking or move of the patient awaits,
  // so the second claim sees the same bookings.
  for (let attempt = 0; ; attempt++) {
    const claimed = await bookPlace(tx, { ...booked, note: body.note }, { ...record, seen: held });
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
    check(held);
  }
  if (actor.patientId !== undefined) {
    await recordPatientConsent(tx, actor.patientId, body.consent);
  }
  return appointment;
}
