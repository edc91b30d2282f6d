// A transaction's statements on PostgreSQL run on one connection one after another, also when a use case sends
// several at once (the recognition facts read four tables with Promise.all inside a write's transaction):
// node-postgres queues such statements itself only with a deprecation warning, and pg 9 refuses them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresTestDatabase, postgresUrl } from '../testing/harness.js';

const url = postgresUrl();

describe.skipIf(!url)('a PostgreSQL transaction given statements at once', () => {
  let database: Awaited<ReturnType<typeof postgresTestDatabase>>;
  const warnings: string[] = [];
  const onWarning = (warning: Error) => void warnings.push(`${warning.name}: ${warning.message}`);

  beforeAll(async () => {
    database = await postgresTestDatabase(url!, undefined, 2);
    process.on('warning', onWarning);
  }, 60_000);

  afterAll(async () => {
    process.off('warning', onWarning);
    await database?.drop();
  });

  it('sends them one after another, each answered in turn, the ones after a failed one refused by PostgreSQL', async () => {
    const answers = await database.db
      .transaction(async (tx) => {
        const slow = tx.query<{ n: number }>('SELECT 1 AS n FROM pg_sleep(0.05)');
        const failing = tx.query('SELECT 1 / 0').catch((error: Error) => error.message);
        const after = tx.query<{ n: number }>('SELECT 2 AS n');
        return Promise.all([slow, failing, after]);
      })
      .catch((error: Error) => error.message);
    // The failed statement aborts the transaction, so PostgreSQL refuses the one after it: what matters is that
    // each statement got its own answer, in the order sent, and node-postgres never had two at once.
    expect(answers).toMatch(/current transaction is aborted|division by zero/);
    const [first, second] = await database.db.transaction((tx) =>
      Promise.all([
        tx.query<{ n: number }>('SELECT 1 AS n FROM pg_sleep(0.05)'),
        tx.query<{ n: number }>('SELECT 2 AS n'),
      ]),
    );
    expect(first.rows).toEqual([{ n: 1 }]);
    expect(second.rows).toEqual([{ n: 2 }]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
  });
});
