// Random bytes are drawn from the CSPRNG 4 KiB at a time and handed out 16 at a time: a `getRandomValues` call of
// its own for every request id cost ~20 µs of CPU per call in Node (bench profile, #12), as much as the rest of
// the transport. The bytes are the same CSPRNG's; only the system calls are fewer.
const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let offset = 0;

/**
 * 128 random bits as 32 hex characters, for idempotency keys and request ids. `crypto.getRandomValues` rather than
 * `crypto.randomUUID`, which browsers withhold from pages served over plain HTTP (many hospital intranets).
 * @internal
 */
export function randomId(): string {
  if (offset + 16 > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_SIZE));
    offset = 0;
  }
  let id = '';
  for (const end = offset + 16; offset < end; offset++) {
    id += pool[offset]!.toString(16).padStart(2, '0');
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
