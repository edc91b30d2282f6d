import type { components } from '@yilian/contract';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { residentIdCheckDigit } from './identifiers.js';
import {
  DEFAULT_REFERRAL_SLA_POLICY,
  REFERRAL_COMMANDS,
  REFERRAL_STATUSES,
  TERMINAL_STATUSES,
  allowedCommands,
  answerDeadline,
  decideCommand,
  expiresAt,
  isExpiredAt,
  isOverdueAt,
  isTerminal,
  noShowAllowedFrom,
  sendingRoles,
  ARRIVAL_CLOCK_SKEW_MS,
  DEFAULT_NO_SHOW_POLICY,
  mayActOnReferrals,
  referralTransition,
  validateReferralCreate,
  validateReferralTransition,
  type ReferralActor,
  type ReferralParties,
} from './referral-lifecycle.js';

type Schemas = components['schemas'];
type ReferralStatus = Schemas['ReferralStatus'];
type ReferralCommand = Schemas['ReferralCommand'];
type ReferralTransition = Schemas['ReferralTransition'];
type Role = Schemas['Role'];

const SENDING = 'ins_cangzhou_central';
const RECEIVING = 'ins_pumch';
const OUTSIDER = 'ins_tiantan';
const ROLES: readonly Role[] = ['referrer', 'receiver', 'coordinator', 'expert', 'admin'];

function referral(status: ReferralStatus, urgency: Schemas['ReferralUrgency'] = 'routine'): ReferralParties {
  return { status, urgency, sendingInstitutionId: SENDING, receivingInstitutionId: RECEIVING };
}

const VALID_BODIES: Record<ReferralCommand, ReferralTransition> = {
  submit: { command: 'submit' },
  accept: {
    command: 'accept',
    appointment: { departmentId: 'dep_pumch_neurology', scheduledAt: '2026-11-23T09:00:00+08:00' },
  },
  reject: { command: 'reject', reasonCode: 'no_capacity', reasonText: '本周床位已满。' },
  cancel: { command: 'cancel', reasonCode: 'patient_declined' },
  record_arrival: { command: 'record_arrival', arrivedAt: '2026-11-23T08:40:00+08:00' },
  start_treatment: { command: 'start_treatment', setting: 'inpatient' },
  report: {
    command: 'report',
    report: { diagnosis: { code: 'I63.900', text: '脑梗死' }, treatment: '机械取栓。', advice: '下转康复。' },
  },
  close: { command: 'close', note: '已电话随访。' },
  mark_no_show: { command: 'mark_no_show' },
  return_for_info: { command: 'return_for_info', note: '请补充近三天的头颅CT报告。' },
  resubmit: { command: 'resubmit', note: '已补充。' },
};

const EXPECTED_TRANSITIONS: Record<ReferralStatus, Partial<Record<ReferralCommand, ReferralStatus>>> = {
  draft: { submit: 'submitted', cancel: 'cancelled' },
  submitted: { accept: 'accepted', reject: 'rejected', return_for_info: 'returned', cancel: 'cancelled' },
  returned: { resubmit: 'submitted', cancel: 'cancelled' },
  accepted: { record_arrival: 'arrived', cancel: 'cancelled', mark_no_show: 'no_show' },
  arrived: { start_treatment: 'in_treatment' },
  in_treatment: { report: 'reported' },
  reported: { close: 'closed' },
  rejected: {},
  closed: {},
  cancelled: {},
  no_show: {},
  expired: {},
};

describe('referralTransition', () => {
  const pairs = REFERRAL_STATUSES.flatMap((status) =>
    REFERRAL_COMMANDS.map((command) => [status, command] as const),
  );

  test.each(pairs)('from %s, %s leads where DOMAIN §3 says or nowhere', (status, command) => {
    expect(referralTransition(status, command)).toBe(EXPECTED_TRANSITIONS[status][command] ?? null);
  });

  test('never leads to expired or back to draft', () => {
    for (const [status, command] of pairs) {
      expect(['expired', 'draft']).not.toContain(referralTransition(status, command));
    }
  });
});

describe('isTerminal', () => {
  test.each(REFERRAL_STATUSES)(
    'calls %s terminal exactly when no command and no clock leaves it',
    (status) => {
      const leavable = REFERRAL_COMMANDS.some((command) => referralTransition(status, command) !== null);
      expect(isTerminal(status)).toBe(!leavable);
    },
  );

  test('lists rejected, closed, cancelled, no_show and expired as terminal', () => {
    expect([...TERMINAL_STATUSES].sort()).toEqual(['cancelled', 'closed', 'expired', 'no_show', 'rejected']);
  });
});

describe('mayActOnReferrals', () => {
  test.each<[Role, boolean]>([
    ['referrer', true],
    ['receiver', true],
    ['coordinator', true],
    ['expert', false],
    ['admin', false],
  ])('given the role %s, when asked whether it acts on referrals, then it answers %s', (role, acts) => {
    expect(mayActOnReferrals(role)).toBe(acts);
  });

  test('given any referral and party, when the role may not act, then allowedCommands is empty', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REFERRAL_STATUSES),
        fc.constantFrom(...ROLES),
        fc.constantFrom(SENDING, RECEIVING),
        (status, role, institutionId) => {
          const commands = allowedCommands(referral(status), { role, institutionId });
          if (!mayActOnReferrals(role)) {
            expect(commands).toEqual([]);
          }
        },
      ),
    );
  });

  test('given a role that may act, when some referral has a command, then that role is offered one somewhere', () => {
    for (const role of ROLES.filter(mayActOnReferrals)) {
      const offered = REFERRAL_STATUSES.some((status) =>
        [SENDING, RECEIVING].some(
          (institutionId) => allowedCommands(referral(status), { role, institutionId }).length > 0,
        ),
      );
      expect(offered).toBe(true);
    }
  });
});

