import { readdir, readFile } from 'node:fs/promises';
import type { Migration } from './migrate.js';

const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);

/** The SQL migrations shipped with the server, read from its `migrations/` folder. */
export async function loadMigrations(): Promise<Migration[]> {
  const names = (await readdir(MIGRATIONS_DIR)).filter((n) => n.endsWith('.sql')).sort();
  return Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(new URL(name, MIGRATIONS_DIR), 'utf8') })),
  );
}
