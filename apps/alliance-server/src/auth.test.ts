import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOKEN_LIFETIME_SECONDS, signToken } from './auth.js';
import type { TestServer } from './testing/harness.js';
import { TEST_NOW, TEST_SECRETS, createTestServer } from './testing/harness.js';

type Problem = { code: string; reason?: string };

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** A token of this server's key with the claims given (or left out) by the test. */
function rawToken(
  claims: { iat?: number; exp?: number; iss?: string },
  secret: string = TEST_SECRETS.tokenSecret,
) {
  const jwt = new SignJWT({ ins: 'ins_cangzhou', role: 'referrer' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('cln_cz_neuro_wang')
    .setIssuer(claims.iss ?? 'yilian-alliance')
    .setAudience('yilian-api');
  if (claims.iat !== undefined) {
    jwt.setIssuedAt(claims.iat);
  }
  if (claims.exp !== undefined) {
    jwt.setExpirationTime(claims.exp);
  }
  return jwt.sign(new TextEncoder().encode(secret));
}

describe('bearer tokens', () => {
  let server: TestServer;
  const now = seconds(TEST_NOW);

  beforeAll(async () => {
    server = await createTestServer();
  });

  async function refusal(token: string | null) {
    const res = await server.call<Problem>('listInstitutions', { token });
    return { status: res.status, code: res.body.code, reason: res.body.reason };
  }

  it('accepts a token of the server with exp within the maximum lifetime', async () => {
    const token = await rawToken({ iat: now, exp: now + MAX_TOKEN_LIFETIME_SECONDS });
    expect((await server.call('listInstitutions', { token })).status).toBe(200);
  });

  it('refuses a token signed with the server key but without exp (token_lifetime_too_long)', async () => {
    expect(await refusal(await rawToken({ iat: now }))).toEqual({
      status: 401,
      code: 'unauthenticated',
      reason: 'token_lifetime_too_long',
    });
  });

  it('refuses a token whose lifetime is above the maximum', async () => {
    const token = await rawToken({ iat: now, exp: now + MAX_TOKEN_LIFETIME_SECONDS + 1 });
    expect((await refusal(token)).reason).toBe('token_lifetime_too_long');
    // Without iat, the lifetime left from now counts.
    const noIat = await rawToken({ exp: now + MAX_TOKEN_LIFETIME_SECONDS + 60 });
    expect((await refusal(noIat)).reason).toBe('token_lifetime_too_long');
  });

  it('says why a token is refused: missing, expired, bad signature, malformed', async () => {
    expect(await refusal(null)).toEqual({ status: 401, code: 'unauthenticated', reason: 'token_missing' });
    expect((await refusal(await rawToken({ iat: now - 7200, exp: now - 3600 }))).reason).toBe(
      'token_expired',
    );
    expect((await refusal(await rawToken({ iat: now, exp: now + 60 }, 'another-key'))).reason).toBe(
      'token_invalid_signature',
    );
    expect(await refusal('not.a.jwt')).toMatchObject({ status: 401, reason: 'token_malformed' });
    expect((await refusal(await rawToken({ iat: now, exp: now + 60, iss: 'someone-else' }))).reason).toBe(
      'token_malformed',
    );
  });

  it('signToken refuses to mint a token above the maximum lifetime; its default fits', async () => {
    expect(MAX_TOKEN_LIFETIME_SECONDS).toBe(24 * 3600);
    await expect(
      signToken({ institutionId: 'i', role: 'referrer', clinicianId: 'c' }, 's', { expiresIn: '25h' }),
    ).rejects.toThrow(/24 hours/);
    await expect(
      signToken({ institutionId: 'i', role: 'referrer', clinicianId: 'c' }, 's', { expiresIn: '24h' }),
    ).resolves.toMatch(/^ey/);
  });
});
