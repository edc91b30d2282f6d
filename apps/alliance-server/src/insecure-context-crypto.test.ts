// The fallback for pages without WebCrypto must answer exactly what WebCrypto answers, for the operations the
// server uses, and jose must accept its keys: the in-page server signs and verifies its tokens with them.
import { afterEach, describe, expect, it } from 'vitest';
import { signToken, verifyToken } from './auth.js';
import { fallbackSubtle, provideSubtleCrypto } from './insecure-context-crypto.js';

const encoder = new TextEncoder();
const webcrypto = globalThis.crypto.subtle;
const hex = (buffer: ArrayBuffer) => Buffer.from(buffer).toString('hex');

/** Runs `work` as a page without WebCrypto would, then gives the runtime its own `subtle` back. */
async function withoutWebCrypto<T>(work: () => Promise<T>): Promise<T> {
  Object.defineProperty(globalThis.crypto, 'subtle', { configurable: true, value: undefined });
  try {
    expect(provideSubtleCrypto()).toBe(true);
    expect(globalThis.crypto.subtle).toBe(fallbackSubtle);
    return await work();
  } finally {
    delete (globalThis.crypto as { subtle?: unknown }).subtle;
  }
}

describe('SubtleCrypto outside a secure context', () => {
  afterEach(() => {
    expect(globalThis.crypto.subtle).toBe(webcrypto);
  });

  it('leaves a runtime that has WebCrypto alone', () => {
    expect(provideSubtleCrypto()).toBe(false);
    expect(globalThis.crypto.subtle).toBe(webcrypto);
  });

  it('digests SHA-256 as WebCrypto does, for text with CJK, NUL and no bytes at all', async () => {
    for (const text of ['', '110105199003071239', '张三\u0000协和', 'x'.repeat(100_000)]) {
      const bytes = encoder.encode(text);
      expect(hex(await fallbackSubtle.digest('SHA-256', bytes))).toBe(
        hex(await webcrypto.digest('SHA-256', bytes)),
      );
      // A view into a larger buffer digests only its own bytes.
      const framed = new Uint8Array(bytes.length + 8);
      framed.set(bytes, 4);
      expect(
        hex(await fallbackSubtle.digest({ name: 'sha-256' }, framed.subarray(4, 4 + bytes.length))),
      ).toBe(hex(await webcrypto.digest('SHA-256', bytes)));
    }
  });

  it('signs and verifies HMAC-SHA-256 as WebCrypto does', async () => {
    const secret = encoder.encode('yilian-in-browser');
    const data = encoder.encode('resident_id_card:110105199003071239');
    const params = { name: 'HMAC', hash: 'SHA-256' };
    const ours = await fallbackSubtle.importKey('raw', secret, params, false, ['sign', 'verify']);
    const theirs = await webcrypto.importKey('raw', secret, params, false, ['sign', 'verify']);
    const signature = await fallbackSubtle.sign('HMAC', ours, data);
    expect(hex(signature)).toBe(hex(await webcrypto.sign('HMAC', theirs, data)));
    expect(await fallbackSubtle.verify('HMAC', ours, signature, data)).toBe(true);
    const forged = new Uint8Array(signature);
    forged[0]! ^= 1;
    expect(await fallbackSubtle.verify('HMAC', ours, forged, data)).toBe(false);
    expect(await fallbackSubtle.verify('HMAC', ours, forged.subarray(1), data)).toBe(false);
  });

  it('refuses what it does not implement, and a key used beyond its usages, with DOMExceptions', async () => {
    await expect(fallbackSubtle.digest('SHA-1', new Uint8Array())).rejects.toMatchObject({
      name: 'NotSupportedError',
    });
    await expect(
      fallbackSubtle.importKey('raw', new Uint8Array(16), { name: 'AES-GCM' } as never, false, ['encrypt']),
    ).rejects.toMatchObject({ name: 'NotSupportedError' });
    const verifyOnly = await fallbackSubtle.importKey(
      'raw',
      new Uint8Array(16),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    await expect(fallbackSubtle.sign('HMAC', verifyOnly, new Uint8Array())).rejects.toMatchObject({
      name: 'InvalidAccessError',
    });
  });

  it('lets the server sign and verify its tokens through jose, the same tokens as with WebCrypto', async () => {
    const actor = {
      institutionId: 'ins_pumch',
      role: 'referrer',
      clinicianId: 'cln_pumch_neuro_zhang',
      name: '张伟',
    } as const;
    const now = new Date('2026-11-23T09:00:00+08:00');
    // A secret of its own: the server caches imported keys by secret, and this one must be imported here.
    const secret = 'insecure-context-test-secret';
    const withWebCrypto = await signToken(actor, 'another-secret', { now, expiresIn: '1h' });
    const [token, verified, refused] = await withoutWebCrypto(async () => {
      const signed = await signToken(actor, secret, { now, expiresIn: '1h' });
      return [
        signed,
        await verifyToken(signed, secret, now),
        await verifyToken(withWebCrypto, secret, now),
      ] as const;
    });
    expect(verified).toMatchObject(actor);
    expect(refused).toBeUndefined();
    // HS256 is deterministic: WebCrypto signs the very same token and accepts the fallback's.
    expect(await signToken(actor, secret, { now, expiresIn: '1h' })).toBe(token);
  });
});
