// Drawn from the platform's CSPRNG in blocks: a `getRandomValues` call per id cost ~25 µs of a ~150 µs call against
// a local server (cold in the CPU's caches between requests; #12), a block of 256 ids about the same as one.
let block = new Uint8Array();
let used = 0;

/**
 * 128 random bits as 32 hex characters, for idempotency keys and request ids. `crypto.getRandomValues` rather than
 * `crypto.randomUUID`, which browsers withhold from pages served over plain HTTP (many hospital intranets).
 * @internal
 */
export function randomId(): string {
  // A page that replaced `getRandomValues` with a seeded one (the stories) gets one draw per id, as before blocks:
  // a block makes every id depend on how many were drawn before, so the shown request ids and the in-page
  // server's ids (drawn from the same seed) would change with the order stories ran.
  const seeded = crypto.getRandomValues !== Object.getPrototypeOf(crypto).getRandomValues;
  if (seeded || used === block.length) {
    block = crypto.getRandomValues(new Uint8Array(seeded ? 16 : 4096));
    used = 0;
  }
  let id = '';
  for (const byte of block.subarray(used, (used += 16))) {
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
