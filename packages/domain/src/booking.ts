import type { components } from '@yilian/contract';
import { toEpochMs, type InstantInput } from './shanghai-time.js';

type Schemas = components['schemas'];
type ActivityKind = Schemas['ActivityKind'];
type ProblemCode = Schemas['ProblemCode'];

/**
 * The activity kinds patients book slots of (DOMAIN §4); the others are events with attendees.
 * @example BOOKABLE_ACTIVITY_KINDS.includes('clinic') // true
 */
export const BOOKABLE_ACTIVITY_KINDS = [
  'clinic',
  'consultation',
  'remote_consultation',
  'free_clinic',
] as const satisfies readonly ActivityKind[];

/**
 * An activity kind with bookable slots.
 * @example const kind: BookableActivityKind = 'free_clinic';
 */
export type BookableActivityKind = (typeof BOOKABLE_ACTIVITY_KINDS)[number];

/**
 * Whether patients book slots of this kind of activity.
 * @param kind - a contract `ActivityKind`
 * @example isBookableKind('free_clinic') // true
 */
export function isBookableKind(kind: ActivityKind): kind is BookableActivityKind {
  return (BOOKABLE_ACTIVITY_KINDS as readonly ActivityKind[]).includes(kind);
}

/**
 * The [D] booking rules' numbers (DOMAIN §4), in minutes.
 * @example const policy: BookingPolicy = { ...DEFAULT_BOOKING_POLICY, patientCancelBeforeStartMinutes: 24 * 60 };
 */
export type BookingPolicy = {
  /** A patient may cancel until this long before the start. */
  readonly patientCancelBeforeStartMinutes: number;
  /** A booking nobody arrived for becomes a no-show this long after the start. */
  readonly noShowAfterStartMinutes: number;
};

/**
 * [D] defaults: patients cancel until start − 2 h; no-show at start + 15 min.
 * @example noShowDueAt(slot.startsAt, DEFAULT_BOOKING_POLICY)
 */
export const DEFAULT_BOOKING_POLICY: BookingPolicy = Object.freeze({
  patientCancelBeforeStartMinutes: 120,
  noShowAfterStartMinutes: 15,
});

const MS_PER_MINUTE = 60_000;

/**
 * A slot's occupancy as booking needs it; `booked` counts active bookings (booked + arrived), as the contract's
 * `Slot.booked` does.
 * @example const slot: SlotOccupancy = { startsAt: '2026-11-25T09:00:00+08:00', capacity: 5, booked: 3 };
 */
export type SlotOccupancy = {
  startsAt: InstantInput;
  capacity: number;
  booked: number;
  /** When given, a kind that is not bookable is refused with `slot_not_bookable`. */
  activityKind?: ActivityKind;
};

/**
 * One of the patient's active bookings (booked or arrived), as the overlap rule needs it: its interval, its
 * activity and the expert who sees it (a contract `Appointment` fits).
 * @example const held: PatientBooking = { activityId: 'act_jm_bg_free_clinic_20261025', expertId: 'cln_pkuph_resp_guo', startsAt: '2026-10-25T08:00:00+08:00', endsAt: '2026-10-25T09:00:00+08:00' };
 */
export type PatientBooking = {
  activityId: string;
  expertId?: string;
  startsAt: InstantInput;
  endsAt: InstantInput;
};

/**
 * What `checkBooking` needs.
 * @example const input: CheckBookingInput = { slot, at: now, patientBookings: [] };
 */
export type CheckBookingInput = {
  /** The slot with, for the overlap rule, its end, activity and expert. */
  slot: SlotOccupancy & Partial<PatientBooking>;
  at: InstantInput;
  /**
   * The patient's other active bookings (leave out the one being moved when rescheduling): none may overlap the
   * slot in time, and none may be with the slot's expert in the slot's activity.
   */
  patientBookings?: readonly PatientBooking[];
  /**
   * @deprecated The one-booking-per-activity rule is gone (a 义诊 patient sees two departments); pass
   * `patientBookings`. A count above 0 still answers `already_booked` for callers that pass it.
   */
  existingActiveBookingsForPatientInActivity?: number;
  /** A coordinator may book beyond capacity; nothing else is overridden. */
  coordinatorOverride?: boolean;
};

/**
 * The problems booking can answer.
 * @example const problem: BookingProblem = 'slot_full';
 */
export type BookingProblem = Extract<
  ProblemCode,
  | 'slot_not_bookable'
  | 'slot_in_past'
  | 'already_booked'
  | 'booking_overlap'
  | 'expert_already_booked'
  | 'slot_full'
