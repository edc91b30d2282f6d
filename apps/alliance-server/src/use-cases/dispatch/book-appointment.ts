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
import { bookPlace, bookingFacts } from '../../stores/appointment-store.js';
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
export function bookingRuleIssues(now: Date, body: unknown): FieldIssue[] {
  const booking = body as Partial<Schemas['AppointmentBook']>;
  return [
    ...validatePatientIdentity(booking.patient as Schemas['Patient'], now, '/patient'),
    ...checkConsent(booking.consent, booking.patient, now, { purposes: CONSENT_PURPOSES }),
  ];
}

/**
 * Books a place in a slot for a patient (DOMAIN §4). Run it in the request's transaction. Two statements: one reads
 * every fact the rules decide on, one claims the place with a conditional UPDATE and stores the appointment, its
 * audit entry and its event, so concurrent bookings never overbook and nothing is stored without its place.
 * @returns the appointment as the caller may see it
 */
export async function bookAppointment(
  { db: tx, actor, now, config }: BookingContext,
  body: Schemas['AppointmentBook'],
): Promise<Schemas['Appointment']> {
  // Every field rule first, those of the body and those naming the alliance's clinicians and referrals, so the
  // caller hears of every invalid field at once. Which purposes cover the booking depends on the slot, so the
  // purpose is checked once the slot is known; here any purpose of the contract passes.
  // Every read goes through `tx`: a pooled query while the transaction holds a connection could starve the pool.
  const issues: FieldIssue[] = bookingRuleIssues(now, body);
  const patient = storedPatient(body.patient);
  const key = await patientKey(config.patientKeySecret, patient.idType, patient.idNumber);
  const facts = await bookingFacts(tx, {
    slotId: body.slotId,
    visible: await allianceNeighbours(tx, actor.institutionId),
    institutionId: actor.institutionId,
    recordedBy: body.consent.recordedBy ?? '',
    referralId: body.referralId,
    patientKey: key,
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
  const decision = checkBooking({
    slot: {
      startsAt: slot.starts_at,
      capacity: slot.capacity,
      booked: slot.booked,
      activityKind: slot.activity_kind,
    },
    at: now,
    existingActiveBookingsForPatientInActivity: facts.activeBookings,
  });
  if (!decision.ok) {
    throw new Failure(decision.problem);
  }
  const id = newId('apt', now);
  const booked = await bookPlace(
    tx,
    {
      id,
      slotId: slot.id,
      activityId: slot.activity_id,
      patient,
      patientKey: key,
      referralId: body.referralId,
      note: body.note,
      bookedAt: now,
      bookedBy: actorRef(actor),
      bookedByInstitutionId: actor.institutionId,
    },
    {
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
        data: appointmentEventData({
          id,
          status: 'booked',
          version: 1,
          slot_id: slot.id,
          activity_id: slot.activity_id,
        }),
        institutionIds: [slot.host_institution_id, actor.institutionId],
      },
    },
  );
  if (!booked) {
    throw new Failure('slot_full');
  }
  // The insert returned the stored appointment; its slot's interval and host are the slot's just read.
  return toAppointment(actor, {
    ...booked,
    starts_at: slot.starts_at,
    ends_at: slot.ends_at,
    host_institution_id: slot.host_institution_id,
  });
}
