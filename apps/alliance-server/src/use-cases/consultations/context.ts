import type { Actor } from '../../auth.js';
import type { Database, Queryable } from '../../db/database.js';
import type { ReferralSigner } from '../../signing.js';

/** A consultation change: it runs in the caller's transaction (with its idempotency record). */
export interface ConsultationWriteContext {
  tx: Queryable;
  actor: Actor;
  now: Date;
}

/** A consultation read. */
export interface ConsultationReadContext {
  db: Database;
  actor: Actor;
  now: Date;
}

/** The server's signer, as referrals use it: the digest-only default or a hospital's CA. */
export interface WithSigner {
  signer: ReferralSigner;
}
