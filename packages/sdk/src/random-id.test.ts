import { describe, expect, it } from 'vitest';
import { createIdempotencyKey } from './index.js';

describe('createIdempotencyKey', () => {
  it('gives 128 random bits as 32 lowercase hex characters', () => {
    expect(createIdempotencyKey()).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives a different key on every call', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => createIdempotencyKey()));
    expect(keys.size).toBe(1000);
    expect([...keys].filter((key) => !/^[0-9a-f]{32}$/.test(key))).toEqual([]);
  });

  it('does not need crypto.randomUUID, which browsers withhold from plain-HTTP pages', () => {
    const randomUUID = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), 'randomUUID');
    Object.defineProperty(Object.getPrototypeOf(crypto), 'randomUUID', {
      value: undefined,
      configurable: true,
    });
    try {
      expect(crypto.randomUUID).toBeUndefined();
      expect(createIdempotencyKey()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      if (randomUUID) {
        Object.defineProperty(Object.getPrototypeOf(crypto), 'randomUUID', randomUUID);
      }
    }
  });

  it('draws once per id from a getRandomValues a page replaced (seeded stories), so ids follow the seed', () => {
    const draws: number[] = [];
    Object.defineProperty(crypto, 'getRandomValues', {
      configurable: true,
      value: <T extends ArrayBufferView | null>(array: T): T => {
        draws.push(array?.byteLength ?? 0);
        new Uint8Array(array!.buffer, array!.byteOffset, array!.byteLength).fill(draws.length);
        return array;
      },
    });
    try {
      expect([createIdempotencyKey(), createIdempotencyKey()]).toEqual(['01'.repeat(16), '02'.repeat(16)]);
      expect(draws).toEqual([16, 16]);
    } finally {
      delete (crypto as { getRandomValues?: unknown }).getRandomValues;
    }
    expect(crypto.getRandomValues).toBe(Object.getPrototypeOf(crypto).getRandomValues);
  });
});
