// The in-page server (Storybook, the offline demo) is often opened from a hospital intranet over plain HTTP
// (http://storybook.hospital.lan). Such a page is not a secure context, and the browser withholds
// `crypto.subtle`, which the server needs for SHA-256 (patient keys, signed opinions) and HMAC (its tokens,
// through jose). There, and only there, the few operations it uses are answered by @noble/hashes (audited, no
// dependencies) instead of failing every story. A real server always has WebCrypto and never installs this.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

type Usage = 'sign' | 'verify';
interface HmacKey {
  readonly type: 'secret';
  readonly extractable: false;
  readonly algorithm: { name: 'HMAC'; hash: { name: 'SHA-256' }; length: number };
  readonly usages: Usage[];
  readonly [Symbol.toStringTag]: 'CryptoKey';
}

const secrets = new WeakMap<object, Uint8Array>();

function bytesOf(data: BufferSource): Uint8Array {
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

/** The hash an algorithm names: itself for a digest (`'SHA-256'`, `{ name }`), its `hash` for HMAC. */
function hashName(algorithm: AlgorithmIdentifier | HmacImportParams): string | undefined {
  const hash: AlgorithmIdentifier | undefined =
    typeof algorithm === 'string' ? algorithm : 'hash' in algorithm ? algorithm.hash : algorithm;
  return (typeof hash === 'string' ? hash : hash?.name)?.toUpperCase();
}

function unsupported(what: string): DOMException {
  return new DOMException(`${what} is not available outside a secure context`, 'NotSupportedError');
}

function secretOf(key: CryptoKey, usage: Usage): Uint8Array {
  const secret = secrets.get(key);
  if (!secret || !key.usages.includes(usage)) {
    throw new DOMException(`the key cannot be used to ${usage}`, 'InvalidAccessError');
  }
  return secret;
}

/** The part of `SubtleCrypto` the reference server uses: SHA-256 digests and HMAC-SHA-256 keys. */
export const fallbackSubtle = {
  async digest(algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer> {
    if (hashName(algorithm) !== 'SHA-256') {
      throw unsupported(`digest ${String(hashName(algorithm))}`);
    }
    return sha256(bytesOf(data)).slice().buffer;
  },
  async importKey(
    format: string,
    keyData: BufferSource,
    algorithm: AlgorithmIdentifier | HmacImportParams,
    _extractable: boolean,
    usages: KeyUsage[],
  ): Promise<CryptoKey> {
    const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
    if (format !== 'raw' || name.toUpperCase() !== 'HMAC' || hashName(algorithm) !== 'SHA-256') {
      throw unsupported(`importKey ${format} ${name}`);
    }
    const secret = bytesOf(keyData).slice();
    const key: HmacKey = {
      type: 'secret',
      // Never extractable: exportKey is not offered.
      extractable: false,
      algorithm: { name: 'HMAC', hash: { name: 'SHA-256' }, length: secret.length * 8 },
      usages: usages.filter((usage): usage is Usage => usage === 'sign' || usage === 'verify'),
      // jose recognises a key by this tag where the page has no `CryptoKey` class.
      [Symbol.toStringTag]: 'CryptoKey',
    };
    secrets.set(key, secret);
    return key as unknown as CryptoKey;
  },
  async sign(algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer> {
    if ((typeof algorithm === 'string' ? algorithm : algorithm.name).toUpperCase() !== 'HMAC') {
      throw unsupported('sign');
    }
    return hmac(sha256, secretOf(key, 'sign'), bytesOf(data)).slice().buffer;
  },
  async verify(
    algorithm: AlgorithmIdentifier,
    key: CryptoKey,
    signature: BufferSource,
    data: BufferSource,
  ): Promise<boolean> {
    if ((typeof algorithm === 'string' ? algorithm : algorithm.name).toUpperCase() !== 'HMAC') {
      throw unsupported('verify');
    }
    const expected = hmac(sha256, secretOf(key, 'verify'), bytesOf(data));
    const given = bytesOf(signature);
    // Compared in constant time, as WebCrypto does.
    let difference = expected.length ^ given.length;
    for (let i = 0; i < expected.length; i++) {
      difference |= expected[i]! ^ (given[i] ?? 0);
    }
    return difference === 0;
  },
};

/**
 * Gives the page's `crypto` the fallback `subtle` when the browser withholds its own (not a secure context).
 * @returns whether the fallback was installed
 */
export function provideSubtleCrypto(): boolean {
  if (typeof crypto === 'undefined' || crypto.subtle) {
    return false;
  }
  Object.defineProperty(crypto, 'subtle', { configurable: true, value: fallbackSubtle });
  return true;
}
