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
  return `req_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
