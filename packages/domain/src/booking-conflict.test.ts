import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bookingConflict,
  checkBooking,
  checkReschedule,
  intervalsOverlap,
  isRescheduleTarget,
  type PatientBooking,
} from './booking.js';

const at = (hhmm: string) => `2026-10-25T${hhmm}:00+08:00`;
const booking = (activityId: string, expertId: string, from: string, to: string): PatientBooking => ({
  activityId,
  expertId,
  startsAt: at(from),
  endsAt: at(to),
});

describe('bookingConflict (several bookings in one activity, never overlapping, never the same expert twice)', () => {
  const respiratory = booking('act_bg', 'cln_resp', '08:00', '09:00');

  it('lets a 义诊 patient see a second department of the same day at another hour', () => {
    expect(bookingConflict(booking('act_bg', 'cln_gastro', '09:00', '10:00'), [respiratory])).toBeUndefined();
  });

  it('refuses a second booking overlapping the first, in the same or another activity', () => {
    expect(bookingConflict(booking('act_bg', 'cln_gastro', '08:30', '09:30'), [respiratory])).toBe(
      'booking_overlap',
    );
    expect(bookingConflict(booking('act_other', 'cln_x', '08:59', '09:30'), [respiratory])).toBe(
      'booking_overlap',
    );
  });

  it('refuses the same expert twice in one activity even at another hour, but not in another activity', () => {
    expect(bookingConflict(booking('act_bg', 'cln_resp', '14:00', '15:00'), [respiratory])).toBe(
      'expert_already_booked',
    );
    expect(
      bookingConflict(booking('act_next_week', 'cln_resp', '14:00', '15:00'), [respiratory]),
    ).toBeUndefined();
  });

  it('is symmetric and agrees with interval arithmetic (property)', () => {
    const minute = fc.integer({ min: 0, max: 24 * 60 - 2 });
    const interval = fc.tuple(minute, fc.integer({ min: 1, max: 240 })).map(([start, length]) => ({
      startsAt: new Date(start * 60_000),
      endsAt: new Date((start + length) * 60_000),
    }));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const expected = +a.startsAt < +b.endsAt && +b.startsAt < +a.endsAt;
        expect(intervalsOverlap(a, b)).toBe(expected);
        expect(intervalsOverlap(b, a)).toBe(expected);
        const verdict = bookingConflict({ activityId: 'x', expertId: 'e1', ...a }, [
          { activityId: 'x', expertId: 'e2', ...b },
        ]);
        expect(verdict).toBe(expected ? 'booking_overlap' : undefined);
      }),
    );
  });
});

describe('checkBooking with the patient’s bookings', () => {
  const slot = {
    startsAt: at('09:00'),
    endsAt: at('10:00'),
    capacity: 100,
    booked: 0,
    activityKind: 'free_clinic' as const,
    activityId: 'act_bg',
    expertId: 'cln_gastro',
  };

  it('books when nothing clashes, and names the clash otherwise', () => {
    const now = '2026-10-24T09:00:00+08:00';
    expect(checkBooking({ slot, at: now, patientBookings: [] })).toEqual({ ok: true });
    expect(
      checkBooking({ slot, at: now, patientBookings: [booking('act_bg', 'cln_resp', '09:30', '10:30')] }),
    ).toEqual({ ok: false, problem: 'booking_overlap' });
  });

  it('answers a full slot only after the patient’s own clash', () => {
    const full = { ...slot, booked: 100 };
    const now = '2026-10-24T09:00:00+08:00';
    expect(checkBooking({ slot: full, at: now, patientBookings: [] })).toEqual({
      ok: false,
      problem: 'slot_full',
    });
  });
});

describe('rescheduling keeps the kind and the expert', () => {
  it('compares only what both sides know', () => {
    expect(
      isRescheduleTarget(
        { activityKind: 'clinic', expertId: 'a' },
        { activityKind: 'clinic', expertId: 'a' },
      ),
    ).toBe(true);
    expect(
      isRescheduleTarget(
        { activityKind: 'clinic', expertId: 'a' },
        { activityKind: 'consultation', expertId: 'a' },
      ),
    ).toBe(false);
    expect(
      isRescheduleTarget(
        { activityKind: 'clinic', expertId: 'a' },
        { activityKind: 'clinic', expertId: 'b' },
      ),
    ).toBe(false);
    expect(isRescheduleTarget({}, { activityKind: 'clinic', expertId: 'b' })).toBe(true);
  });

  it('refuses a move from a 坐诊 to a 会诊 of the same expert a week later', () => {
    const decision = checkReschedule({
      appointment: {
        startsAt: '2026-11-25T09:00:00+08:00',
        endsAt: '2026-11-25T09:30:00+08:00',
        status: 'booked',
        activityKind: 'clinic',
        expertId: 'cln_li',
      },
      by: 'patient',
      slot: {
        startsAt: '2026-12-02T14:00:00+08:00',
        endsAt: '2026-12-02T15:00:00+08:00',
        capacity: 2,
        booked: 0,
        activityKind: 'consultation',
        expertId: 'cln_li',
        activityId: 'act_next',
      },
      at: '2026-11-20T09:00:00+08:00',
      patientBookings: [],
    });
    expect(decision).toEqual({ ok: false, problem: 'reschedule_target_mismatch' });
  });
});