>;

/**
 * The problems cancelling can answer.
 * @example const problem: CancellationProblem = 'cancellation_window_closed';
 */
export type CancellationProblem = Extract<
  ProblemCode,
  'appointment_not_active' | 'cancellation_window_closed'
>;

/**
 * The places left in a slot, never below zero (an override can overbook).
 * @param slot - capacity and active bookings
 * @example remainingCapacity({ capacity: 5, booked: 3 }) // 2
 */
export function remainingCapacity(slot: Pick<SlotOccupancy, 'capacity' | 'booked'>): number {
  return Math.max(0, slot.capacity - slot.booked);
}

/**
 * Whether two half-open intervals `[start, end)` share an instant (back-to-back slots do not).
 * @param a - one interval
 * @param b - the other
 * @example intervalsOverlap({ startsAt: '2026-10-25T08:00:00+08:00', endsAt: '2026-10-25T09:00:00+08:00' }, { startsAt: '2026-10-25T09:00:00+08:00', endsAt: '2026-10-25T10:00:00+08:00' }) // false
 */
export function intervalsOverlap(
  a: { startsAt: InstantInput; endsAt: InstantInput },
  b: { startsAt: InstantInput; endsAt: InstantInput },
): boolean {
  return toEpochMs(a.startsAt) < toEpochMs(b.endsAt) && toEpochMs(b.startsAt) < toEpochMs(a.endsAt);
}

/**
 * Which of the patient's bookings a new one would clash with (DOMAIN §4): a patient may hold several bookings in
 * one activity (a 义诊 patient sees two departments) but never two with the same expert in one activity
 * (`expert_already_booked`) nor two that overlap in time anywhere (`booking_overlap`). `undefined` when none.
 * @param candidate - the slot to book: interval, activity, expert
 * @param held - the patient's other active bookings
 * @example bookingConflict(slot, myAppointments) // 'booking_overlap' | 'expert_already_booked' | undefined
 */
export function bookingConflict(
  candidate: PatientBooking,
  held: readonly PatientBooking[],
): 'booking_overlap' | 'expert_already_booked' | undefined {
  let overlap = false;
  for (const booking of held) {
    if (
      candidate.expertId !== undefined &&
      booking.expertId === candidate.expertId &&
      booking.activityId === candidate.activityId
    ) {
      return 'expert_already_booked';
    }
    overlap ||= intervalsOverlap(candidate, booking);
  }
  return overlap ? 'booking_overlap' : undefined;
}

/**
 * Whether a patient may book a slot at `at` (DOMAIN §4): the kind is bookable, the slot has not started, the
 * patient holds no booking with the slot's expert in its activity nor one overlapping it, and a place is free
 * unless a coordinator overrides.
 * @param input - the slot, the instant, the patient's other active bookings, the override
 * @example checkBooking({ slot: { startsAt: '2026-11-25T09:00:00+08:00', capacity: 1, booked: 1 }, at: '2026-11-24T09:00:00+08:00', patientBookings: [] }) // { ok: false, problem: 'slot_full' }
 */
export function checkBooking(
  input: CheckBookingInput,
): { ok: true } | { ok: false; problem: BookingProblem } {
  const { slot } = input;
  if (slot.activityKind !== undefined && !isBookableKind(slot.activityKind)) {
    return { ok: false, problem: 'slot_not_bookable' };
  }
  if (toEpochMs(input.at) >= toEpochMs(slot.startsAt)) {
    return { ok: false, problem: 'slot_in_past' };
  }
  if (input.patientBookings && slot.activityId !== undefined && slot.endsAt !== undefined) {
    const conflict = bookingConflict(
      { activityId: slot.activityId, expertId: slot.expertId, startsAt: slot.startsAt, endsAt: slot.endsAt },
      input.patientBookings,
    );
    if (conflict) {
      return { ok: false, problem: conflict };
    }
  }
  if ((input.existingActiveBookingsForPatientInActivity ?? 0) > 0) {
    return { ok: false, problem: 'already_booked' };
  }
  if (remainingCapacity(slot) === 0 && input.coordinatorOverride !== true) {
    return { ok: false, problem: 'slot_full' };
  }
  return { ok: true };
}

/**
 * An appointment as cancelling needs it: its interval and status (a contract `Appointment` fits).
 * @example const appointment: CancellableAppointment = { startsAt: '2026-11-25T09:00:00+08:00', endsAt: '2026-11-25T09:15:00+08:00', status: 'booked' };
 */
