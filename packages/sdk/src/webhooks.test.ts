import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError, signWebhook, verifyWebhook } from './webhooks.js';

const SECRET = 'whsec_9f2c1e7b5a4d3c2b1a0f';
const NOW = new Date('2026-11-23T09:00:00+08:00');
const T = Math.floor(NOW.getTime() / 1000);
const BODY = JSON.stringify({
  id: 'evt_000000000042',
  sequence: 42,
  type: 'referral.accepted',
  occurredAt: '2026-11-23T09:00:00+08:00',
  resourceId: 'ref_01',
  data: { status: 'accepted', version: 2 },
});

// The oracle is Node's own HMAC, not the code under test.
const header = (body = BODY, t = T, secret = SECRET) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;

const reason = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof WebhookVerificationError ? error.reason : String(error)),
  );

describe('verifyWebhook', () => {
  it('returns the event of a delivery signed with the endpoint secret', async () => {
    await expect(verifyWebhook(BODY, header(), SECRET, { now: NOW })).resolves.toMatchObject({
      id: 'evt_000000000042',
      type: 'referral.accepted',
    });
    await expect(
      verifyWebhook(new TextEncoder().encode(BODY), header(), SECRET, { now: NOW }),
    ).resolves.toMatchObject({ sequence: 42 });
  });

  it('refuses a body changed after signing, another secret, and a missing or malformed header', async () => {
    expect(
      await reason(verifyWebhook(BODY.replace('accepted', 'rejected'), header(), SECRET, { now: NOW })),
    ).toBe('signature_mismatch');
    expect(await reason(verifyWebhook(BODY, header(BODY, T, 'whsec_other'), SECRET, { now: NOW }))).toBe(
      'signature_mismatch',
    );
    expect(await reason(verifyWebhook(BODY, null, SECRET, { now: NOW }))).toBe('missing_header');
    expect(await reason(verifyWebhook(BODY, 'v1=abc', SECRET, { now: NOW }))).toBe('malformed_header');
    expect(await reason(verifyWebhook(BODY, `t=${T},v1=zz`, SECRET, { now: NOW }))).toBe('malformed_header');
  });

  it('accepts a delivery within the tolerance window either way and refuses one outside it', async () => {
    expect(await reason(verifyWebhook(BODY, header(BODY, T - 299), SECRET, { now: NOW }))).toBe('accepted');
    expect(await reason(verifyWebhook(BODY, header(BODY, T + 299), SECRET, { now: NOW }))).toBe('accepted');
    expect(await reason(verifyWebhook(BODY, header(BODY, T - 301), SECRET, { now: NOW }))).toBe(
      'timestamp_outside_tolerance',
    );
    expect(
      await reason(verifyWebhook(BODY, header(BODY, T - 60), SECRET, { now: NOW, toleranceSeconds: 30 })),
    ).toBe('timestamp_outside_tolerance');
  });

  it('accepts any of several v1 signatures, as during a secret rotation', async () => {
    const rotated = `${header(BODY, T, 'whsec_old')},${header().split(',')[1]}`;
    expect(await reason(verifyWebhook(BODY, rotated, SECRET, { now: NOW }))).toBe('accepted');
  });

  it('refuses a signed body that is not JSON', async () => {
    expect(await reason(verifyWebhook('not json', header('not json'), SECRET, { now: NOW }))).toBe(
      'invalid_payload',
    );
  });

  it('signs exactly as the alliance services do', async () => {
    await expect(signWebhook(BODY, SECRET, T)).resolves.toBe(header());
  });
});