describe('allowedCommands', () => {
  const referrer: ReferralActor = { role: 'referrer', institutionId: SENDING, clinicianId: 'cln_cz_wang' };
  const sendingCoordinator: ReferralActor = { role: 'coordinator', institutionId: SENDING };
  const receiver: ReferralActor = { role: 'receiver', institutionId: RECEIVING, clinicianId: 'cln_pumch_li' };
  const receivingCoordinator: ReferralActor = { role: 'coordinator', institutionId: RECEIVING };

  test.each<[ReferralStatus, ReferralActor, ReferralCommand[]]>([
    ['draft', referrer, ['submit', 'cancel']],
    ['draft', sendingCoordinator, ['submit', 'cancel']],
    ['draft', receiver, []],
    ['draft', receivingCoordinator, []],
    ['submitted', referrer, ['cancel']],
    ['submitted', receiver, ['accept', 'reject', 'return_for_info']],
    ['submitted', receivingCoordinator, ['accept', 'reject', 'return_for_info']],
    ['returned', referrer, ['resubmit', 'cancel']],
    ['returned', sendingCoordinator, ['resubmit', 'cancel']],
    ['returned', receiver, []],
    ['returned', receivingCoordinator, []],
    ['accepted', referrer, ['cancel']],
    ['accepted', sendingCoordinator, ['cancel']],
    ['accepted', receiver, ['record_arrival', 'mark_no_show']],
    ['accepted', receivingCoordinator, ['record_arrival', 'mark_no_show', 'cancel']],
    ['arrived', receiver, ['start_treatment']],
    ['arrived', referrer, []],
    ['in_treatment', receivingCoordinator, ['report']],
    ['reported', referrer, ['close']],
    ['reported', sendingCoordinator, ['close']],
    ['reported', receiver, []],
  ])('in %s, gives %o the commands %o', (status, actor, commands) => {
    expect(allowedCommands(referral(status), actor)).toEqual(commands);
  });

  test('gives admins and experts nothing, on either side, in any status', () => {
    for (const status of REFERRAL_STATUSES) {
      for (const role of ['admin', 'expert'] as const) {
        expect(allowedCommands(referral(status), { role, institutionId: SENDING })).toEqual([]);
        expect(allowedCommands(referral(status), { role, institutionId: RECEIVING })).toEqual([]);
      }
    }
  });

  test('gives an institution that is not a party nothing, whatever its role', () => {
    for (const status of REFERRAL_STATUSES) {
      for (const role of ROLES) {
        expect(allowedCommands(referral(status), { role, institutionId: OUTSIDER })).toEqual([]);
      }
    }
  });

  test('gives nothing in a terminal status', () => {
    for (const status of TERMINAL_STATUSES) {
      for (const role of ROLES) {
        for (const institutionId of [SENDING, RECEIVING]) {
          expect(allowedCommands(referral(status), { role, institutionId })).toEqual([]);
        }
      }
    }
  });

  test('does not let a receiving coordinator cancel before acceptance', () => {
    expect(allowedCommands(referral('submitted'), receivingCoordinator)).not.toContain('cancel');
  });

  test('does not let a referrer on the receiving side act for the receiver', () => {
    expect(allowedCommands(referral('submitted'), { role: 'referrer', institutionId: RECEIVING })).toEqual(
      [],
    );
  });

  test('keeps REFERRAL_COMMANDS order and only lists commands the status allows, for any actor', () => {
    const actor = fc.record({
      role: fc.constantFrom(...ROLES),
      institutionId: fc.constantFrom(SENDING, RECEIVING, OUTSIDER),
    });
    fc.assert(
      fc.property(fc.constantFrom(...REFERRAL_STATUSES), actor, (status, who) => {
        const commands = allowedCommands(referral(status), who);
        expect(commands).toEqual(REFERRAL_COMMANDS.filter((command) => commands.includes(command)));
        for (const command of commands) {
          expect(referralTransition(status, command)).not.toBeNull();
        }
      }),
    );
  });
});

