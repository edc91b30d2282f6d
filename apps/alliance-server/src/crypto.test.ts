import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, sha256Hex, toHex } from './crypto.js';

const encoder = new TextEncoder();

describe('crypto', () => {
  it('hashes like SHA-256 (FIPS 180-2 vector) and like WebCrypto, whose digests the stored hashes were made with', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const text = '{"patient":"张三","note":"\uD800 lone"}';
    expect(await sha256Hex(text)).toBe(toHex(await crypto.subtle.digest('SHA-256', encoder.encode(text))));
  });

  it('signs like HMAC-SHA256 (RFC 4231 case 2) and like WebCrypto, so stored patient keys still match', async () => {
    expect(await hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    const secret = '医联-secret';
    const text = 'resident_id_card:11010519491231002X';
    const key = await crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    expect(await hmacSha256Hex(secret, text)).toBe(
      toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(text))),
    );
  });
});
