import type { components } from '@yilian/contract';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  BOOKABLE_ACTIVITY_KINDS,
  BOOKING_CONSENT_PURPOSES,
  DEFAULT_BOOKING_POLICY,
  appointmentCancellers,
  checkBooking,
  checkCancellation,
  checkReschedule,
  defaultBookingConsentPurpose,
  isBookableKind,
  noShowDueAt,
  remainingCapacity,
  type CancellableAppointment,
} from './booking.js';

type ActivityKind = components['schemas']['ActivityKind'];

const ALL_KINDS: readonly ActivityKind[] = [
  'clinic',
  'consultation',
  'remote_consultation',
  'surgery_guidance',
  'ward_round',
  'lecture',
  'free_clinic',
];
const START = '2026-11-25T09:00:00+08:00';
const END = '2026-11-25T09:15:00+08:00';
const DAY_BEFORE = '2026-11-24T09:00:00+08:00';
const booked: CancellableAppointment = { startsAt: START, endsAt: END, status: 'booked' };

describe('isBookableKind', () => {
  test.each<[ActivityKind, boolean]>([
    ['clinic', true],
    ['consultation', true],
    ['remote_consultation', true],
    ['free_clinic', true],
    ['surgery_guidance', false],
    ['ward_round', false],
    ['lecture', false],
  ])('says %s is bookable: %s', (kind, bookable) => {
    expect(isBookableKind(kind)).toBe(bookable);
  });

  test('lists exactly the four bookable kinds of DOMAIN §4', () => {
    expect(BOOKABLE_ACTIVITY_KINDS).toEqual(['clinic', 'consultation', 'remote_consultation', 'free_clinic']);
  });
});

describe('remainingCapacity', () => {
  test('is capacity minus active bookings, and zero when overbooked', () => {
    expect(remainingCapacity({ capacity: 5, booked: 3 })).toBe(2);
    expect(remainingCapacity({ capacity: 5, booked: 5 })).toBe(0);
    expect(remainingCapacity({ capacity: 5, booked: 7 })).toBe(0);
  });
});

describe('checkBooking', () => {
  const slot = { startsAt: START, capacity: 2, booked: 1 };

  test('lets a patient book a free place before the start', () => {
    expect(checkBooking({ slot, at: DAY_BEFORE, existingActiveBookingsForPatientInActivity: 0 })).toEqual({
      ok: true,
    });
  });

  test('refuses a slot that has started, from its first instant', () => {
    expect(checkBooking({ slot, at: START, existingActiveBookingsForPatientInActivity: 0 })).toEqual({
      ok: false,
      problem: 'slot_in_past',
    });
    expect(
      checkBooking({
        slot,
        at: '2026-11-25T08:59:59.999+08:00',
        existingActiveBookingsForPatientInActivity: 0,
      }).ok,
    ).toBe(true);
  });

  test('refuses a second active booking of the patient in the activity', () => {
    expect(checkBooking({ slot, at: DAY_BEFORE, existingActiveBookingsForPatientInActivity: 1 })).toEqual({
      ok: false,
      problem: 'already_booked',
    });
  });

  test('refuses a full slot unless a coordinator overrides', () => {
    const full = { ...slot, booked: 2 };
    expect(
      checkBooking({ slot: full, at: DAY_BEFORE, existingActiveBookingsForPatientInActivity: 0 }),
    ).toEqual({
      ok: false,
      problem: 'slot_full',
    });
    expect(
      checkBooking({
        slot: full,
        at: DAY_BEFORE,
        existingActiveBookingsForPatientInActivity: 0,
        coordinatorOverride: true,
      }),
    ).toEqual({ ok: true });
  });

  test('does not let the override bypass a double booking or a past slot', () => {
    const full = { ...slot, booked: 2 };
    expect(
      checkBooking({
        slot: full,
        at: DAY_BEFORE,
        existingActiveBookingsForPatientInActivity: 1,
        coordinatorOverride: true,
      }),
    ).toEqual({ ok: false, problem: 'already_booked' });
    expect(
      checkBooking({
        slot: full,
        at: END,
        existingActiveBookingsForPatientInActivity: 0,
        coordinatorOverride: true,
      }),
    ).toEqual({
      ok: false,
      problem: 'slot_in_past',
    });
  });

  test('refuses a slot of a kind that is not bookable', () => {
    expect(
      checkBooking({
        slot: { ...slot, activityKind: 'lecture' },
        at: DAY_BEFORE,
        existingActiveBookingsForPatientInActivity: 0,
      }),
    ).toEqual({ ok: false, problem: 'slot_not_bookable' });
  });

  test('never lets active bookings exceed capacity over any sequence of book and cancel decisions', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('book' as const), patient: fc.integer({ min: 0, max: 9 }) }),
      fc.record({
        kind: fc.constant('cancel' as const),
        patient: fc.integer({ min: 0, max: 9 }),
        by: fc.constantFrom('patient' as const, 'expert' as const, 'host' as const),
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.tuple(operation, fc.integer({ min: 0, max: 48 * 60 })), { maxLength: 60 }),
        (capacity, operations) => {
          const holders = new Set<number>();
          for (const [op, minutesBeforeStart] of operations) {
            const at = new Date(Date.parse(START) - minutesBeforeStart * 60_000);
            if (op.kind === 'book') {
              const decision = checkBooking({
                slot: { startsAt: START, capacity, booked: holders.size },
                at,
                existingActiveBookingsForPatientInActivity: holders.has(op.patient) ? 1 : 0,
              });
              if (decision.ok) {
                holders.add(op.patient);
              }
            } else {
              const status = holders.has(op.patient) ? 'booked' : 'cancelled';
              if (checkCancellation({ startsAt: START, endsAt: END, status }, at, op.by).ok) {
                holders.delete(op.patient);
              }
            }
            expect(holders.size).toBeLessThanOrEqual(capacity);
          }
        },
      ),
    );
  });
});