describe('decideCommand', () => {
  const receiver: ReferralActor = { role: 'receiver', institutionId: RECEIVING };
  const referrer: ReferralActor = { role: 'referrer', institutionId: SENDING };

  test('moves a submitted referral to accepted when the receiver accepts with an appointment', () => {
    expect(decideCommand(referral('submitted'), receiver, VALID_BODIES.accept)).toEqual({
      ok: true,
      command: 'accept',
      from: 'submitted',
      to: 'accepted',
    });
  });

  test('answers not_found to an institution that is not a party', () => {
    expect(
      decideCommand(
        referral('submitted'),
        { role: 'coordinator', institutionId: OUTSIDER },
        VALID_BODIES.accept,
      ),
    ).toEqual({
      ok: false,
      problem: 'not_found',
    });
  });

  test('answers forbidden to an admin, who may read but not act, even from another institution', () => {
    expect(
      decideCommand(referral('submitted'), { role: 'admin', institutionId: RECEIVING }, VALID_BODIES.accept),
    ).toEqual({
      ok: false,
      problem: 'forbidden',
    });
    expect(
      decideCommand(referral('submitted'), { role: 'admin', institutionId: OUTSIDER }, VALID_BODIES.accept),
    ).toEqual({
      ok: false,
      problem: 'forbidden',
    });
  });

  test('answers forbidden to the referrer who tries to accept', () => {
    expect(decideCommand(referral('submitted'), referrer, VALID_BODIES.accept)).toEqual({
      ok: false,
      problem: 'forbidden',
    });
  });

  test('answers invalid_transition with the allowed commands when the status does not allow it', () => {
    expect(decideCommand(referral('accepted'), receiver, VALID_BODIES.accept)).toEqual({
      ok: false,
      problem: 'invalid_transition',
      allowedCommands: ['record_arrival', 'mark_no_show'],
    });
  });

  test('checks the role before the body, so a forbidden actor learns nothing about the body', () => {
    const bad = { command: 'reject', reasonCode: 'no_capacity', reasonText: '' } as const;
    expect(decideCommand(referral('submitted'), referrer, bad)).toEqual({ ok: false, problem: 'forbidden' });
  });

  test('answers validation_failed for an unknown or missing command', () => {
    const unknown = { command: 'approve' } as unknown as ReferralTransition;
    expect(decideCommand(referral('submitted'), receiver, unknown)).toEqual({
      ok: false,
      problem: 'validation_failed',
      errors: [{ pointer: '/command', code: 'invalid_enum' }],
    });
    expect(decideCommand(referral('submitted'), receiver, {} as unknown as ReferralTransition)).toEqual({
      ok: false,
      problem: 'validation_failed',
      errors: [{ pointer: '/command', code: 'required' }],
    });
  });

  test('answers validation_failed with field issues for a bad body', () => {
    expect(decideCommand(referral('reported'), referrer, { command: 'close', note: '  ' })).toEqual({
      ok: false,
      problem: 'validation_failed',
      errors: [{ pointer: '/note', code: 'required' }],
    });
  });

  test('lets either side coordinator cancel an accepted referral, but not a receiver', () => {
    for (const institutionId of [SENDING, RECEIVING]) {
      expect(
        decideCommand(referral('accepted'), { role: 'coordinator', institutionId }, VALID_BODIES.cancel),
      ).toMatchObject({
        ok: true,
        to: 'cancelled',
      });
    }
    expect(decideCommand(referral('accepted'), receiver, VALID_BODIES.cancel)).toEqual({
      ok: false,
      problem: 'forbidden',
    });
  });

  test('agrees with allowedCommands for any status, actor and command with a valid body', () => {
    const actor = fc.record({
      role: fc.constantFrom(...ROLES),
      institutionId: fc.constantFrom(SENDING, RECEIVING, OUTSIDER),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...REFERRAL_STATUSES),
        actor,
        fc.constantFrom(...REFERRAL_COMMANDS),
        (status, who, command) => {
          const decision = decideCommand(referral(status), who, VALID_BODIES[command]);
          const allowed = allowedCommands(referral(status), who).includes(command);
          expect(decision.ok).toBe(allowed);
          if (decision.ok) {
            expect(decision.to).toBe(referralTransition(status, command));
          }
        },
      ),
    );
  });

  test('walks any sequence of decisions only along DOMAIN §3 edges and stops in terminal statuses', () => {
    const step = fc.record({
      role: fc.constantFrom(...ROLES),
      institutionId: fc.constantFrom(SENDING, RECEIVING, OUTSIDER),
      command: fc.constantFrom(...REFERRAL_COMMANDS),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let status: ReferralStatus = 'draft';
        for (const { role, institutionId, command } of steps) {
          const decision = decideCommand(referral(status), { role, institutionId }, VALID_BODIES[command]);
          if (decision.ok) {
            expect(EXPECTED_TRANSITIONS[status][command]).toBe(decision.to);
            status = decision.to;
          } else if (isTerminal(status)) {
            expect(['invalid_transition', 'forbidden', 'not_found']).toContain(decision.problem);
          }
        }
      }),
    );
  });
});

