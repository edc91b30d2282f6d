import type { components } from '@yilian/contract';

type Event = components['schemas']['Event'];

/**
 * Why a delivery was refused.
 * @example if (error.reason === 'timestamp_outside_tolerance') { alertClockSkew(); }
 */
export type WebhookFailureReason =
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_outside_tolerance'
  | 'signature_mismatch'
  | 'invalid_payload';

/**
 * A webhook delivery that must not be trusted; answer it with a 400 and do not act on its body.
 * @example catch (error) { if (error instanceof WebhookVerificationError) { return new Response(null, { status: 400 }); } }
 */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  /** Why the delivery was refused. */
  readonly reason: WebhookFailureReason;

  /**
   * @param reason - why the delivery was refused
   * @example new WebhookVerificationError('signature_mismatch')
   */
  constructor(reason: WebhookFailureReason) {
    super(`Webhook refused: ${reason.replace(/_/g, ' ')}`);
    this.reason = reason;
  }
}

/**
 * Options of `verifyWebhook`.
 * @example const options: VerifyWebhookOptions = { toleranceSeconds: 120 };
 */
export interface VerifyWebhookOptions {
  /** The largest age (and clock skew) accepted, in seconds; 300 by default. */
  toleranceSeconds?: number;
  /** The current time; the system clock by default. */
  now?: Date;
}

const encoder = new TextEncoder();

function bytesOf(payload: string | Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> {
  if (typeof payload === 'string') {
    return encoder.encode(payload);
  }
  return new Uint8Array(payload instanceof Uint8Array ? payload.slice() : payload);
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}

function signedBytes(timestamp: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${timestamp}.`);
  const bytes = new Uint8Array(prefix.length + body.length);
  bytes.set(prefix);
  bytes.set(body, prefix.length);
  return bytes;
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) {
    return undefined;
  }
  return new Uint8Array(hex.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);
}

/**
 * Verifies a signed delivery (`Yilian-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`) and
 * returns its event. The signature is checked by WebCrypto's `verify`, which compares in constant time; the
 * timestamp must be within the tolerance either way. Pass the raw body exactly as received, before any JSON
 * parsing. Deliveries may repeat: deduplicate by the event's `id`.
 * @param payload - the raw request body
 * @param header - the `Yilian-Signature` header
 * @param secret - the endpoint's `whsec_…` secret
 * @param options - `toleranceSeconds` (300 by default) and `now`
 * @example
 * const event = await verifyWebhook(await request.text(), request.headers.get('yilian-signature'), secret);
 */
export async function verifyWebhook(
  payload: string | Uint8Array | ArrayBuffer,
  header: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<Event> {
  if (!header) {
    throw new WebhookVerificationError('missing_header');
  }
  let timestamp: string | undefined;
  const signatures: Uint8Array<ArrayBuffer>[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2);
    if (key === 't' && /^\d+$/.test(value)) {
      timestamp = value;
    } else if (key === 'v1') {
      const bytes = hexBytes(value);
      if (bytes?.length === 32) {
        signatures.push(bytes);
      }
    }
  }
  if (timestamp === undefined || signatures.length === 0) {
    throw new WebhookVerificationError('malformed_header');
  }
  const nowSeconds = (options.now ?? new Date()).getTime() / 1000;
  if (Math.abs(nowSeconds - Number(timestamp)) > (options.toleranceSeconds ?? 300)) {
    throw new WebhookVerificationError('timestamp_outside_tolerance');
  }
  const body = bytesOf(payload);
  const key = await hmacKey(secret, 'verify');
  const data = signedBytes(timestamp, body);
  let valid = false;
  // Every candidate is checked, so the time taken does not tell which one matched.
  for (const signature of signatures) {
    valid = (await crypto.subtle.verify('HMAC', key, signature, data)) || valid;
  }
  if (!valid) {
    throw new WebhookVerificationError('signature_mismatch');
  }
  try {
    return JSON.parse(new TextDecoder().decode(body)) as Event;
  } catch {
    throw new WebhookVerificationError('invalid_payload');
  }
}

/**
 * Signs a payload as the alliance services do, for testing your webhook handler.
 * @param payload - the raw body
 * @param secret - the endpoint secret
 * @param timestamp - unix seconds; now by default
 * @example const header = await signWebhook(JSON.stringify(event), secret);
 */
export async function signWebhook(
  payload: string | Uint8Array | ArrayBuffer,
  secret: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Promise<string> {
  const key = await hmacKey(secret, 'sign');
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, signedBytes(String(timestamp), bytesOf(payload))),
  );
  return `t=${timestamp},v1=${Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