describe('checkCancellation', () => {
  test('lets a patient cancel until two hours before the start, not at it', () => {
    expect(checkCancellation(booked, '2026-11-25T06:59:59.999+08:00', 'patient')).toEqual({ ok: true });
    expect(checkCancellation(booked, '2026-11-25T07:00:00+08:00', 'patient')).toEqual({
      ok: false,
      problem: 'cancellation_window_closed',
    });
  });

  test.each(['expert', 'host'] as const)('lets the %s cancel any time before the end', (by) => {
    expect(checkCancellation(booked, '2026-11-25T09:14:59+08:00', by)).toEqual({ ok: true });
    expect(checkCancellation(booked, END, by)).toEqual({ ok: false, problem: 'cancellation_window_closed' });
  });

  test.each(['cancelled', 'arrived', 'fulfilled', 'no_show'] as const)(
    'refuses to cancel an appointment that is %s',
    (status) => {
      expect(checkCancellation({ ...booked, status }, DAY_BEFORE, 'host')).toEqual({
        ok: false,
        problem: 'appointment_not_active',
      });
    },
  );

  test('follows a configured patient window', () => {
    const policy = { ...DEFAULT_BOOKING_POLICY, patientCancelBeforeStartMinutes: 24 * 60 };
    expect(checkCancellation(booked, '2026-11-24T09:00:00+08:00', 'patient', policy).ok).toBe(false);
    expect(checkCancellation(booked, '2026-11-24T08:59:00+08:00', 'patient', policy).ok).toBe(true);
  });
});

describe('checkReschedule', () => {
  const newSlot = { startsAt: '2026-11-26T09:00:00+08:00', capacity: 3, booked: 0 };

  test('moves a booking when the old one may be cancelled and the new slot booked', () => {
    expect(
      checkReschedule({
        appointment: booked,
        by: 'patient',
        slot: newSlot,
        at: DAY_BEFORE,
        existingActiveBookingsForPatientInActivity: 0,
      }),
    ).toEqual({ ok: true });
  });

  test('applies the patient cancellation window to the old slot first', () => {
    expect(
      checkReschedule({
        appointment: booked,
        by: 'patient',
        slot: { ...newSlot, booked: 3 },
        at: '2026-11-25T08:00:00+08:00',
        existingActiveBookingsForPatientInActivity: 0,
      }),
    ).toEqual({ ok: false, problem: 'cancellation_window_closed' });
  });

  test('applies the booking rules to the new slot', () => {
    expect(
      checkReschedule({
        appointment: booked,
        by: 'host',
        slot: { ...newSlot, booked: 3 },
        at: '2026-11-25T08:00:00+08:00',
        existingActiveBookingsForPatientInActivity: 0,
      }),
    ).toEqual({ ok: false, problem: 'slot_full' });
  });

  test('refuses to move an appointment that is no longer booked', () => {
    expect(
      checkReschedule({
        appointment: { ...booked, status: 'arrived' },
        by: 'host',
        slot: newSlot,
        at: DAY_BEFORE,
        existingActiveBookingsForPatientInActivity: 0,
      }),
    ).toEqual({ ok: false, problem: 'appointment_not_active' });
  });
});

describe('noShowDueAt', () => {
  test('is fifteen minutes after the start by default', () => {
    expect(noShowDueAt(START).toISOString()).toBe('2026-11-25T01:15:00.000Z');
  });

  test('follows a configured delay', () => {
    expect(
      noShowDueAt(new Date(START), { ...DEFAULT_BOOKING_POLICY, noShowAfterStartMinutes: 30 }).toISOString(),
    ).toBe('2026-11-25T01:30:00.000Z');
  });
});