describe('validateReferralTransition', () => {
  const routine = { urgency: 'routine' } as const;
  const green = { urgency: 'green_channel' } as const;

  test.each(REFERRAL_COMMANDS)('accepts the valid %s body', (command) => {
    expect(validateReferralTransition(VALID_BODIES[command], routine)).toEqual([]);
  });

  test('requires a reject reason code and a non-empty text', () => {
    const body = { command: 'reject', reasonText: ' ' } as unknown as ReferralTransition;
    expect(validateReferralTransition(body, routine)).toEqual([
      { pointer: '/reasonCode', code: 'reject_reason_required' },
      { pointer: '/reasonText', code: 'reason_text_required' },
    ]);
  });

  test('refuses an unknown reject or cancel reason code', () => {
    const reject = {
      command: 'reject',
      reasonCode: 'busy',
      reasonText: 'x',
    } as unknown as ReferralTransition;
    const cancel = { command: 'cancel', reasonCode: 'busy' } as unknown as ReferralTransition;
    expect(validateReferralTransition(reject, routine)).toEqual([
      { pointer: '/reasonCode', code: 'invalid_enum' },
    ]);
    expect(validateReferralTransition(cancel, routine)).toEqual([
      { pointer: '/reasonCode', code: 'invalid_enum' },
    ]);
  });

  test('lets a green-channel referral be rejected only for no capability, naming an alternative institution', () => {
    const base = { command: 'reject', reasonText: '无取栓条件。' } as const;
    expect(
      validateReferralTransition(
        { ...base, reasonCode: 'no_capacity', alternativeInstitutionId: OUTSIDER },
        green,
      ),
    ).toEqual([{ pointer: '/reasonCode', code: 'reject_reason_required' }]);
    expect(validateReferralTransition({ ...base, reasonCode: 'no_capability' }, green)).toEqual([
      { pointer: '/alternativeInstitutionId', code: 'required' },
    ]);
    expect(
      validateReferralTransition(
        { ...base, reasonCode: 'no_capability', alternativeInstitutionId: OUTSIDER },
        green,
      ),
    ).toEqual([]);
    expect(validateReferralTransition({ ...base, reasonCode: 'no_capacity' }, routine)).toEqual([]);
  });

  test('requires an appointment with department and a valid time to accept', () => {
    expect(
      validateReferralTransition({ command: 'accept' } as unknown as ReferralTransition, routine),
    ).toEqual([{ pointer: '/appointment', code: 'required' }]);
    const empty = { command: 'accept', appointment: { departmentId: '', scheduledAt: '' } } as const;
    expect(validateReferralTransition(empty, routine)).toEqual([
      { pointer: '/appointment/departmentId', code: 'required' },
      { pointer: '/appointment/scheduledAt', code: 'required' },
    ]);
    const badTime = {
      command: 'accept',
      appointment: { departmentId: 'dep', scheduledAt: 'tomorrow' },
    } as const;
    expect(validateReferralTransition(badTime, routine)).toEqual([
      { pointer: '/appointment/scheduledAt', code: 'invalid_format' },
    ]);
  });

  test('requires a valid arrival time to record arrival', () => {
    expect(validateReferralTransition({ command: 'record_arrival', arrivedAt: '' }, routine)).toEqual([
      { pointer: '/arrivedAt', code: 'required' },
    ]);
    expect(
      validateReferralTransition({ command: 'record_arrival', arrivedAt: '2026-11-23 8:40' }, routine),
    ).toEqual([{ pointer: '/arrivedAt', code: 'invalid_format' }]);
  });

  test('requires a report with diagnosis, treatment and advice', () => {
    expect(
      validateReferralTransition({ command: 'report' } as unknown as ReferralTransition, routine),
    ).toEqual([{ pointer: '/report', code: 'required' }]);
    const thin = { command: 'report', report: { dischargedAt: 'soon' } } as unknown as ReferralTransition;
    expect(validateReferralTransition(thin, routine)).toEqual([
      { pointer: '/report/diagnosis/text', code: 'required' },
      { pointer: '/report/treatment', code: 'required' },
      { pointer: '/report/advice', code: 'required' },
      { pointer: '/report/dischargedAt', code: 'invalid_format' },
    ]);
  });

  test('requires a cancel reason code, and text when the code is other', () => {
    expect(
      validateReferralTransition({ command: 'cancel' } as unknown as ReferralTransition, routine),
    ).toEqual([{ pointer: '/reasonCode', code: 'required' }]);
    expect(validateReferralTransition({ command: 'cancel', reasonCode: 'other' }, routine)).toEqual([
      { pointer: '/reasonText', code: 'reason_text_required' },
    ]);
    expect(
      validateReferralTransition({ command: 'cancel', reasonCode: 'other', reasonText: '家属要求' }, routine),
    ).toEqual([]);
  });

  test('refuses an unknown treatment setting', () => {
    const body = { command: 'start_treatment', setting: 'home' } as unknown as ReferralTransition;
    expect(validateReferralTransition(body, routine)).toEqual([
      { pointer: '/setting', code: 'invalid_enum' },
    ]);
  });
});

describe('answerDeadline and expiresAt', () => {
  const submittedAt = '2026-11-22T10:00:00+08:00';

  test.each([
    ['routine', '2026-11-24T02:00:00.000Z', '2026-11-25T02:00:00.000Z'],
    ['urgent', '2026-11-22T04:00:00.000Z', '2026-11-23T02:00:00.000Z'],
    ['green_channel', '2026-11-22T02:15:00.000Z', null],
  ] as const)('use the default %s answer and expiry times', (urgency, answer, expiry) => {
    expect(answerDeadline(urgency, submittedAt).toISOString()).toBe(answer);
    expect(expiresAt(urgency, submittedAt)?.toISOString() ?? null).toBe(expiry);
  });

  test('follow a configured policy', () => {
    const policy = {
      answerWithin: { ...DEFAULT_REFERRAL_SLA_POLICY.answerWithin, routine: 24 * 60 },
      expireAfter: { ...DEFAULT_REFERRAL_SLA_POLICY.expireAfter, routine: 36 * 60 },
    };
    expect(answerDeadline('routine', submittedAt, policy).toISOString()).toBe('2026-11-23T02:00:00.000Z');
    expect(expiresAt('routine', new Date(submittedAt), policy)?.toISOString()).toBe(
      '2026-11-23T14:00:00.000Z',
    );
  });

  test('keep the default policy frozen', () => {
    expect(Object.isFrozen(DEFAULT_REFERRAL_SLA_POLICY.answerWithin)).toBe(true);
  });
});

