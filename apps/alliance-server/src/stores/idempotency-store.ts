import type { Queryable } from '../db/database.js';
import { jsonText } from '../json-text.js';

/** A stored answer to a request made with an `Idempotency-Key`. */
export interface StoredResponse {
  requestHash: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** What claiming a key for a request names. */
export interface KeyClaim {
  institutionId: string;
  key: string;
  operation: string;
  requestHash: string;
  now: Date;
  expiredBefore: Date;
}

/**
 * The key of a request, held for a write that claims it and stores its answer in its own statements rather than
 * in two more round trips of its transaction. The store that claims it sets `claimed`; the one that stores the
 * answer with the change sets `stored`.
 */
export interface KeyHold {
  claim: KeyClaim;
  claimed?: boolean;
  stored?: boolean;
}

/** Another request holds the key: nothing of this one may be stored, and the holder's answer is replayed. */
export class IdempotencyKeyTaken extends Error {}

/**
 * The claim of a key as one statement (or a `WITH` member, returning `key` when claimed), its parameters
 * (`claimKeyParams`) numbered from `$first`: a new key is inserted, and the institution's own record of it is
 * taken over (as if deleted and inserted anew) only when it is past its time to live. In PostgreSQL a second
 * claim of the same key waits here until the first commits, then finds it held.
 */
export function claimKeySql(first = 1): string {
  const $ = (n: number) => `$${first + n}`;
  return `INSERT INTO idempotency_keys (institution_id, key, operation, request_hash, created_at)
     VALUES (${$(0)}::text, ${$(1)}::text, ${$(2)}::text, ${$(3)}::text, ${$(4)}::timestamptz)
     ON CONFLICT (institution_id, key) DO UPDATE SET operation = EXCLUDED.operation,
       request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at, response_status = NULL,
       response_body = NULL, response_headers = NULL
     WHERE idempotency_keys.created_at < ${$(5)}::timestamptz
     RETURNING key`;
}

/** The parameters of `claimKeySql`, in order. */
export function claimKeyParams(claim: KeyClaim): unknown[] {
  return [claim.institutionId, claim.key, claim.operation, claim.requestHash, claim.now, claim.expiredBefore];
}

/** A stored answer: what a replay of the key returns. */
export interface KeyAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * The recording of the answer of the request holding a key as one statement (or a `WITH` member), its
 * parameters (`storeAnswerParams`) numbered from `$first`; `condition` (SQL) limits it to a change that happened.
 */
export function storeAnswerSql(first = 1, condition = 'true'): string {
  const $ = (n: number) => `$${first + n}`;
  return `UPDATE idempotency_keys SET response_status = ${$(2)}::int, response_body = ${$(3)}::jsonb,
       response_headers = ${$(4)}::jsonb
     WHERE institution_id = ${$(0)}::text AND key = ${$(1)}::text AND ${condition}`;
}

/** The parameters of `storeAnswerSql`, in order. */
export function storeAnswerParams(institutionId: string, key: string, answer: KeyAnswer): unknown[] {
  return [
    institutionId,
    key,
    answer.status,
    jsonText(answer.body ?? null),
    JSON.stringify(answer.headers ?? {}),
  ];
}

/**
 * The claim of a key together with its answer, as a `WITH` member inserting one row per row of `source` (a
 * change that happened), returning `key` when claimed: for a write that is one statement outside a transaction,
 * so that a held key always has its answer. Its parameters (`claimAnsweredParams`) are numbered from `$first`.
 * The caller must abort its statement when the key was not claimed (`yl_refuse`), or its change stays unkeyed.
 */
export function claimAnsweredSql(first: number, source: string): string {
  const $ = (n: number) => `$${first + n}`;
  return `INSERT INTO idempotency_keys AS k (institution_id, key, operation, request_hash, created_at, response_status,
       response_body, response_headers)
     SELECT ${$(0)}::text, ${$(1)}::text, ${$(2)}::text, ${$(3)}::text, ${$(4)}::timestamptz, ${$(6)}::int,
       ${$(7)}::jsonb, ${$(8)}::jsonb
     FROM ${source}
     ON CONFLICT (institution_id, key) DO UPDATE SET operation = EXCLUDED.operation,
       request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,
       response_status = EXCLUDED.response_status, response_body = EXCLUDED.response_body,
       response_headers = EXCLUDED.response_headers
     WHERE k.created_at < ${$(5)}::timestamptz
     RETURNING key`;
}

/** The parameters of `claimAnsweredSql`, in order. */
export function claimAnsweredParams(claim: KeyClaim, answer: KeyAnswer): unknown[] {
  return [...claimKeyParams(claim), ...storeAnswerParams(claim.institutionId, claim.key, answer).slice(2)];
}

/** The SQLSTATE of `yl_refuse` (migration 013): a statement aborted because its key was taken meanwhile. */
export const KEY_TAKEN_SQLSTATE = 'YL001';

const CLAIM_KEY = claimKeySql();
const STORE_ANSWER = storeAnswerSql();

/**
 * Claims a key for a request, in the caller's transaction, in one statement (`claimKeySql`).
 * @returns whether this request now holds the key
 */
export async function claimIdempotencyKey(tx: Queryable, claim: KeyClaim): Promise<boolean> {
  const inserted = await tx.query(CLAIM_KEY, claimKeyParams(claim));
  return inserted.rows.length > 0;
}

/** Records the answer of the request holding a key, in the same transaction as its change. */
export async function storeIdempotentResponse(
  tx: Queryable,
  institutionId: string,
  key: string,
  response: KeyAnswer,
): Promise<void> {
  await tx.query(STORE_ANSWER, storeAnswerParams(institutionId, key, response));
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
