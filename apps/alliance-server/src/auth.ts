import type { components } from '@yilian/contract';
import { SignJWT, errors, jwtVerify } from 'jose';

type Role = components['schemas']['Role'];
/** Why a bearer token was refused (the contract's `Problem.reason`). */
export type TokenRefusal = NonNullable<components['schemas']['Problem']['reason']>;

/**
 * Who a request acts as (from the bearer token): one institution, one role and its subject, a clinician or, for
 * the `patient` role, a patient account (`patientId`, also in `clinicianId` as the token's subject, for rate
 * limits and audit).
 */
export interface Actor {
  institutionId: string;
  role: Role;
  clinicianId: string;
  /** Set exactly when `role` is `patient`: the `pat_…` account the hospital's backend named. */
  patientId?: string;
  name?: string;
}

const ROLES: readonly Role[] = ['referrer', 'receiver', 'coordinator', 'expert', 'admin', 'patient'];
const PATIENT_SUBJECT = /^pat_[A-Za-z0-9_]+$/;
const ISSUER = 'yilian-alliance';
const AUDIENCE = 'yilian-api';

/** A dev-only secret, refused outside dev mode so production never runs on a published key. */
export const DEV_TOKEN_SECRET = 'yilian-dev-secret-do-not-use-in-production';

/** The longest a bearer token may live (`exp - iat`): 24 hours. A token without `exp` is refused. */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;

function key(secret: string) {
  return new TextEncoder().encode(secret);
}

const verificationKeys = new Map<string, Promise<CryptoKey>>();

/** The HMAC key of a secret, imported into WebCrypto once per process (jose would import it on every call). */
function verificationKey(secret: string): Promise<CryptoKey> {
  let imported = verificationKeys.get(secret);
  if (!imported) {
    imported = crypto.subtle.importKey('raw', key(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'verify',
    ]);
    verificationKeys.set(secret, imported);
  }
  return imported;
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

function refusalOf(error: unknown): TokenRefusal {
  if (error instanceof errors.JWTExpired) {
    return 'token_expired';
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
    return 'token_expired';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return 'token_invalid_signature';
  }
  return 'token_malformed';
}

/**
 * Mints a bearer token for an actor.
 * @param actor - the institution, role and clinician the token acts as
 * @param secret - the HS256 signing secret
 * @param options.expiresIn - a lifetime such as `'12h'` (the default) or `'30m'`, at most
 *   `MAX_TOKEN_LIFETIME_SECONDS` (24 hours): a longer one throws, since the server would refuse the token
 */
export async function signToken(
  actor: Actor,
  secret: string,
  options: { expiresIn?: string; now?: Date } = {},
): Promise<string> {
  const issuedAt = options.now ?? new Date();
  const lifetime = durationSeconds(options.expiresIn ?? '12h');
  if (lifetime > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new Error(`Token lifetime ${options.expiresIn} is too long: at most 24 hours (24h)`);
  }
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
    .setExpirationTime(Math.floor(issuedAt.getTime() / 1000) + lifetime);
  return jwt.sign(key(secret));
}

/**
 * Verifies a bearer token: the actor it acts as, or why it is refused. A token must be signed with `secret`
 * (HS256), be for this issuer and audience, be valid at `now`, and carry `exp` no more than
 * `MAX_TOKEN_LIFETIME_SECONDS` after its `iat` (or after `now` when it has no `iat`).
 */
export async function authenticate(
  token: string,
  secret: string,
  now: Date,
): Promise<{ actor: Actor; reason?: never } | { actor?: never; reason: TokenRefusal }> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, await verificationKey(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: now,
    }));
  } catch (error) {
    return { reason: refusalOf(error) };
  }
  const issuedAt = typeof payload.iat === 'number' ? payload.iat : Math.floor(now.getTime() / 1000);
  if (typeof payload.exp !== 'number' || payload.exp - issuedAt > MAX_TOKEN_LIFETIME_SECONDS) {
    return { reason: 'token_lifetime_too_long' };
  }
  const role = payload.role as Role;
  if (typeof payload.ins !== 'string' || typeof payload.sub !== 'string' || !ROLES.includes(role)) {
    return { reason: 'token_malformed' };
  }
  // A patient token names a patient account, and only a patient token does: neither can pass for the other.
  if ((role === 'patient') !== PATIENT_SUBJECT.test(payload.sub)) {
    return { reason: 'token_malformed' };
  }
  return {
    actor: {
      institutionId: payload.ins,
      role,
      clinicianId: payload.sub,
      ...(role === 'patient' ? { patientId: payload.sub } : {}),
      ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
    },
  };
}

/** Verifies a bearer token; `undefined` when it is missing, forged, expired, too long-lived or malformed. */
export async function verifyToken(token: string, secret: string, now: Date): Promise<Actor | undefined> {
  return (await authenticate(token, secret, now)).actor;
}