describe('appointmentCancellers', () => {
  const HOST = 'ins_pumch';
  const BOOKER = 'ins_cangzhou_central';
  const OUTSIDER = 'ins_tiantan';
  const parties = { hostInstitutionId: HOST, bookedByInstitutionId: BOOKER };

  test('given the host institution, when it cancels, then it may act for the patient, the expert or itself', () => {
    expect(appointmentCancellers({ institutionId: HOST }, parties)).toEqual(['patient', 'expert', 'host']);
  });

  test('given the booking institution, when it cancels, then it acts for the patient only', () => {
    expect(appointmentCancellers({ institutionId: BOOKER }, parties)).toEqual(['patient']);
  });

  test('given an institution that is no party, when it cancels, then it may act for nobody', () => {
    expect(appointmentCancellers({ institutionId: OUTSIDER }, parties)).toEqual([]);
  });

  test('given the host also booked it, when it cancels, then it keeps the host choices', () => {
    expect(
      appointmentCancellers(
        { institutionId: HOST },
        { hostInstitutionId: HOST, bookedByInstitutionId: HOST },
      ),
    ).toEqual(['patient', 'expert', 'host']);
  });

  test('given the booker is not known, when a non-host cancels, then it is taken as a party acting for the patient', () => {
    expect(appointmentCancellers({ institutionId: BOOKER }, { hostInstitutionId: HOST })).toEqual([
      'patient',
    ]);
    expect(appointmentCancellers({ institutionId: HOST }, { hostInstitutionId: HOST })).toEqual([
      'patient',
      'expert',
      'host',
    ]);
  });

  test('given any institutions, when asked, then patient is allowed exactly to parties and expert/host only to the host', () => {
    const institution = fc.constantFrom(HOST, BOOKER, OUTSIDER, 'ins_other');
    fc.assert(
      fc.property(institution, institution, institution, (actor, host, booker) => {
        const who = appointmentCancellers(
          { institutionId: actor },
          { hostInstitutionId: host, bookedByInstitutionId: booker },
        );
        expect(who.includes('patient')).toBe(actor === host || actor === booker);
        expect(who.includes('expert')).toBe(actor === host);
        expect(who.includes('host')).toBe(actor === host);
      }),
    );
  });
});

describe('BOOKING_CONSENT_PURPOSES', () => {
  test('given an in-person kind, when booking, then a transfer or remote-consultation consent covers it', () => {
    for (const kind of ['clinic', 'consultation', 'free_clinic'] as const) {
      expect(BOOKING_CONSENT_PURPOSES[kind]).toEqual(['referral_transfer', 'remote_consultation']);
    }
  });

  test('given a remote consultation, when booking, then only a remote-consultation consent covers it', () => {
    expect(BOOKING_CONSENT_PURPOSES.remote_consultation).toEqual(['remote_consultation']);
  });

  test('given any kind, when listing purposes, then result sharing never covers a booking', () => {
    for (const purposes of Object.values(BOOKING_CONSENT_PURPOSES)) {
      expect(purposes).not.toContain('result_sharing');
    }
  });

  test('given any kind, when listing purposes, then exactly the bookable kinds accept a consent', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_KINDS), (kind) => {
        expect(BOOKING_CONSENT_PURPOSES[kind].length > 0).toBe(isBookableKind(kind));
      }),
    );
  });

  test('given the table, when someone tries to change it, then it is frozen', () => {
    expect(Object.isFrozen(BOOKING_CONSENT_PURPOSES)).toBe(true);
    expect(Object.isFrozen(BOOKING_CONSENT_PURPOSES.clinic)).toBe(true);
  });
});

describe('defaultBookingConsentPurpose', () => {
  test.each<[ActivityKind, string | undefined]>([
    ['clinic', 'referral_transfer'],
    ['consultation', 'referral_transfer'],
    ['free_clinic', 'referral_transfer'],
    ['remote_consultation', 'remote_consultation'],
    ['surgery_guidance', undefined],
    ['ward_round', undefined],
    ['lecture', undefined],
  ])('given a %s slot, when the form records a consent, then its purpose is %s', (kind, purpose) => {
    expect(defaultBookingConsentPurpose(kind)).toBe(purpose);
  });

  test('given any bookable kind, when defaulting, then the purpose is one the booking accepts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BOOKABLE_ACTIVITY_KINDS), (kind) => {
        expect(BOOKING_CONSENT_PURPOSES[kind]).toContain(defaultBookingConsentPurpose(kind));
      }),
    );
  });
});
