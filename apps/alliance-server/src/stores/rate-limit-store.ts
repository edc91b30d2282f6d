import type { Queryable } from '../db/database.js';

/**
 * Counts one request in a bucket's window and returns the count so far. The counter lives in the database so
 * every server process behind a load balancer shares it.
 */
export async function countRequest(db: Queryable, bucket: string, windowStart: Date): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    `INSERT INTO rate_limits (bucket, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_limits.count + 1 RETURNING count`,
    [bucket, windowStart],
  );
  return Number(rows[0]?.count ?? 0);
}