describe('isExpiredAt', () => {
  const submitted = {
    status: 'submitted',
    urgency: 'routine',
    submittedAt: '2026-11-22T10:00:00+08:00',
  } as const;

  test('is false one millisecond before expiry and true at it', () => {
    expect(isExpiredAt(submitted, '2026-11-25T09:59:59.999+08:00')).toBe(false);
    expect(isExpiredAt(submitted, '2026-11-25T10:00:00+08:00')).toBe(true);
  });

  test('is false once the referral has left submitted, or without a submission time', () => {
    expect(isExpiredAt({ ...submitted, status: 'accepted' }, '2027-01-01T00:00:00Z')).toBe(false);
    expect(isExpiredAt({ status: 'submitted', urgency: 'routine' }, '2027-01-01T00:00:00Z')).toBe(false);
  });

  test('flips exactly at submittedAt + expireAfter for routine and urgent at any instant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('routine', 'urgent'),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (urgency, ms) => {
          const referralAt = {
            status: 'submitted',
            urgency,
            submittedAt: new Date(ms).toISOString(),
          } as const;
          const expiry = ms + DEFAULT_REFERRAL_SLA_POLICY.expireAfter[urgency] * 60_000;
          expect(isExpiredAt(referralAt, new Date(expiry - 1))).toBe(false);
          expect(isExpiredAt(referralAt, new Date(expiry))).toBe(true);
        },
      ),
    );
  });
});

