import type { Actor } from '../../auth.js';
import type { Database, Queryable } from '../../db/database.js';

/** A referral change: it runs in the caller's transaction (with its idempotency record). */
export interface ReferralWriteContext {
  tx: Queryable;
  actor: Actor;
  now: Date;
}

/** A referral read: it first sweeps due expiries in a transaction of its own, then reads. */
export interface ReferralReadContext {
  db: Database;
  actor: Actor;
  now: Date;
}
