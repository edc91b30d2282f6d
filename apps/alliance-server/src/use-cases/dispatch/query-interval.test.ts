import { problemStatus } from '@yilian/contract';
import { describe, expect, it } from 'vitest';
import { Failure } from '../../failure.js';
import { queryInterval } from './query-interval.js';

function failureOf(run: () => unknown): Failure {
  try {
    run();
  } catch (error) {
    if (error instanceof Failure) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a Failure');
}

describe('queryInterval', () => {
  it('reads both bounds as instants, and leaves absent ones absent', () => {
    expect(queryInterval({ from: '2026-11-23T00:00:00+08:00', to: '2026-11-30T00:00:00+08:00' })).toEqual({
      from: new Date('2026-11-22T16:00:00Z'),
      to: new Date('2026-11-29T16:00:00Z'),
    });
    expect(queryInterval({})).toEqual({ from: undefined, to: undefined });
  });

  it('refuses an end that is not after the start as interval_invalid, which the contract answers with 422', () => {
    const failure = failureOf(() =>
      queryInterval({ from: '2026-11-30T00:00:00+08:00', to: '2026-11-30T00:00:00+08:00' }),
    );
    expect(failure.code).toBe('validation_failed');
    expect(failure.issues).toEqual([{ pointer: '#query/to', code: 'interval_invalid' }]);
    expect(problemStatus(failure.code, failure.issues)).toBe(422);
  });

  it('refuses an unreadable bound as invalid_format, which the contract answers with 400', () => {
    const failure = failureOf(() => queryInterval({ from: 'yesterday', to: 'tomorrow' }));
    expect(failure.issues).toEqual([
      { pointer: '#query/from', code: 'invalid_format' },
      { pointer: '#query/to', code: 'invalid_format' },
    ]);
    expect(problemStatus(failure.code, failure.issues)).toBe(400);
  });
});