describe('validateReferralCreate', () => {
  const now = '2026-11-22T10:00:00+08:00';
  const valid: Schemas['ReferralCreate'] = {
    direction: 'up',
    urgency: 'green_channel',
    greenChannelCategory: 'stroke',
    sendingInstitutionId: SENDING,
    receivingInstitutionId: RECEIVING,
    patient: {
      name: '张三',
      sex: 'male',
      birthDate: '1990-03-07',
      idType: 'resident_id_card',
      idNumber: '110105199003071239',
      phone: '13812341234',
    },
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    reason: '急性脑梗死，需评估取栓指征。',
    clinicalSummary: '发病4小时，NIHSS 8分，已完成头颅CT。',
    escort: { escortedBy: '李护士', escortRole: 'nurse', transport: 'ambulance_with_doctor' },
    consent: {
      purpose: 'referral_transfer',
      grantedAt: '2026-11-22T09:40:00+08:00',
      recordedBy: 'cln_cz_wang',
      method: 'written',
    },
    submit: true,
  };
  // The 回转单 a down-referral carries at submit.
  const downContent = {
    mainResults: '头颅MRI示左侧基底节区急性梗死灶。',
    rehabPlan: '每日康复训练，两周后复查。',
    medications: '阿司匹林 100mg qd',
    followUpDates: ['2026-12-07'],
  };

  function codes(
    body: Schemas['ReferralCreate'],
    extra: Partial<Parameters<typeof validateReferralCreate>[1]> = {},
  ) {
    return validateReferralCreate(body, { now, ...extra }).map((issue) => `${issue.pointer} ${issue.code}`);
  }

  test('accepts a complete green-channel up-referral', () => {
    expect(codes(valid)).toEqual([]);
  });

  test('requires a green-channel category for green-channel urgency', () => {
    const withoutCategory = { ...valid };
    delete withoutCategory.greenChannelCategory;
    expect(codes(withoutCategory)).toEqual(['/greenChannelCategory green_channel_category_required']);
  });

  test('forbids a green-channel category for other urgencies', () => {
    expect(codes({ ...valid, urgency: 'urgent' })).toEqual([
      '/greenChannelCategory green_channel_category_not_allowed',
    ]);
  });

  test('refuses unknown direction, urgency and category values', () => {
    const odd = {
      ...valid,
      direction: 'sideways',
      urgency: 'asap',
      greenChannelCategory: 'burns',
    } as unknown as Schemas['ReferralCreate'];
    expect(codes(odd)).toEqual([
      '/direction invalid_enum',
      '/urgency invalid_enum',
      '/greenChannelCategory invalid_enum',
    ]);
  });

  test('refuses the same institution on both ends', () => {
    expect(codes({ ...valid, receivingInstitutionId: SENDING })).toEqual([
      '/receivingInstitutionId receiving_institution_same_as_sending',
    ]);
  });

  test('refuses a receiving institution outside the alliance when the alliance is given', () => {
    expect(codes(valid, { allianceInstitutionIds: [SENDING, OUTSIDER] })).toEqual([
      '/receivingInstitutionId receiving_institution_not_in_alliance',
    ]);
    expect(codes(valid, { allianceInstitutionIds: [SENDING, RECEIVING] })).toEqual([]);
  });

  test('requires a parent for a down-referral only from a sender that does not lead the receiver’s alliance', () => {
    const down = {
      ...valid,
      ...downContent,
      direction: 'down',
      urgency: 'routine',
      greenChannelCategory: undefined,
    } as const;
    expect(codes(down, { senderLeadsReceiver: false })).toEqual([
      '/parentReferralId parent_referral_required',
    ]);
    expect(codes({ ...down, parentReferralId: 'ref_01' }, { senderLeadsReceiver: false })).toEqual([]);
    // DOMAIN §3 corrections: a patient admitted directly at the lead hospital goes down without a parent.
    expect(codes(down, { senderLeadsReceiver: true })).toEqual([]);
    // A form does not know the alliance's lead: it leaves the check to the server.
    expect(codes(down)).toEqual([]);
  });

  test('validates the patient through the identifiers module', () => {
    expect(codes({ ...valid, patient: { ...valid.patient, birthDate: '1990-03-08' } })).toEqual([
      '/patient/idNumber resident_id_birth_date_invalid',
    ]);
    expect(codes({ ...valid, patient: { ...valid.patient, phone: '010-123' } })).toEqual([
      '/patient/phone phone_invalid',
    ]);
  });

  test('requires consent for referral transfer, not another purpose', () => {
    expect(codes({ ...valid, consent: { ...valid.consent, purpose: 'result_sharing' } })).toEqual([
      '/consent/purpose consent_required',
    ]);
    const noConsent = { ...valid, consent: undefined } as unknown as Schemas['ReferralCreate'];
    expect(codes(noConsent)).toEqual(['/consent consent_required']);
  });

  test('refuses a consent granted beyond the clock-skew allowance after now, or with missing fields', () => {
    expect(
      codes({ ...valid, consent: { ...valid.consent, grantedAt: '2026-11-22T10:05:00+08:00' } }),
    ).toEqual([]);
    expect(
      codes({ ...valid, consent: { ...valid.consent, grantedAt: '2026-11-22T10:05:01+08:00' } }),
    ).toEqual(['/consent/grantedAt out_of_range']);
    const thin = {
      ...valid,
      consent: { purpose: 'referral_transfer', method: 'fax' },
    } as unknown as Schemas['ReferralCreate'];
    expect(codes(thin)).toEqual([
      '/consent/grantedAt required',
      '/consent/recordedBy required',
      '/consent/method invalid_enum',
    ]);
  });

  test('requires a guardian name and guardian consent for a patient under 14', () => {
    const body = '13090020150101002';
    const child = {
      ...valid,
      patient: { ...valid.patient, birthDate: '2015-01-01', idNumber: body + residentIdCheckDigit(body) },
    };
    expect(codes(child)).toEqual(['/patient/guardianName required', '/consent/byGuardian consent_required']);
    const withGuardian = {
      ...child,
      patient: { ...child.patient, guardianName: '张父' },
      consent: { ...child.consent, byGuardian: true },
    };
    expect(codes(withGuardian)).toEqual([]);
  });

  test('requires diagnosis text and reason, and checks the ICD-10 shape and follow-up dates', () => {
    const body = {
      ...valid,
      diagnosis: { code: 'i63.9', text: '' },
      reason: '',
      followUpDates: ['2026-12-01', '2026-13-01'],
    };
    expect(codes(body)).toEqual([
      '/diagnosis/text required',
      '/diagnosis/code invalid_format',
      '/reason required',
      '/followUpDates/1 invalid_format',
    ]);
    expect(codes({ ...valid, diagnosis: { code: 'I63.900x007', text: '脑梗死' } })).toEqual([]);
    expect(codes({ ...valid, diagnosis: { code: 'I64.x00', text: '脑卒中' } })).toEqual([]);
  });

  test('reports missing blocks and institutions rather than throwing', () => {
    const bare = { direction: 'up', urgency: 'routine' } as unknown as Schemas['ReferralCreate'];
    expect(codes(bare)).toEqual([
      '/sendingInstitutionId required',
      '/receivingInstitutionId required',
      '/patient required',
      '/diagnosis required',
      '/reason required',
      '/consent consent_required',
    ]);
  });
});

