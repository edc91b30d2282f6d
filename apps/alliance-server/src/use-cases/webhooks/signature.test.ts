import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, webhookSignature } from './signature.js';

describe('webhook signatures', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256 of the secret, as a receiver verifies it', async () => {
    const secret = 'whsec_00112233445566778899aabbccddeeff';
    const body = '{"id":"evt_000000000042"}';
    const expected = createHmac('sha256', secret).update(`1795404131.${body}`).digest('hex');
    expect(await webhookSignature(secret, 1795404131, body)).toBe(`t=1795404131,v1=${expected}`);
  });

  it('makes a new 128-bit secret each time', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[0-9a-f]{32}$/);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
