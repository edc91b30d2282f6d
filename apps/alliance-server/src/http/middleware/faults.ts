import type { MiddlewareHandler } from 'hono';
import type { ProblemCode } from '@yilian/contract';
import type { AppEnv } from '../../context.js';
import { Failure } from '../../failure.js';

/**
 * A programmed fault for the next matching requests. `phase: 'before'` fails without running the handler;
 * `'after'` runs it (the write commits) and then answers 503, as a connection lost after the server acted would
 * look to a client. Used by the SDK's fault-injection tests and by Storybook's slow and error states.
 */
export interface Fault {
  /** Method and path prefix to match, e.g. `POST /v1/referrals`; absent matches every request. */
  match?: string;
  phase: 'before' | 'after';
  /** The status to answer: 429 (`rate_limited`), 500 (`internal_error`) or 503 (`service_unavailable`). */
  status?: 429 | 500 | 503;
  retryAfterSeconds?: number;
  delayMs?: number;
  times: number;
}

const FAULT_CODES: Record<NonNullable<Fault['status']>, ProblemCode> = {
  429: 'rate_limited',
  500: 'internal_error',
  503: 'service_unavailable',
};

/** Test-only fault switches; enabled by `config.faults`, never in production. */
export function faultMiddleware(): MiddlewareHandler<AppEnv> {
  const faults: Fault[] = [];
  return async (c, next) => {
    if (c.req.path === '/v1/__faults') {
      if (c.req.method === 'DELETE') {
        faults.length = 0;
        return c.body(null, 204);
      }
      faults.push(...((await c.req.json()) as Fault[]));
      return c.body(null, 204);
    }
    const index = faults.findIndex((f) => !f.match || `${c.req.method} ${c.req.path}`.startsWith(f.match));
    const fault = index >= 0 ? faults[index] : undefined;
    if (!fault) {
      return next();
    }
    fault.times -= 1;
    if (fault.times <= 0) {
      faults.splice(index, 1);
    }
    if (fault.delayMs) {
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    }
    if (fault.phase === 'after') {
      await next();
    }
    if (fault.status) {
      throw new Failure(FAULT_CODES[fault.status], { retryAfterSeconds: fault.retryAfterSeconds });
    }
    if (fault.phase === 'before') {
      await next();
    }
    return undefined;
  };
}