export type CancellableAppointment = {
  startsAt: InstantInput;
  endsAt: InstantInput;
  status: Schemas['AppointmentStatus'];
};

/**
 * Whether an appointment may be cancelled at `at` (DOMAIN §4): only a `booked` one; a patient until start − 2 h;
 * the expert or host any time before its end (they must then notify the patient).
 * @param appointment - interval and status
 * @param at - the instant of the cancellation
 * @param cancelledBy - `patient`, `expert` or `host`
 * @param policy - the numbers; defaults to `DEFAULT_BOOKING_POLICY`
 * @example checkCancellation(appointment, '2026-11-25T07:30:00+08:00', 'patient') // { ok: false, problem: 'cancellation_window_closed' }
 */
export function checkCancellation(
  appointment: CancellableAppointment,
  at: InstantInput,
  cancelledBy: Schemas['AppointmentCancelledBy'],
  policy: BookingPolicy = DEFAULT_BOOKING_POLICY,
): { ok: true } | { ok: false; problem: CancellationProblem } {
  if (appointment.status !== 'booked') {
    return { ok: false, problem: 'appointment_not_active' };
  }
  const now = toEpochMs(at);
  let deadline: number;
  switch (cancelledBy) {
    case 'patient':
      deadline = toEpochMs(appointment.startsAt) - policy.patientCancelBeforeStartMinutes * MS_PER_MINUTE;
      break;
    case 'expert':
    case 'host':
      deadline = toEpochMs(appointment.endsAt);
      break;
    default:
      return cancelledBy satisfies never;
  }
  return now < deadline ? { ok: true } : { ok: false, problem: 'cancellation_window_closed' };
}

/**
 * What `checkReschedule` needs: the appointment to move, who moves it, and the booking input for the new slot.
 * @example const input: CheckRescheduleInput = { appointment, by: 'patient', slot: newSlot, at: now, existingActiveBookingsForPatientInActivity: 0 };
 */
export type CheckRescheduleInput = CheckBookingInput & {
  /** With `activityKind` and `expertId`, the new slot must be of the same kind and the same expert. */
  appointment: CancellableAppointment & { activityKind?: ActivityKind; expertId?: string };
  by: Schemas['AppointmentCancelledBy'];
  policy?: BookingPolicy;
};

/**
 * Whether an appointment may move to another slot: the old one must be cancellable by `by` at `at`, then the new
 * one bookable. Count `existingActiveBookingsForPatientInActivity` without the appointment being moved.
 * @param input - the appointment, who moves it, the new slot and the booking facts
 * @example checkReschedule({ appointment, by: 'patient', slot: newSlot, at, existingActiveBookingsForPatientInActivity: 0 })
 */
export function checkReschedule(input: CheckRescheduleInput):
  | {
      ok: true;
    }
  | { ok: false; problem: CancellationProblem | BookingProblem | 'reschedule_target_mismatch' } {
  const release = checkCancellation(input.appointment, input.at, input.by, input.policy);
  if (!release.ok) {
    return release;
  }
  if (!isRescheduleTarget(input.appointment, input.slot)) {
    return { ok: false, problem: 'reschedule_target_mismatch' };
  }
  return checkBooking(input);
}

/**
 * Whether a booking may move to a slot (DOMAIN §4, issue #15): any week, but the same kind of activity (a 坐诊
 * stays a 坐诊) and the same expert. A side that is not known on either end is not compared.
 * @param from - the booking's activity kind and expert
 * @param to - the new slot's activity kind and expert
 * @example isRescheduleTarget({ activityKind: 'clinic', expertId: 'cln_a' }, { activityKind: 'consultation', expertId: 'cln_a' }) // false
 */
export function isRescheduleTarget(
  from: { activityKind?: ActivityKind; expertId?: string },
  to: { activityKind?: ActivityKind; expertId?: string },
): boolean {
  const same = <T>(a: T | undefined, b: T | undefined) => a === undefined || b === undefined || a === b;
  return same(from.activityKind, to.activityKind) && same(from.expertId, to.expertId);
}

/**
 * When a booking nobody arrived for becomes a no-show: start + 15 min by default.
 * @param startsAt - the slot's start
 * @param policy - the numbers; defaults to `DEFAULT_BOOKING_POLICY`
 * @example noShowDueAt('2026-11-25T09:00:00+08:00').toISOString() // '2026-11-25T01:15:00.000Z'
 */
export function noShowDueAt(startsAt: InstantInput, policy: BookingPolicy = DEFAULT_BOOKING_POLICY): Date {
  return new Date(toEpochMs(startsAt) + policy.noShowAfterStartMinutes * MS_PER_MINUTE);
}

