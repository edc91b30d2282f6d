import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';

/** What a directory read runs with: a connection and who asks (their alliances bound what they may see). */
export interface DirectoryContext {
  db: Queryable;
  actor: Actor;
}
