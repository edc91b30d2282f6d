import type { components } from '@yilian/contract';
import type { FieldIssue } from '@yilian/domain';
import { isReferralParty } from '../../stores/referral-store.js';
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
import { claimPlace, findVisibleSlot } from '../../stores/activity-store.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import {
  activeBookingsInActivity,
  findAppointment,
  insertAppointment,
} from '../../stores/appointment-store.js';
import { appendAudit } from '../../stores/audit-store.js';
import { clinicianIn } from '../../stores/directory-store.js';
import { appendEvent } from '../../stores/event-store.js';
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
 * Books a place in a slot for a patient (DOMAIN §4). Run it in the request's transaction: the place is claimed
 * with one conditional UPDATE and the appointment stored in the same transaction, so concurrent bookings never
 * overbook and a failed insert gives the place back.
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
  const visible = await allianceNeighbours(tx, actor.institutionId);
  if (!(await clinicianIn(tx, body.consent.recordedBy, visible))) {
    issues.push({ pointer: '/consent/recordedBy', code: 'unknown_reference' });
  }
  if (body.referralId !== undefined && !(await isReferralParty(tx, body.referralId, actor.institutionId))) {
    issues.push({ pointer: '/referralId', code: 'unknown_reference' });
  }
  if (issues.length > 0) {
    throw failures.validation(issues);
  }
  const slot = await findVisibleSlot(tx, body.slotId, visible);
  if (!slot) {
    throw failures.notFound();
  }
  if (!slot.activity_bookable || slot.activity_status !== 'scheduled') {
    throw new Failure('slot_not_bookable');
  }
  if (!BOOKING_CONSENT_PURPOSES[slot.activity_kind].includes(body.consent.purpose)) {
    throw failures.field('/consent/purpose', 'consent_required');
  }
  const patient = storedPatient(body.patient);
  const key = await patientKey(config.patientKeySecret, patient.idType, patient.idNumber);
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
    throw new Failure(decision.problem);
  }
  if (!(await claimPlace(tx, slot.id))) {
    throw new Failure('slot_full');
  }
  const id = newId('apt', now);
  await insertAppointment(tx, {
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
  });
  await appendAudit(tx, {
    resourceType: 'appointment',
    resourceId: id,
    at: now,
    actor: actorRef(actor),
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
  const row = await findAppointment(tx, actor.institutionId, id);
  if (!row) {
    throw new Error('The booked appointment could not be read back');
  }
  return toAppointment(actor, row);
}
