import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

/** The rows of one statement. */
export interface QueryResult<TRow> {
  rows: TRow[];
  rowCount: number;
}

/** What the routes need of a database: statements and transactions. PGlite and PostgreSQL both provide it. */
export interface Queryable {
  query<TRow = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<TRow>>;
  /** Runs a script of several statements without parameters (migrations, seeds). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

/** Wraps an open PGlite. Its transactions are queued one after another: it is a single connection. */
export function pgliteDatabase(pg: PGlite): Database {
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<TRow>(sql: string, params?: readonly unknown[]) {
      const result = await q.query<TRow>(sql, params as unknown[] | undefined);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
  };
}

const preparedNames = new Map<string, string>();

/**
 * Marks a statement's text as one PostgreSQL prepares: each pooled connection parses and plans it once, then only
 * binds and executes it. For the constant texts of hot statements whose planning costs as much as their run (a
 * booking's, with their `WITH` members): each stays prepared on every connection of every pool.
 * @returns the text, unchanged
 */
export function prepared(sql: string): string {
  if (!preparedNames.has(sql)) {
    preparedNames.set(sql, `yl_${preparedNames.size + 1}`);
  }
  return sql;
}

/** Wraps a `pg` pool: each transaction holds one pooled connection from BEGIN to COMMIT. */
export function postgresDatabase(pool: Pool): Database {
  const wrap = (q: Pool | PoolClient): Queryable => ({
    async query<TRow>(sql: string, params?: readonly unknown[]) {
      const name = preparedNames.get(sql);
      const values = params as unknown[] | undefined;
      const result = await (name ? q.query({ name, text: sql, values }) : q.query(sql, values));
      return { rows: result.rows as TRow[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  // A transaction's statements run on its one connection one after another, also when a use case sends several at
  // once (`Promise.all` over reads): node-postgres queues them itself, deprecated and gone in pg 9.
  const inOrder = (q: Queryable): Queryable => {
    let last: Promise<unknown> = Promise.resolve();
    const next = <T>(run: () => Promise<T>): Promise<T> => {
      const result = last.then(run);
      last = result.catch(() => undefined);
      return result;
    };
    return {
      query: (sql, params) => next(() => q.query(sql, params)),
      exec: (sql) => next(() => q.exec(sql)),
    };
  };
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work(inOrder(wrap(client)));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens PGlite in a folder, or in memory when `dataDir` is absent. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  return pgliteDatabase(pg);
}

/** Opens a PostgreSQL pool on `DATABASE_URL`. */
export async function openPostgres(connectionString: string, max = 10): Promise<Database> {
  const pg = await import('pg');
  const Pool = pg.default.Pool;
  return postgresDatabase(new Pool({ connectionString, max }));
}
