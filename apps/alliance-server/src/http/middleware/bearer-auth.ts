import type { MiddlewareHandler } from 'hono';
import type { Actor, TokenRefusal } from '../../auth.js';
import type { AppEnv } from '../../context.js';
import { Failure } from '../../failure.js';

export interface AllianceAuthOptions {
  /** Verifies a bearer token: the actor, or why the token is refused (forged, expired, another audience …). */
  authenticate: (token: string) => Promise<{ actor?: Actor; reason?: TokenRefusal }>;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

/**
 * Requires a valid bearer token and sets the `actor` it acts as; anything else is `unauthenticated`, with the
 * `reason` (missing, malformed, bad signature, expired, lifetime too long).
 */
export function allianceAuth(options: AllianceAuthOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    const token = BEARER.exec(header ?? '')?.[1];
    if (!token) {
      throw new Failure('unauthenticated', {
        members: { reason: header === undefined || header === '' ? 'token_missing' : 'token_malformed' },
      });
    }
    const { actor, reason } = await options.authenticate(token);
    if (!actor) {
      throw new Failure('unauthenticated', { members: { reason: reason ?? 'token_malformed' } });
    }
    c.set('actor', actor);
    await next();
  };
}