describe('return for information (退回补充) and resubmission', () => {
  const receiver: ReferralActor = { role: 'receiver', institutionId: RECEIVING };
  const referrer: ReferralActor = { role: 'referrer', institutionId: SENDING };

  test('lets the receiving side send a submitted referral back with a note, and the sender resubmit it', () => {
    expect(decideCommand(referral('submitted'), receiver, VALID_BODIES.return_for_info)).toEqual({
      ok: true,
      command: 'return_for_info',
      from: 'submitted',
      to: 'returned',
    });
    expect(decideCommand(referral('returned'), referrer, { command: 'resubmit' })).toEqual({
      ok: true,
      command: 'resubmit',
      from: 'returned',
      to: 'submitted',
    });
    expect(decideCommand(referral('returned'), referrer, VALID_BODIES.cancel)).toMatchObject({
      ok: true,
      to: 'cancelled',
    });
  });

  test('does not let the sender return its own referral, nor the receiver resubmit it', () => {
    expect(decideCommand(referral('submitted'), referrer, VALID_BODIES.return_for_info)).toEqual({
      ok: false,
      problem: 'forbidden',
    });
    expect(decideCommand(referral('returned'), receiver, VALID_BODIES.resubmit)).toEqual({
      ok: false,
      problem: 'forbidden',
    });
  });

  test('keeps a rejection terminal: a rejected referral cannot be resubmitted or returned', () => {
    expect(decideCommand(referral('rejected'), referrer, VALID_BODIES.resubmit)).toEqual({
      ok: false,
      problem: 'invalid_transition',
      allowedCommands: [],
    });
    expect(referralTransition('accepted', 'return_for_info')).toBeNull();
  });

  test('requires a note of at most 2000 characters to return a referral', () => {
    expect(
      validateReferralTransition({ command: 'return_for_info', note: ' ' }, { urgency: 'routine' }),
    ).toEqual([{ pointer: '/note', code: 'required' }]);
    expect(
      validateReferralTransition(
        { command: 'return_for_info', note: '补'.repeat(2001) },
        { urgency: 'routine' },
      ),
    ).toEqual([{ pointer: '/note', code: 'too_long', params: { max: 2000 } }]);
    expect(
      validateReferralTransition(
        { command: 'return_for_info', note: '补'.repeat(2000) },
        { urgency: 'routine' },
      ),
    ).toEqual([]);
  });
});

describe('the sending side of a down-referral', () => {
  const lead = RECEIVING; // 协和 sends the patient down to 沧州
  const down = (status: ReferralStatus): ReferralParties => ({
    status,
    urgency: 'routine',
    direction: 'down',
    sendingInstitutionId: lead,
    receivingInstitutionId: SENDING,
  });

  test('includes the lead hospital’s receiving doctors, who write the down-referral of the patient they treated', () => {
    expect(sendingRoles('down')).toEqual(['referrer', 'receiver', 'coordinator']);
    expect(sendingRoles('up')).toEqual(['referrer', 'coordinator']);
    expect(allowedCommands(down('draft'), { role: 'receiver', institutionId: lead })).toEqual([
      'submit',
      'cancel',
    ]);
    expect(allowedCommands(down('returned'), { role: 'receiver', institutionId: lead })).toEqual([
      'resubmit',
      'cancel',
    ]);
    expect(allowedCommands(down('reported'), { role: 'receiver', institutionId: lead })).toEqual(['close']);
  });

  test('leaves an up-referral’s sending side to referrers and coordinators', () => {
    expect(allowedCommands(referral('draft'), { role: 'receiver', institutionId: SENDING })).toEqual([]);
  });
});

describe('accepting with an exact time or an allowed window', () => {
  const routine = { urgency: 'routine' } as const;
  const now = '2026-11-23T09:00:00+08:00';
  const accept = (appointment: Record<string, unknown>) =>
    ({
      command: 'accept',
      appointment: { departmentId: 'dep_pumch_neurology', ...appointment },
    }) as ReferralTransition;
  const window = { from: '2026-11-23T08:00:00+08:00', to: '2026-12-01T17:00:00+08:00' };

  test('accepts a window of admission within 8 days', () => {
    expect(validateReferralTransition(accept({ window }), routine, { now })).toEqual([]);
  });

  test('asks for exactly one of a time and a window', () => {
    expect(validateReferralTransition(accept({}), routine, { now })).toEqual([
      { pointer: '/appointment/scheduledAt', code: 'appointment_time_or_window' },
    ]);
    expect(
      validateReferralTransition(accept({ window, scheduledAt: '2026-11-24T09:00:00+08:00' }), routine, {
        now,
      }),
    ).toEqual([{ pointer: '/appointment/window', code: 'appointment_time_or_window' }]);
  });

  test('requires from before to, and to not already past', () => {
    expect(
      validateReferralTransition(accept({ window: { from: window.to, to: window.from } }), routine),
    ).toEqual([{ pointer: '/appointment/window/to', code: 'interval_invalid' }]);
    expect(
      validateReferralTransition(accept({ window: { from: window.from, to: window.from } }), routine, {
        now,
      }),
    ).toEqual([{ pointer: '/appointment/window/to', code: 'interval_invalid' }]);
    const past = { from: '2026-11-20T08:00:00+08:00', to: '2026-11-23T08:59:59+08:00' };
    expect(validateReferralTransition(accept({ window: past }), routine, { now })).toEqual([
      { pointer: '/appointment/window/to', code: 'appointment_window_in_past' },
    ]);
    expect(validateReferralTransition(accept({ window: { from: 'soon' } }), routine, { now })).toEqual([
      { pointer: '/appointment/window/from', code: 'invalid_format' },
      { pointer: '/appointment/window/to', code: 'required' },
    ]);
  });
});

