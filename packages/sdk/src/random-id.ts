/**
 * 128 random bits as 32 hex characters, for idempotency keys and request ids. `crypto.getRandomValues` rather than
 * `crypto.randomUUID`, which browsers withhold from pages served over plain HTTP (many hospital intranets).
 * @internal
 */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
