import type { MiddlewareHandler } from 'hono';
import type { Actor } from '../../auth.js';
import type { AppEnv } from '../../context.js';
import { Failure } from '../../failure.js';

export interface AllianceAuthOptions {
  /** Verifies a bearer token; `undefined` for a token that is forged, expired or for another audience. */
  verifyToken: (token: string) => Promise<Actor | undefined>;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

/** Requires a valid bearer token and sets the `actor` it acts as; anything else is `unauthenticated`. */
export function allianceAuth(options: AllianceAuthOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = BEARER.exec(c.req.header('authorization') ?? '')?.[1];
    const actor = token ? await options.verifyToken(token) : undefined;
    if (!actor) {
      throw new Failure('unauthenticated');
    }
    c.set('actor', actor);
    await next();
  };
}
