import type { Context, MiddlewareHandler, Next } from 'hono';
import type { Actor, TokenRefusal } from '../../auth.js';
import type { AppEnv } from '../../context.js';
import { Failure } from '../../failure.js';

type Verdict = { actor?: Actor; reason?: TokenRefusal };

export interface AllianceAuthOptions {
  /**
   * Verifies a bearer token: the actor, or why the token is refused (forged, expired, another audience …); at once
   * when it already knows the token (a cache), else as a promise.
   */
  authenticate: (token: string) => Verdict | Promise<Verdict>;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

/**
 * Requires a valid bearer token and sets the `actor` it acts as; anything else is `unauthenticated`, with the
 * `reason` (missing, malformed, bad signature, expired, lifetime too long).
 */
export function allianceAuth(options: AllianceAuthOptions): MiddlewareHandler<AppEnv> {
  const admit = (c: Context<AppEnv>, next: Next, verdict: Verdict) => {
    if (!verdict.actor) {
      throw new Failure('unauthenticated', { members: { reason: verdict.reason ?? 'token_malformed' } });
    }
    c.set('actor', verdict.actor);
    return next();
  };
  // Not an async function: a token the cache knows is admitted without a turn of the microtask queue (#12).
  return (c, next) => {
    const header = c.req.header('authorization');
    const token = BEARER.exec(header ?? '')?.[1];
    if (!token) {
      throw new Failure('unauthenticated', {
        members: { reason: header === undefined || header === '' ? 'token_missing' : 'token_malformed' },
      });
    }
    const verdict = options.authenticate(token);
    return verdict instanceof Promise
      ? verdict.then((known) => admit(c, next, known))
      : admit(c, next, verdict);
  };
}
