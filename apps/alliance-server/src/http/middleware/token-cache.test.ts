import { describe, expect, it } from 'vitest';
import type { Actor } from '../../auth.js';
import { authenticate, signToken } from '../../auth.js';
import { cachedAuthenticate } from './token-cache.js';

const SECRET = 'token-cache-test-secret';
const ACTOR: Actor = { institutionId: 'ins_pumch', role: 'coordinator', clinicianId: 'cln_pumch_coord_sun' };

describe('cachedAuthenticate', () => {
  it('verifies a token once, then answers from the cache until its exp on the app clock', async () => {
    let now = new Date('2026-11-23T08:00:00Z');
    let calls = 0;
    const auth = cachedAuthenticate(
      (token) => {
        calls += 1;
        return authenticate(token, SECRET, now);
      },
      { clock: () => now },
    );
    const token = await signToken(ACTOR, SECRET, { now, expiresIn: '30m' });
    expect((await auth(token)).actor).toEqual(ACTOR);
    expect((await auth(token)).actor).toEqual(ACTOR);
    expect(calls).toBe(1);
    now = new Date(now.getTime() + 30 * 60_000);
    expect((await auth(token)).reason).toBe('token_expired');
    expect(calls).toBe(2);
  });

  it('never caches a refusal, and keeps at most `max` tokens', async () => {
    const now = new Date('2026-11-23T08:00:00Z');
    let calls = 0;
    const auth = cachedAuthenticate(
      (token) => {
        calls += 1;
        return authenticate(token, SECRET, now);
      },
      { clock: () => now, max: 1 },
    );
    const forged = await signToken(ACTOR, 'another-secret', { now });
    expect((await auth(forged)).reason).toBe('token_invalid_signature');
    expect((await auth(forged)).reason).toBe('token_invalid_signature');
    expect(calls).toBe(2);
    const a = await signToken(ACTOR, SECRET, { now, expiresIn: '1h' });
    const b = await signToken({ ...ACTOR, clinicianId: 'cln_other' }, SECRET, { now, expiresIn: '1h' });
    await auth(a);
    await auth(b);
    await auth(a);
    expect(calls).toBe(5);
  });
});
