import { openapiDocument } from '@yilian/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REFERRAL_SLA_POLICY, REFERRAL_STATUSES } from './referral-lifecycle.js';
import {
  REFERRAL_STATUS_GROUPS,
  answerSla,
  isReferralNumberQuery,
  statusGroupOf,
  statusesOfGroup,
} from './referral-queue.js';

describe('status groups (the tabs of a work queue)', () => {
  it('lists the groups in the contract’s order', () => {
    expect(REFERRAL_STATUS_GROUPS).toEqual(
      openapiDocument.components.schemas['ReferralStatusGroup']?.['enum'],
    );
  });

  it('puts every status in exactly one group, and a group’s statuses back in it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REFERRAL_STATUSES), (status) => {
        const holders = REFERRAL_STATUS_GROUPS.filter((g) => statusesOfGroup(g).includes(status));
        expect(holders).toEqual([statusGroupOf(status)]);
      }),
    );
    expect(REFERRAL_STATUS_GROUPS.flatMap((g) => statusesOfGroup(g)).sort()).toEqual(
      [...REFERRAL_STATUSES].sort(),
    );
  });

  it('groups what the receiver answers, what is under way, what owes a report and what the sender closes', () => {
    expect(statusesOfGroup('awaiting_answer')).toEqual(['submitted']);
    expect(statusesOfGroup('returned')).toEqual(['returned']);
    expect(statusesOfGroup('in_progress')).toEqual(['accepted', 'arrived']);
    expect(statusesOfGroup('awaiting_report')).toEqual(['in_treatment']);
    expect(statusesOfGroup('to_close')).toEqual(['reported']);
    expect(statusesOfGroup('closed_or_ended')).toEqual([
      'rejected',
      'closed',
      'cancelled',
      'no_show',
      'expired',
    ]);
  });
});

describe('answerSla', () => {
  const submittedAt = '2026-12-03T10:00:00+08:00';
  const green = { status: 'submitted', urgency: 'green_channel', submittedAt } as const;

  it('counts down a green channel’s 15 minutes: on time, nearing in the last 5, overdue from the deadline on', () => {
    expect(answerSla(green, '2026-12-03T10:09:59+08:00')).toMatchObject({
      state: 'on_time',
      remainingMs: 301_000,
    });
    expect(answerSla(green, '2026-12-03T10:10:00+08:00')).toMatchObject({
      state: 'nearing',
      remainingMs: 300_000,
    });
    expect(answerSla(green, '2026-12-03T10:15:00+08:00')).toMatchObject({ state: 'overdue', remainingMs: 0 });
    expect(answerSla(green, '2026-12-03T10:20:00+08:00')).toMatchObject({
      state: 'overdue',
      remainingMs: -300_000,
    });
  });

  it('takes the server’s answerDueAt over the policy when the representation carries it', () => {
    const sla = answerSla(
      { ...green, answerDueAt: '2026-12-03T10:30:00+08:00' },
      '2026-12-03T10:20:00+08:00',
    );
    expect(sla).toMatchObject({ state: 'on_time', remainingMs: 600_000 });
  });

  it('owes nothing unless submitted, whatever the clock', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REFERRAL_STATUSES.filter((s) => s !== 'submitted')),
        fc.integer({ min: -1e9, max: 1e9 }),
        (status, offset) => {
          const now = new Date(Date.parse(submittedAt) + offset);
          expect(answerSla({ ...green, status }, now)).toEqual({ state: 'none' });
        },
      ),
    );
  });

  it('agrees with the policy’s deadline for every urgency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('routine', 'urgent', 'green_channel' as const),
        fc.integer({ min: 0, max: 4 * 24 * 3600_000 }),
        (urgency, offset) => {
          const now = new Date(Date.parse(submittedAt) + offset);
          const sla = answerSla({ status: 'submitted', urgency, submittedAt }, now);
          const due = Date.parse(submittedAt) + DEFAULT_REFERRAL_SLA_POLICY.answerWithin[urgency] * 60_000;
          expect(sla.state === 'none' ? undefined : sla.remainingMs).toBe(due - now.getTime());
          expect(sla.state === 'overdue').toBe(now.getTime() >= due);
        },
      ),
    );
  });
});

describe('isReferralNumberQuery', () => {
  it('takes a whole number and its beginnings', () => {
    const number = 'ZZ-20261203-000001';
    for (let n = 1; n <= number.length; n++) {
      expect(isReferralNumberQuery(number.slice(0, n))).toBe(true);
    }
    expect(isReferralNumberQuery('zz-2026')).toBe(true);
  });

  it('refuses a name, an ID number or a phone, which must never go into a URL', () => {
    for (const q of ['张三', '110101199003077777', '13800138000', 'ZZ 2026', 'ZZ-2026%', '']) {
      expect(isReferralNumberQuery(q)).toBe(false);
    }
  });

  it('agrees with the contract’s pattern of q', () => {
    const parameters = openapiDocument.components['parameters'] as Record<
      string,
      { schema: { pattern: string } }
    >;
    const pattern = new RegExp(parameters['ReferralNumberSearch']!.schema.pattern);
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 -]{0,20}$/), (q) => {
        expect(isReferralNumberQuery(q)).toBe(pattern.test(q) && q.length <= 32);
      }),
    );
  });
});
