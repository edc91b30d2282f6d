const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// One CSPRNG call per id was ~4 % of a booking's server CPU (a synchronous RandomBytes job each, bench profile,
// #12): the bytes are drawn 4 KiB at a time and handed out in order, each byte once, so ids stay as unpredictable.
const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let used = POOL_SIZE;

// The stories' in-page server runs where `getRandomValues` (and `randomUUID`) were replaced by a generator reseeded
// per story: there each id draws its own bytes, as before the pool, so the ids a story shows never depend on how
// many ids the stories before it drew (the visual baselines show them).
const seeded = () => crypto.getRandomValues !== Object.getPrototypeOf(crypto).getRandomValues;

/** The next `n` random bytes' offset in `pool`, refilling it when fewer than `n` are left. */
function take(n: number): number {
  if (used + n > POOL_SIZE) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const at = used;
  used += n;
  return at;
}

/**
 * A new opaque id with a type prefix (`ref_…`): 48 bits of time and 80 random bits in Crockford base32, so ids
 * sort roughly by creation and never collide across server processes.
 */
export function newId(prefix: string, now: Date): string {
  let time = now.getTime();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const bytes = seeded() ? crypto.getRandomValues(new Uint8Array(16)) : pool;
  const at = bytes === pool ? take(16) : 0;
  let tail = '';
  for (let i = at; i < at + 16; i++) {
    tail += CROCKFORD[bytes[i]! % 32];
  }
  return `${prefix}_${head}${tail}`;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** A request id for the logs and problem details: 64 random bits as hex. */
export function newRequestId(): string {
  if (seeded()) {
    return `req_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
  }
  const at = take(8);
  let id = 'req_';
  for (let i = at; i < at + 8; i++) {
    id += HEX[pool[i]!];
  }
  return id;
}
