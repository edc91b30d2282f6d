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
 * What `checkBooking` needs.
 * @example const input: CheckBookingInput = { slot, at: now, existingActiveBookingsForPatientInActivity: 0 };
 */
export type CheckBookingInput = {
  slot: SlotOccupancy;
  at: InstantInput;
  /** The patient's active bookings in the same activity (exclude the one being moved when rescheduling). */
  existingActiveBookingsForPatientInActivity: number;
  /** A coordinator may book beyond capacity; nothing else is overridden. */
  coordinatorOverride?: boolean;
};

/**
 * The problems booking can answer.
 * @example const problem: BookingProblem = 'slot_full';
 */
export type BookingProblem = Extract<
  ProblemCode,
  'slot_not_bookable' | 'slot_in_past' | 'already_booked' | 'slot_full'
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
 * Whether a patient may book a slot at `at` (DOMAIN §4): the kind is bookable, the slot has not started, the
 * patient holds no other active booking in the activity, and a place is free unless a coordinator overrides.
 * @param input - the slot, the instant, the patient's active bookings in the activity, the override
 * @example checkBooking({ slot: { startsAt: '2026-11-25T09:00:00+08:00', capacity: 1, booked: 1 }, at: '2026-11-24T09:00:00+08:00', existingActiveBookingsForPatientInActivity: 0 }) // { ok: false, problem: 'slot_full' }
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
  if (input.existingActiveBookingsForPatientInActivity > 0) {
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
  appointment: CancellableAppointment;
  by: Schemas['AppointmentCancelledBy'];
  policy?: BookingPolicy;
};

/**
 * Whether an appointment may move to another slot: the old one must be cancellable by `by` at `at`, then the new
 * one bookable. Count `existingActiveBookingsForPatientInActivity` without the appointment being moved.
 * @param input - the appointment, who moves it, the new slot and the booking facts
 * @example checkReschedule({ appointment, by: 'patient', slot: newSlot, at, existingActiveBookingsForPatientInActivity: 0 })
 */
export function checkReschedule(
  input: CheckRescheduleInput,
): { ok: true } | { ok: false; problem: CancellationProblem | BookingProblem } {
  const release = checkCancellation(input.appointment, input.at, input.by, input.policy);
  if (!release.ok) {
    return release;
  }
  return checkBooking(input);
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
