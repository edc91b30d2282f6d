import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Clock } from '../../context.js';
import type { Queryable } from '../../db/database.js';
import { Failure } from '../../failure.js';
import { countRequest } from '../../stores/rate-limit-store.js';

export interface RateLimitOptions {
  /** Requests per minute per clinician; 0 turns limiting off. */
  perMinute: number;
  db: Queryable;
  clock: Clock;
}

/** Limits each clinician to `perMinute` requests per calendar minute, shared by every server process. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (options.perMinute <= 0) {
      return next();
    }
    const actor = c.get('actor');
    const now = options.clock();
    const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    const count = await countRequest(
      options.db,
      `clinician:${actor.institutionId}:${actor.clinicianId}`,
      windowStart,
    );
    if (count > options.perMinute) {
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000),
      );
      throw new Failure('rate_limited', { retryAfterSeconds });
    }
    return next();
  };
}
