// One server under load, in its own process: the reference server (`alliance`, through its public factory) or
// the bare-route ceiling (`ceiling`), on in-memory PGlite or on PostgreSQL. The parent drives it over IPC: run SQL,
// migrate and seed, listen, and report the CPU this process spent and the requests it answered between two marks.
import { serve } from '@hono/node-server';
import type { Database, Queryable } from '@yilian/alliance-server';
import {
  createAllianceApp,
  loadMigrations,
  migrate,
  openPglite,
  openPostgres,
  seedAlliance,
} from '@yilian/alliance-server';
import type { AddressInfo } from 'node:net';
import { createCeilingApp } from './ceiling.js';
import { BENCH_SECRETS, NOW, POOL_SIZE, VIEWER } from './fixtures.js';

export type Target = 'alliance' | 'ceiling';
export interface ChildOptions {
  target: Target;
  /** A PostgreSQL URL, or absent for in-memory PGlite. */
  databaseUrl?: string;
}

export type Command =
  | { type: 'setup' }
  | { type: 'exec'; sql: string }
  | { type: 'query'; sql: string; params?: unknown[] }
  | { type: 'listen' }
  | { type: 'mark' }
  | { type: 'measure' }
  /** With BENCH_PROFILE=<dir>: writes the CPU profile since the first `mark` as <dir>/<target>-<label>.cpuprofile. */
  | { type: 'profile'; label: string }
  | { type: 'close' };

const options = JSON.parse(process.argv[2] ?? '{}') as ChildOptions;

/** Counts the SQL statements the app sends, so the table can show statements per request beside the ceiling's. */
function counting(db: Database): { db: Database; statements: () => number } {
  let n = 0;
  const wrap = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      n += 1;
      return q.query(sql, params);
    },
    exec: (sql) => {
      n += 1;
      return q.exec(sql);
    },
  });
  const counted: Database = {
    ...wrap(db),
    kind: db.kind,
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  };
  return { db: counted, statements: () => n };
}

/** The V8 profiler over the inspector, only under BENCH_PROFILE (its own cost would distort the figures). */
async function startProfiler(dir: string) {
  const { Session } = await import('node:inspector/promises');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  let running = false;
  return {
    async start() {
      if (!running) {
        running = true;
        await session.post('Profiler.start');
      }
    },
    async save(name: string) {
      if (running) {
        running = false;
        const { profile } = await session.post('Profiler.stop');
        mkdirSync(dir, { recursive: true });
        writeFileSync(`${dir}/${name}.cpuprofile`, JSON.stringify(profile));
      }
    },
  };
}
const profiler = process.env.BENCH_PROFILE ? await startProfiler(process.env.BENCH_PROFILE) : undefined;

const raw = options.databaseUrl ? await openPostgres(options.databaseUrl, POOL_SIZE) : await openPglite();
const { db, statements } = counting(raw);
let answered = 0;
let mark = { cpu: process.cpuUsage(), answered: 0, statements: 0 };

async function handle(command: Command): Promise<unknown> {
  switch (command.type) {
    case 'setup':
      await migrate(raw, await loadMigrations());
      await seedAlliance(raw, NOW);
      return null;
    case 'exec':
      await raw.exec(command.sql);
      return null;
    case 'query':
      return (await raw.query(command.sql, command.params)).rows;
    case 'listen': {
      const app =
        options.target === 'alliance'
          ? createAllianceApp({ db, clock: () => NOW, config: BENCH_SECRETS })
          : await createCeilingApp(db, VIEWER.institutionId);
      const server = serve({
        fetch: async (request: Request) => {
          const response = await app.fetch(request);
          answered += 1;
          return response;
        },
        hostname: '127.0.0.1',
        port: 0,
      });
      await new Promise((resolve) => server.once('listening', resolve));
      return (server.address() as AddressInfo).port;
    }
    case 'mark':
      await profiler?.start();
      mark = { cpu: process.cpuUsage(), answered, statements: statements() };
      return null;
    case 'profile':
      await profiler?.save(`${options.target}-${command.label}`);
      return null;
    case 'measure': {
      const cpu = process.cpuUsage(mark.cpu);
      return {
        cpuMicros: cpu.user + cpu.system,
        answered: answered - mark.answered,
        statements: statements() - mark.statements,
      };
    }
    case 'close':
      await raw.close();
      process.exit(0);
  }
}

process.on('message', (message: { id: number; command: Command }) => {
  handle(message.command).then(
    (value) => process.send?.({ id: message.id, value }),
    (error: unknown) => process.send?.({ id: message.id, error: String((error as Error)?.stack ?? error) }),
  );
});
process.send?.({ id: 0, value: 'ready' });
// Never outlive the bench: when the parent goes, so does this process.
process.on('disconnect', () => process.exit(0));
