import type { Queryable } from '../db/database.js';

/** Whether the database answers a statement (readiness). Throws when it does not. */
export async function pingDatabase(db: Queryable): Promise<void> {
  await db.query('SELECT 1');
}
