const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

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
  const random = crypto.getRandomValues(new Uint8Array(16));
  let tail = '';
  for (const byte of random) {
    tail += CROCKFORD[byte % 32];
  }
  return `${prefix}_${head}${tail}`;
}

/** A request id for the logs and problem details. */
export function newRequestId(): string {
  // The first 16 hex digits of a UUID without its dashes, cut out directly: every request makes one (#12).
  const uuid = crypto.randomUUID();
  return `req_${uuid.slice(0, 8)}${uuid.slice(9, 13)}${uuid.slice(14, 18)}`;
}
