import type { components } from '@yilian/contract';
import { describe, expectTypeOf, test } from 'vitest';
import type { FieldIssue } from './field-issue.js';

describe('FieldIssue', () => {
  test('uses the contract field error codes', () => {
    expectTypeOf<FieldIssue['code']>().toEqualTypeOf<components['schemas']['FieldErrorCode']>();
  });

  test('refuses a code the contract does not define', () => {
    // @ts-expect-error not a contract FieldErrorCode
    const issue: FieldIssue = { pointer: '/x', code: 'bad_code' };
    expectTypeOf(issue).toEqualTypeOf<FieldIssue>();
  });
});
