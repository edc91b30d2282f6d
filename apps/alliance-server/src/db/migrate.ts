import type { Database } from './database.js';
import { sha256Hex } from '../crypto.js';

/** One SQL migration: its file name (which orders it) and its text. */
export interface Migration {
  name: string;
  sql: string;
}

/** A migration that was applied with other content than the file has now. */
export class MigrationEditedError extends Error {
  constructor(readonly migration: string) {
    super(`Migration ${migration} was edited after it was applied. Add a new migration instead.`);
    this.name = 'MigrationEditedError';
  }
}

/**
 * Applies the migrations not yet applied, in name order, each in its own transaction with its record in
 * `schema_migrations`; refuses to run when an applied migration's text changed. An advisory lock keeps two
 * server processes starting at once on one PostgreSQL from applying the same file twice.
 * @returns the names applied now
 */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const ordered = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') {
      await tx.query('SELECT pg_advisory_xact_lock(7216001)');
    }
    const { rows } = await tx.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM schema_migrations',
    );
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    for (const migration of ordered) {
      const checksum = await sha256Hex(migration.sql);
      const previous = done.get(migration.name);
      if (previous !== undefined) {
        if (previous !== checksum) {
          throw new MigrationEditedError(migration.name);
        }
        continue;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
        migration.name,
        checksum,
      ]);
      applied.push(migration.name);
    }
  });
  return applied;
}