// ---------------------------------------------------------------------------------------------------------------
// Who cancels, and which consent a booking needs

/**
 * The parties of an appointment as cancelling needs them: the institution hosting the activity and, when known,
 * the institution that booked it (a contract `Appointment` has the host; `bookedBy.institutionId` is the booker).
 * @example const parties: AppointmentParties = { hostInstitutionId: 'ins_pumch', bookedByInstitutionId: 'ins_cz' };
 */
export type AppointmentParties = {
  hostInstitutionId: string;
  /** Leave out when not known (a widget showing its own bookings); the caller is then taken to be a party. */
  bookedByInstitutionId?: string;
};

const HOST_CANCELLERS = Object.freeze(['patient', 'expert', 'host'] as const);
const BOOKER_CANCELLERS = Object.freeze(['patient'] as const);
const NO_CANCELLERS = Object.freeze([] as const);
const NO_PURPOSES = Object.freeze([] as const);

/**
 * On whose behalf an institution may cancel or move an appointment: the `cancelledBy` values it may send.
 * A `patient` token acts only as the patient; otherwise any party acts for the patient; only the host institution acts for
 * itself or for its visiting expert, whose own institution is not a party of the booking. An institution that is
 * neither host nor booker may do nothing (the server answers `not_found` before asking). The role is not read: a
 * token of the host institution cancels as the host whatever its role.
 * @param actor - the institution the token acts for
 * @param appointment - the host institution and, when known, the booking institution
 * @example appointmentCancellers({ institutionId: 'ins_cz' }, { hostInstitutionId: 'ins_pumch', bookedByInstitutionId: 'ins_cz' }) // ['patient']
 */
export function appointmentCancellers(
  actor: { institutionId: string; role?: Schemas['Role'] },
  appointment: AppointmentParties,
): readonly Schemas['AppointmentCancelledBy'][] {
  // A patient token acts only for its patient, whichever institution minted it (the server shows it only its own).
  if (actor.role === 'patient') {
    return BOOKER_CANCELLERS;
  }
  if (actor.institutionId === appointment.hostInstitutionId) {
    return HOST_CANCELLERS;
  }
  if (
    appointment.bookedByInstitutionId !== undefined &&
    actor.institutionId !== appointment.bookedByInstitutionId
  ) {
    return NO_CANCELLERS;
  }
  return BOOKER_CANCELLERS;
}

/**
 * The consent purposes (PIPL Art. 29, one separate consent per purpose) a booking accepts, by activity kind, the
 * first being the one a booking form records. A booking hands the patient's identity to the host institution and
 * its visiting expert: an in-person visit is covered by consent to transfer the patient's data to another
 * institution (`referral_transfer`) or by a `remote_consultation` consent (the contract's own example books a
 * clinic with one); a remote consultation also sends the data over a video link, so only `remote_consultation`
 * covers it. `result_sharing` covers result recognition, never a booking; kinds without slots accept nothing.
 * @example BOOKING_CONSENT_PURPOSES[slot.activityKind].includes(body.consent.purpose)
 */
export const BOOKING_CONSENT_PURPOSES: Readonly<Record<ActivityKind, readonly Schemas['ConsentPurpose'][]>> =
  Object.freeze({
    clinic: Object.freeze(['referral_transfer', 'remote_consultation'] as const),
    consultation: Object.freeze(['referral_transfer', 'remote_consultation'] as const),
    free_clinic: Object.freeze(['referral_transfer', 'remote_consultation'] as const),
    remote_consultation: Object.freeze(['remote_consultation'] as const),
    surgery_guidance: NO_PURPOSES,
    ward_round: NO_PURPOSES,
    lecture: NO_PURPOSES,
  });

/**
 * The consent purpose a booking form records for a slot of this kind: `remote_consultation` for a remote
 * consultation, `referral_transfer` for an in-person visit; `undefined` for a kind without slots.
 * @param kind - the activity kind of the slot
 * @example defaultBookingConsentPurpose('remote_consultation') // 'remote_consultation'
 */
export function defaultBookingConsentPurpose(kind: BookableActivityKind): Schemas['ConsentPurpose'];
export function defaultBookingConsentPurpose(kind: ActivityKind): Schemas['ConsentPurpose'] | undefined;
export function defaultBookingConsentPurpose(kind: ActivityKind): Schemas['ConsentPurpose'] | undefined {
  return BOOKING_CONSENT_PURPOSES[kind][0];
}