describe('time sanity of arrival and no-show', () => {
  const receiver: ReferralActor = { role: 'receiver', institutionId: RECEIVING };
  const submittedAt = '2026-11-23T09:00:00+08:00';
  const accepted = (appointment: Schemas['ReferralAppointment']) => ({
    ...referral('accepted'),
    submittedAt,
    appointment,
  });
  const at13 = { departmentId: 'dep_pumch_neurology', scheduledAt: '2026-11-23T13:00:00+08:00' };
  const window = {
    departmentId: 'dep_pumch_neurology',
    window: { from: '2026-11-23T08:00:00+08:00', to: '2026-12-01T17:00:00+08:00' },
  };

  test('refuses an arrival in the future beyond the clock-skew tolerance, and one before submission', () => {
    const now = '2026-11-23T12:00:00+08:00';
    const arrival = (arrivedAt: string) =>
      decideCommand(accepted(at13), receiver, { command: 'record_arrival', arrivedAt }, { now });
    expect(arrival(new Date(Date.parse(now) + ARRIVAL_CLOCK_SKEW_MS).toISOString())).toMatchObject({
      ok: true,
    });
    expect(arrival(new Date(Date.parse(now) + ARRIVAL_CLOCK_SKEW_MS + 1).toISOString())).toEqual({
      ok: false,
      problem: 'validation_failed',
      errors: [{ pointer: '/arrivedAt', code: 'arrival_in_future' }],
    });
    expect(arrival('2026-11-23T08:59:59+08:00')).toEqual({
      ok: false,
      problem: 'validation_failed',
      errors: [{ pointer: '/arrivedAt', code: 'arrival_before_submission' }],
    });
    expect(arrival(submittedAt)).toMatchObject({ ok: true });
  });

  test('allows a no-show 30 minutes after an exact time, and at the end of a window', () => {
    expect(noShowAllowedFrom(at13)?.toISOString()).toBe('2026-11-23T05:30:00.000Z');
    expect(noShowAllowedFrom(window)?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(DEFAULT_NO_SHOW_POLICY).toEqual({ afterScheduledMinutes: 30, afterWindowMinutes: 0 });
    expect(noShowAllowedFrom(at13, { afterScheduledMinutes: 60, afterWindowMinutes: 0 })?.toISOString()).toBe(
      '2026-11-23T06:00:00.000Z',
    );
  });

  test('refuses a no-show before the grace has run out, naming when it may be marked', () => {
    const noShow = (appointment: Schemas['ReferralAppointment'], now: string) =>
      decideCommand(accepted(appointment), receiver, { command: 'mark_no_show' }, { now });
    expect(noShow(at13, '2026-11-23T13:29:59+08:00')).toEqual({
      ok: false,
      problem: 'no_show_too_early',
      noShowAllowedFrom: '2026-11-23T05:30:00.000Z',
    });
    expect(noShow(at13, '2026-11-23T13:30:00+08:00')).toMatchObject({ ok: true, to: 'no_show' });
    expect(noShow(window, '2026-12-01T16:59:59+08:00')).toMatchObject({ problem: 'no_show_too_early' });
    expect(noShow(window, '2026-12-01T17:00:00+08:00')).toMatchObject({ ok: true });
  });

  test('flips from too early to allowed exactly at the appointment plus grace, for any appointment time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), (ms) => {
        const appointment = { departmentId: 'dep', scheduledAt: new Date(ms).toISOString() };
        const allowedFrom = ms + DEFAULT_NO_SHOW_POLICY.afterScheduledMinutes * 60_000;
        const decide = (now: number) =>
          decideCommand(accepted(appointment), receiver, { command: 'mark_no_show' }, { now: new Date(now) });
        expect(decide(allowedFrom - 1).ok).toBe(false);
        expect(decide(allowedFrom).ok).toBe(true);
      }),
    );
  });
});

describe('green channel never expires: it becomes overdue and escalates', () => {
  const green = {
    status: 'submitted',
    urgency: 'green_channel',
    submittedAt: '2026-11-22T10:00:00+08:00',
  } as const;

  test('never expires a green-channel referral, however long it waits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 365 * 24 * 60 }), (minutes) => {
        const now = new Date(Date.parse(green.submittedAt) + minutes * 60_000);
        expect(isExpiredAt(green, now)).toBe(false);
      }),
    );
    expect(expiresAt('green_channel', green.submittedAt)).toBeNull();
  });

  test('is overdue from its 15-minute answer deadline while still submitted', () => {
    expect(isOverdueAt(green, '2026-11-22T10:14:59.999+08:00')).toBe(false);
    expect(isOverdueAt(green, '2026-11-22T10:15:00+08:00')).toBe(true);
    expect(isOverdueAt(green, '2027-11-22T10:15:00+08:00')).toBe(true);
  });

  test('reads the stored answerDueAt when given (a resubmission restarted it)', () => {
    const resubmitted = { ...green, answerDueAt: '2026-11-22T11:15:00+08:00' };
    expect(isOverdueAt(resubmitted, '2026-11-22T11:00:00+08:00')).toBe(false);
    expect(isOverdueAt(resubmitted, '2026-11-22T11:15:00+08:00')).toBe(true);
  });

  test('is never overdue once answered or returned, nor for routine and urgent referrals, which expire instead', () => {
    const late = '2026-12-22T10:00:00+08:00';
    for (const status of REFERRAL_STATUSES.filter((s) => s !== 'submitted')) {
      expect(isOverdueAt({ ...green, status }, late)).toBe(false);
    }
    expect(isOverdueAt({ ...green, urgency: 'routine' }, late)).toBe(false);
    expect(isOverdueAt({ ...green, urgency: 'urgent' }, late)).toBe(false);
    expect(isOverdueAt({ status: 'submitted', urgency: 'green_channel' }, late)).toBe(false);
  });
});
