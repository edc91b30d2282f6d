import { describe, expect, it } from 'vitest';
import { attemptOutcome, retryDelayMs } from './deliver-webhooks.js';

const now = new Date('2026-11-23T01:00:00Z');

describe('webhook retries', () => {
  it('waits 10 s after the first failure and doubles each time, at most an hour', () => {
    expect([1, 2, 3, 4, 8].map(retryDelayMs)).toEqual([10_000, 20_000, 40_000, 80_000, 1_280_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  it('counts any 2xx answer as delivered', () => {
    expect(attemptOutcome(204, 8, 8, now)).toEqual({ status: 'succeeded', nextAttemptAt: null });
  });

  it('retries a 500, a redirect and a network error after the backoff', () => {
    for (const status of [500, 302, null]) {
      expect(attemptOutcome(status, 2, 8, now)).toEqual({
        status: 'pending',
        nextAttemptAt: new Date(now.getTime() + 20_000),
      });
    }
  });

  it('gives the event up when the last attempt fails', () => {
    expect(attemptOutcome(503, 3, 3, now)).toEqual({ status: 'failed', nextAttemptAt: null });
  });
});
