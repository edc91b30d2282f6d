import type { components } from '@yilian/contract';
import { describe, expectTypeOf, test } from 'vitest';
import type { RETEST_REASONS } from './recognition.js';
import type { REFERRAL_COMMANDS, REFERRAL_STATUSES, TERMINAL_STATUSES } from './referral-lifecycle.js';
import {
  allowedCommands,
  decideCommand,
  referralTransition,
  type CommandDecision,
  type ReferralParties,
} from './referral-lifecycle.js';

type Schemas = components['schemas'];

describe('referral lifecycle types', () => {
  test('the runtime lists hold exactly the contract enums', () => {
    expectTypeOf<(typeof REFERRAL_STATUSES)[number]>().toEqualTypeOf<Schemas['ReferralStatus']>();
    expectTypeOf<(typeof REFERRAL_COMMANDS)[number]>().toEqualTypeOf<Schemas['ReferralCommand']>();
    expectTypeOf<(typeof RETEST_REASONS)[number]>().toEqualTypeOf<Schemas['RetestReason']>();
    expectTypeOf<(typeof TERMINAL_STATUSES)[number]>().toExtend<Schemas['ReferralStatus']>();
  });

  test('a full contract Referral is accepted where parties are expected', () => {
    expectTypeOf<Schemas['Referral']>().toExtend<ReferralParties>();
  });

  test('referralTransition returns a status or null', () => {
    expectTypeOf(referralTransition('draft', 'submit')).toEqualTypeOf<Schemas['ReferralStatus'] | null>();
    // @ts-expect-error 'expire' is not a command
    referralTransition('submitted', 'expire');
  });

  test('allowedCommands returns contract commands', () => {
    expectTypeOf(allowedCommands).returns.toEqualTypeOf<Schemas['ReferralCommand'][]>();
  });

  test('decideCommand takes the contract body and narrows on ok and problem', () => {
    expectTypeOf(decideCommand).parameter(2).toEqualTypeOf<Schemas['ReferralTransition']>();
    const decision = {} as CommandDecision;
    if (decision.ok) {
      expectTypeOf(decision.to).toEqualTypeOf<Schemas['ReferralStatus']>();
    } else if (decision.problem === 'validation_failed') {
      expectTypeOf(decision.errors[0]?.code).toEqualTypeOf<Schemas['FieldErrorCode'] | undefined>();
    } else if (decision.problem === 'invalid_transition') {
      expectTypeOf(decision.allowedCommands).toEqualTypeOf<Schemas['ReferralCommand'][]>();
    }
    expectTypeOf<Extract<CommandDecision, { ok: false }>['problem']>().toExtend<Schemas['ProblemCode']>();
  });
});
