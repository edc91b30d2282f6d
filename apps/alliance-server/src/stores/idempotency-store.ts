import type { Queryable } from '../db/database.js';

/** A stored answer to a request made with an `Idempotency-Key`. */
export interface StoredResponse {
  requestHash: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Claims a key for a request, in the caller's transaction, in one statement: a new key is inserted, and the
 * institution's own record of it is taken over (as if deleted and inserted anew) only when it is past its time to
 * live. In PostgreSQL a second claim of the same key waits here until the first commits, then finds it held.
 * @returns whether this request now holds the key
 */
export async function claimIdempotencyKey(
  tx: Queryable,
  claim: {
    institutionId: string;
    key: string;
    operation: string;
    requestHash: string;
    now: Date;
    expiredBefore: Date;
  },
): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO idempotency_keys (institution_id, key, operation, request_hash, created_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (institution_id, key) DO UPDATE SET operation = EXCLUDED.operation,
       request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at, response_status = NULL,
       response_body = NULL, response_headers = NULL
     WHERE idempotency_keys.created_at < $6
     RETURNING key`,
    [claim.institutionId, claim.key, claim.operation, claim.requestHash, claim.now, claim.expiredBefore],
  );
  return inserted.rows.length > 0;
}

/** Records the answer of the request holding a key, in the same transaction as its change. */
export async function storeIdempotentResponse(
  tx: Queryable,
  institutionId: string,
  key: string,
  response: { status: number; body: unknown; headers: Record<string, string> },
): Promise<void> {
  await tx.query(
    `UPDATE idempotency_keys SET response_status = $3, response_body = $4, response_headers = $5
     WHERE institution_id = $1 AND key = $2`,
    [
      institutionId,
      key,
      response.status,
      JSON.stringify(response.body ?? null),
      JSON.stringify(response.headers),
    ],
  );
}

/** The stored answer of a key, or `undefined` when the key is no longer held. */
export async function findIdempotentResponse(
  db: Queryable,
  institutionId: string,
  key: string,
): Promise<StoredResponse | undefined> {
  const { rows } = await db.query<{
    request_hash: string;
    response_status: number;
    response_body: unknown;
    response_headers: Record<string, string>;
  }>(
    'SELECT request_hash, response_status, response_body, response_headers FROM idempotency_keys WHERE institution_id = $1 AND key = $2',
    [institutionId, key],
  );
  const row = rows[0];
  return row
    ? {
        requestHash: row.request_hash,
        status: row.response_status,
        body: row.response_body,
        headers: row.response_headers,
      }
    : undefined;
}

/**
 * Deletes idempotency records created before `before`.
 * @returns how many records were deleted
 */
export async function deleteIdempotencyKeysBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [before]);
  return rowCount;
}
