import type { components } from '@yilian/contract';
import { SignJWT, jwtVerify } from 'jose';

type Role = components['schemas']['Role'];

/** Who a request acts as: one institution, one role, one clinician (from the bearer token). */
export interface Actor {
  institutionId: string;
  role: Role;
  clinicianId: string;
  name?: string;
}

const ROLES: readonly Role[] = ['referrer', 'receiver', 'coordinator', 'expert', 'admin'];
const ISSUER = 'yilian-alliance';
const AUDIENCE = 'yilian-api';

/** A dev-only secret, refused outside dev mode so production never runs on a published key. */
export const DEV_TOKEN_SECRET = 'yilian-dev-secret-do-not-use-in-production';

function key(secret: string) {
  return new TextEncoder().encode(secret);
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `'12h'`, `'30m'`, `'7d'` or plain seconds, as seconds. */
function durationSeconds(duration: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(duration.trim());
  if (!match) {
    throw new Error(`Unreadable token lifetime ${duration}: use e.g. 30m, 12h or 7d`);
  }
  return Number(match[1]) * (UNIT_SECONDS[match[2] || 's'] ?? 1);
}

/**
 * Mints a bearer token for an actor.
 * @param actor - the institution, role and clinician the token acts as
 * @param secret - the HS256 signing secret
 * @param options.expiresIn - a lifetime such as `'12h'`, `'30m'` or `'7d'`
 */
export async function signToken(
  actor: Actor,
  secret: string,
  options: { expiresIn?: string; now?: Date } = {},
): Promise<string> {
  const issuedAt = options.now ?? new Date();
  const jwt = new SignJWT({
    ins: actor.institutionId,
    role: actor.role,
    ...(actor.name ? { name: actor.name } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(actor.clinicianId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(Math.floor(issuedAt.getTime() / 1000))
    // Relative to `now`, not the wall clock, so tokens minted on a test clock expire on that clock.
    .setExpirationTime(Math.floor(issuedAt.getTime() / 1000) + durationSeconds(options.expiresIn ?? '12h'));
  return jwt.sign(key(secret));
}

/** Verifies a bearer token; `undefined` when it is missing, forged, expired or malformed. */
export async function verifyToken(token: string, secret: string, now: Date): Promise<Actor | undefined> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: now,
    });
    const role = payload.role as Role;
    if (typeof payload.ins !== 'string' || typeof payload.sub !== 'string' || !ROLES.includes(role)) {
      return undefined;
    }
    return {
      institutionId: payload.ins,
      role,
      clinicianId: payload.sub,
      ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
    };
  } catch {
    return undefined;
  }
}
