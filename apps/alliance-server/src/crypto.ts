import type * as NodeCrypto from 'node:crypto';

/** Bytes as lower-case hex. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

// The server also runs in the browser (Storybook, the offline demo), where only WebCrypto exists. In Node, a hash
// or an HMAC of a few hundred bytes by WebCrypto is an asynchronous job on the libuv thread pool, measured at
// ~15 % of a booking's server CPU under load (bench profile, #12); node:crypto does it synchronously in a few
// microseconds. `getBuiltinModule` (Node ≥ 20.16) reaches it without an import a browser bundle would have to
// resolve; the digests are byte for byte the same either way.
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as typeof NodeCrypto | undefined;

const encoder = new TextEncoder();

/** The SHA-256 of a text (UTF-8) as hex: node:crypto in Node, WebCrypto in the browser build. */
export async function sha256Hex(text: string): Promise<string> {
  if (nodeCrypto) {
    // The one-shot `hash` (Node ≥ 20.12) makes no Hash object: 0.6 µs against 1.4 for a request's hash.
    return nodeCrypto.hash('sha256', text, 'hex');
  }
  return toHex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

// Imported WebCrypto keys by secret: a server has one or two secrets, and importing one per call cost as much as
// the HMAC itself.
const hmacKeys = new Map<string, Promise<CryptoKey>>();

/** The HMAC-SHA256 of a text (UTF-8) under a secret (UTF-8), as hex. */
export async function hmacSha256Hex(secret: string, text: string): Promise<string> {
  if (nodeCrypto) {
    return nodeCrypto.createHmac('sha256', secret).update(text, 'utf8').digest('hex');
  }
  let key = hmacKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    hmacKeys.set(secret, key);
  }
  return toHex(await crypto.subtle.sign('HMAC', await key, encoder.encode(text)));
}
