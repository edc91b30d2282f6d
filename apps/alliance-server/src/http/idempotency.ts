import type { Context } from 'hono';
import type { AppEnv } from '../context.js';
import { sha256Hex } from '../crypto.js';
import type { Database, Queryable } from '../db/database.js';
import { Failure } from '../failure.js';
import type { KeyHold } from '../stores/idempotency-store.js';
import {
  IdempotencyKeyTaken,
  claimIdempotencyKey,
  deleteIdempotencyKeysBefore,
  findIdempotentResponse,
  storeIdempotentResponse,
} from '../stores/idempotency-store.js';
import type { Actor } from '../auth.js';
import { patientFor } from '../use-cases/shared/patient.js';
import type { RouteResult } from './route-result.js';

type Patient = Parameters<typeof patientFor>[1];

/**
 * A stored response as this caller's role may read it: every `patient` in it passes through `patientFor`, so a
 * key replayed by another role of the institution (a referrer after a coordinator) sees the identity masked, as a
 * read would show it. A response stored masked stays masked.
 */
function maskedFor(actor: Actor, value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => maskedFor(actor, item));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const isPatient =
          key === 'patient' &&
          item &&
          typeof item === 'object' &&
          typeof (item as Patient).idNumber === 'string';
        return [key, isPatient ? patientFor(actor, item as Patient) : maskedFor(actor, item)];
      }),
    );
  }
  return value;
}

/**
 * The body's JSON with every object's keys in code-unit order, the text a request is hashed by. Loops rather than
 * entries → sort → map → join: it runs on every keyed write (bench profile, #12), and its text must stay the same
 * for the keys already stored.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      text += (i === 0 ? '' : ',') + canonical(value[i]);
    }
    return `${text}]`;
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    let text = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      text += `${i === 0 ? '' : ','}${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`;
    }
    return `${text}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Runs a write in one transaction with its idempotency record, so the state change, its audit event and the
 * stored response commit together or not at all. With an `Idempotency-Key`, a second request with the same key
 * waits for the first (the primary key blocks it in PostgreSQL; PGlite runs transactions one at a time), then
 * replays the stored response; the same key with another request is a 422. Only successful responses are
 * stored: a request that failed changed nothing and runs again on retry.
 *
 * With `folds`, the work is handed the key (`KeyHold`) and claims it and stores its answer in its own statements,
 * saving two round trips (the booking's hot path); it must claim the key before or with anything it stores, and
 * throw `IdempotencyKeyTaken` when another request holds it. With `folds: 'statement'` the work runs outside any
 * transaction, on the database itself, and opens one if it needs one: its own statements are atomic.
 */
export async function runIdempotent(
  c: Context<AppEnv>,
  operationId: string,
  body: unknown,
  work: (tx: Queryable, hold?: KeyHold) => Promise<RouteResult>,
  folds: false | 'transaction' | 'statement' = false,
): Promise<RouteResult> {
  const { db, clock, config } = c.get('deps');
  const key = c.req.header('idempotency-key');
  const inTransaction = <T>(run: (tx: Queryable) => Promise<T>): Promise<T> =>
    folds === 'statement' ? run(db) : db.transaction(run);
  if (!key) {
    return inTransaction((tx) => work(tx));
  }
  const institutionId = c.get('actor').institutionId;
  // The path is part of the request: the same key on two different referrals is two different requests.
  const requestHash = await sha256Hex(`${operationId}\n${c.req.path}\n${canonical(body)}`);
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = clock();
    try {
      return await inTransaction(async (tx) => {
        const claim = {
          institutionId,
          key,
          operation: operationId,
          requestHash,
          now,
          expiredBefore: new Date(now.getTime() - config.idempotencyTtlHours * 3_600_000),
        };
        const hold: KeyHold = { claim };
        if (!folds) {
          hold.claimed = await claimIdempotencyKey(tx, claim);
          if (!hold.claimed) {
            throw new IdempotencyKeyTaken();
          }
        }
        const result = await work(tx, folds ? hold : undefined);
        if (!hold.claimed) {
          // A folding work that answered without claiming would have stored its change unguarded.
          throw new Error(`${operationId} answered without claiming its idempotency key`);
        }
        if (!hold.stored) {
          if (folds === 'statement') {
            throw new Error(`${operationId} answered without storing its answer`);
          }
          await storeIdempotentResponse(tx, institutionId, key, {
            status: result.status,
            body: result.body,
            headers: result.headers ?? {},
          });
        }
        return result;
      });
    } catch (error) {
      if (!(error instanceof IdempotencyKeyTaken)) {
        throw error;
      }
    }
    const stored = await findIdempotentResponse(db, institutionId, key);
    if (!stored) {
      // The holder expired and was purged between our insert and our read: try the insert again.
      continue;
    }
    if (stored.requestHash !== requestHash) {
      throw new Failure('idempotency_key_reused');
    }
    return {
      status: stored.status,
      body: maskedFor(c.get('actor'), stored.body),
      headers: { ...stored.headers, 'Idempotent-Replayed': 'true' },
    };
  }
  throw new Failure('idempotency_request_in_progress');
}

/**
 * Deletes idempotency records past their time to live. A stored response can hold a patient's whole identity
 * (a coordinator's create), so records are kept no longer than replays need them.
 * @returns how many records were deleted
 */
export async function purgeExpiredIdempotencyKeys(
  db: Database | Queryable,
  now: Date,
  ttlHours: number,
): Promise<number> {
  return deleteIdempotencyKeysBefore(db, new Date(now.getTime() - ttlHours * 3_600_000));
}
