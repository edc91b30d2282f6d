import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem } from './problem.js';
import type { RouteResult } from './route.js';
import { sha256Hex } from '../crypto.js';

class KeyTaken extends Error {}

function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Runs a write in one transaction with its idempotency record, so the state change, its audit event and the
 * stored response commit together or not at all. With an `Idempotency-Key`, a second request with the same key
 * waits for the first (the primary key blocks it in PostgreSQL; PGlite runs transactions one at a time), then
 * replays the stored response; the same key with another request is a 422. Only successful responses are
 * stored: a request that failed changed nothing and runs again on retry.
 */
export async function runIdempotent(
  c: Context<AppEnv>,
  operationId: string,
  body: unknown,
  work: (tx: Queryable) => Promise<RouteResult>,
): Promise<RouteResult> {
  const { db, clock, config } = c.get('deps');
  const key = c.req.header('idempotency-key');
  if (!key) {
    return db.transaction(work);
  }
  const institutionId = c.get('actor').institutionId;
  // The path is part of the request: the same key on two different referrals is two different requests.
  const hash = await sha256Hex(`${operationId}\n${c.req.path}\n${canonical(body)}`);
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = clock();
    try {
      return await db.transaction(async (tx) => {
        await tx.query(
          'DELETE FROM idempotency_keys WHERE institution_id = $1 AND key = $2 AND created_at < $3',
          [institutionId, key, new Date(now.getTime() - config.idempotencyTtlHours * 3_600_000)],
        );
        const inserted = await tx.query(
          `INSERT INTO idempotency_keys (institution_id, key, operation, request_hash, created_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING key`,
          [institutionId, key, operationId, hash, now],
        );
        if (inserted.rows.length === 0) {
          throw new KeyTaken();
        }
        const result = await work(tx);
        await tx.query(
          `UPDATE idempotency_keys SET response_status = $3, response_body = $4, response_headers = $5
           WHERE institution_id = $1 AND key = $2`,
          [
            institutionId,
            key,
            result.status,
            JSON.stringify(result.body ?? null),
            JSON.stringify(result.headers ?? {}),
          ],
        );
        return result;
      });
    } catch (error) {
      if (!(error instanceof KeyTaken)) {
        throw error;
      }
    }
    const { rows } = await db.query<{
      request_hash: string;
      response_status: number;
      response_body: unknown;
      response_headers: Record<string, string>;
    }>(
      'SELECT request_hash, response_status, response_body, response_headers FROM idempotency_keys WHERE institution_id = $1 AND key = $2',
      [institutionId, key],
    );
    const stored = rows[0];
    if (!stored) {
      // The holder expired and was purged between our insert and our read: try the insert again.
      continue;
    }
    if (stored.request_hash !== hash) {
      throw new HttpProblem(422, 'idempotency_key_reused');
    }
    return {
      status: stored.response_status,
      body: stored.response_body,
      headers: { ...stored.response_headers, 'Idempotent-Replayed': 'true' },
    };
  }
  throw new HttpProblem(409, 'idempotency_request_in_progress');
}

/**
 * Deletes idempotency records past their time to live. A stored response can hold a patient's whole identity
 * (a coordinator's create), so records are kept no longer than replays need them.
 * @returns how many records were deleted
 */
export async function purgeExpiredIdempotencyKeys(
  db: Queryable,
  now: Date,
  ttlHours: number,
): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [
    new Date(now.getTime() - ttlHours * 3_600_000),
  ]);
  return rowCount;
}
