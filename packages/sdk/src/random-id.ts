/**
 * 128 random bits as 32 hex characters, for idempotency keys and request ids. `crypto.getRandomValues` rather than
 * `crypto.randomUUID`, which browsers withhold from pages served over plain HTTP (many hospital intranets).
 * @internal
 */
export function randomId(): string {
  // One draw per id, not a shared pool: a pool makes every id depend on how many were drawn before, which
  // broke the stories' seeded ids (the shown request id changed with the order stories ran). A draw is ~3 µs in
  // Node 20 (measured), small beside the request it labels.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let id = '';
  for (const byte of bytes) {
    id += byte.toString(16).padStart(2, '0');
  }
  return id;
}

/**
 * A new `Idempotency-Key` for one attempt of a write: 128 random bits as 32 hex characters. Works wherever the SDK
 * does, including pages served over plain HTTP on a hospital intranet, where browsers withhold
 * `crypto.randomUUID()` (it needs a secure context) but keep `crypto.getRandomValues()`. Create one key per attempt
 * and reuse it when the user retries that attempt, so a retry after a lost response replays instead of writing twice.
 * @returns 32 lowercase hex characters
 * @example
 * const idempotencyKey = createIdempotencyKey();
 * await client.appointments.book(body, { idempotencyKey });
 * // …after a network error, the same attempt again with the same key:
 * await client.appointments.book(body, { idempotencyKey });
 */
export const createIdempotencyKey: () => string = randomId;
