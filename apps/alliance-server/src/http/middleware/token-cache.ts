import { decodeJwt } from 'jose';
import type { Actor, TokenRefusal } from '../../auth.js';

type Verdict = { actor?: Actor; reason?: TokenRefusal };
type Authenticate = (token: string) => Promise<Verdict>;

interface Verified {
  actor: Actor;
  /** Valid from `notBefore` (inclusive) until `expiresAt` (exclusive), in seconds since the epoch. */
  notBefore: number;
  expiresAt: number;
}

export interface TokenCacheOptions {
  /** The clock the tokens are checked against (the app's). */
  clock: () => Date;
  /** How many verified tokens to keep; the least recently used go first. */
  max?: number;
}

/**
 * Remembers verified tokens by their exact string until they expire, so a client's repeated requests skip the
 * HMAC and the claim checks. Only tokens `authenticate` accepted are kept (a refusal is checked again every time);
 * a cached token is still refused from its `exp` on (and before its `nbf`), on the app's clock, exactly as
 * `jose` would. The cache is bounded (LRU) and per process; the token string includes its signature, so a hit
 * is the same token that was verified.
 */
export function cachedAuthenticate(
  authenticate: Authenticate,
  options: TokenCacheOptions,
): (token: string) => Verdict | Promise<Verdict> {
  const max = options.max ?? 10_000;
  const verified = new Map<string, Verified>();
  const verify = async (token: string): Promise<Verdict> => {
    const result = await authenticate(token);
    if (result.actor) {
      const claims = decodeJwt(token);
      if (typeof claims.exp === 'number') {
        verified.set(token, {
          actor: result.actor,
          notBefore: typeof claims.nbf === 'number' ? claims.nbf : -Infinity,
          expiresAt: claims.exp,
        });
        if (verified.size > max) {
          verified.delete(verified.keys().next().value as string);
        }
      }
    }
    return result;
  };
  // A hit answers synchronously: most requests carry a cached token, and each await costs them a turn (#12).
  return (token) => {
    const nowSeconds = Math.floor(options.clock().getTime() / 1000);
    const hit = verified.get(token);
    if (hit) {
      verified.delete(token);
      if (nowSeconds >= hit.notBefore && nowSeconds < hit.expiresAt) {
        verified.set(token, hit);
        return { actor: hit.actor };
      }
    }
    return verify(token);
  };
}
