import type { components } from '@yilian/contract';
import { describe, expectTypeOf, test } from 'vitest';
import {
  formatFieldError,
  formatProblem,
  label,
  labelValues,
  type LabelValues,
  type Locale,
} from './messages.js';

describe('messages types', () => {
  test('Locale is the contract Locale', () => {
    expectTypeOf<Locale>().toEqualTypeOf<components['schemas']['Locale']>();
  });

  test('label accepts a value of the kind and refuses one of another kind', () => {
    expectTypeOf(label('activityKind', 'clinic', 'en')).toEqualTypeOf<string>();
    // @ts-expect-error 'accept' is a command, not an activity kind
    label('activityKind', 'accept', 'en');
    // @ts-expect-error 'fr' is not a Locale
    label('activityKind', 'clinic', 'fr');
  });

  test('labelValues returns the contract values of the kind', () => {
    expectTypeOf(labelValues('referralStatus')).toEqualTypeOf<components['schemas']['ReferralStatus'][]>();
    expectTypeOf<LabelValues['recognitionDecision']>().toEqualTypeOf<
      components['schemas']['RecognitionDecision']
    >();
  });

  test('format functions accept only contract codes', () => {
    expectTypeOf(formatProblem).parameter(0).toEqualTypeOf<components['schemas']['ProblemCode']>();
    expectTypeOf(formatFieldError).parameter(0).toEqualTypeOf<components['schemas']['FieldErrorCode']>();
    // @ts-expect-error not a ProblemCode
    formatProblem('teapot', 'en');
  });
});
