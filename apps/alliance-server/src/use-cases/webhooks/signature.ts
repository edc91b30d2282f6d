import { hmacSha256Hex, toHex } from '../../crypto.js';

/** A new endpoint signing secret: `whsec_` and 128 random bits in hex. */
export function newWebhookSecret(): string {
  return `whsec_${toHex(crypto.getRandomValues(new Uint8Array(16)))}`;
}

/**
 * The `Yilian-Signature` header of a delivery: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
 * @param secret - the endpoint's `whsec_…` secret
 * @param timestamp - unix seconds of the attempt
 * @param body - the exact bytes sent
 * @example await webhookSignature('whsec_…', 1795404131, '{"id":"evt_000000000042",…}') // 't=1795404131,v1=5257…'
 */
export async function webhookSignature(secret: string, timestamp: number, body: string): Promise<string> {
  return `t=${timestamp},v1=${await hmacSha256Hex(secret, `${timestamp}.${body}`)}`;
}
