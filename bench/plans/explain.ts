// `pnpm --filter @yilian/bench run plans`: the query plans of the hot requests, as the reference server sends them.
// It serves the real app on a database grown like the bench's (PostgreSQL when DATABASE_URL is set, in a schema of
// its own; else in-memory PGlite), sends each request once to warm the caches, then once more while every statement
// the server sends is also run under `EXPLAIN (ANALYZE, BUFFERS)` (rolled back, so nothing is written twice), and
// writes the statements and their plans to bench/plans/*.md. The plans are the database's, never typed by hand.
import { serve } from '@hono/node-server';
import type { Database, Queryable } from '@yilian/alliance-server';
import {
  createAllianceApp,
  loadMigrations,
  migrate,
  openPglite,
  openPostgres,
  seedAlliance,
  signToken,
} from '@yilian/alliance-server';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as prettier from 'prettier';
import {
  BENCH_SECRETS,
  BOOKING_CONSENT,
  NOW,
  SLOT_QUERY,
  VIEWER,
  benchPatient,
  bookingActivitySql,
  bookingSlotIds,
  growSql,
} from '../server/fixtures.js';
import { createTemplates } from '../server/run.js';

/** Referrals per 1× (as in the bench); the plans are taken at this many times the demo data. */
const SCALE = Number(process.env.PLANS_SCALE ?? 10);
const SCHEMA = 'yilian_plans';

interface Planned {
  sql: string;
  plan: string;
}

/** A database that, while `recording`, also runs every statement under EXPLAIN ANALYZE and keeps the plan. */
function explaining(db: Database) {
  const planned: Planned[] = [];
  let recording = false;
  const explain = async (q: Queryable, sql: string, params: readonly unknown[] | undefined) => {
    const { rows } = await q.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    planned.push({ sql, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
  };
  // Inside a transaction the explained run is undone by a savepoint; outside, by a transaction of its own.
  const wrap = (q: Queryable, inTransaction: boolean): Queryable => ({
    async query(sql, params) {
      if (recording) {
        if (inTransaction) {
          await q.query('SAVEPOINT plan');
          await explain(q, sql, params);
          await q.query('ROLLBACK TO SAVEPOINT plan');
        } else {
          await db
            .transaction(async (tx) => {
              await explain(tx, sql, params);
              throw new Rollback();
            })
            .catch((error: unknown) => {
              if (!(error instanceof Rollback)) {
                throw error;
              }
            });
        }
      }
      return q.query(sql, params);
    },
    exec: (sql) => q.exec(sql),
  });
  const wrapped: Database = {
    ...wrap(db, false),
    kind: db.kind,
    transaction: (work) => db.transaction((tx) => work(wrap(tx, true))),
    close: () => db.close(),
  };
  return {
    db: wrapped,
    async record(work: () => Promise<void>): Promise<Planned[]> {
      planned.length = 0;
      recording = true;
      try {
        await work();
      } finally {
        recording = false;
      }
      return [...planned];
    },
  };
}

class Rollback extends Error {}

async function open(): Promise<{ db: Database; database: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    return { db: await openPglite(), database: 'PGlite' };
  }
  const admin = await openPostgres(url, 1);
  await admin.exec(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; CREATE SCHEMA ${SCHEMA};`);
  await admin.close();
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${SCHEMA}`);
  const db = await openPostgres(u.toString(), 4);
  const { rows } = await db.query<{ version: string }>('SHOW server_version');
  return { db, database: `PostgreSQL ${rows[0]?.version ?? ''}`.trim() };
}

const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

async function main(): Promise<void> {
  const { db: raw, database } = await open();
  await migrate(raw, await loadMigrations());
  await seedAlliance(raw, NOW);
  await raw.exec(bookingActivitySql('plans'));
  const { db, record } = explaining(raw);
  const app = createAllianceApp({ db, clock: () => NOW, config: BENCH_SECRETS });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = await signToken(VIEWER, BENCH_SECRETS.tokenSecret, { now: NOW, expiresIn: '24h' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  try {
    const template = await createTemplates(base, headers);
    const { rows: ids } = await raw.query<{ id: string }>('SELECT id FROM institutions ORDER BY id');
    await raw.exec(
      growSql(
        0,
        SCALE * 1000,
        template,
        ids.map((r) => r.id),
      ),
    );

    const slots = bookingSlotIds('plans');
    let patient = 0;
    const requests: Record<string, { name: string; send: () => Promise<Response> }> = {
      booking: {
        name: 'A booking: `POST /v1/appointments` with an `Idempotency-Key`, a distinct patient',
        send: () => {
          const i = patient++;
          return fetch(`${base}/v1/appointments`, {
            method: 'POST',
            headers: { ...headers, 'idempotency-key': `plans-${i}` },
            body: JSON.stringify({
              slotId: slots[i % slots.length],
              patient: benchPatient(i),
              consent: BOOKING_CONSENT,
            }),
          });
        },
      },
      slots: {
        name: 'Slots for three weeks: `GET /v1/slots`',
        send: () => fetch(`${base}/v1/slots?${new URLSearchParams(SLOT_QUERY)}`, { headers }),
      },
      referrals: {
        name: `The referral list: \`GET /v1/referrals\` (${(SCALE * 1000).toLocaleString('en')} referrals)`,
        send: () => fetch(`${base}/v1/referrals`, { headers }),
      },
    };
    const sections: Record<string, string[]> = {};
    for (const [id, request] of Object.entries(requests)) {
      // Twice: the first read after the data grew expires what is due, the second sees the steady state.
      await (await request.send()).arrayBuffer();
      const warm = await request.send();
      if (!warm.ok) {
        throw new Error(`${id}: ${warm.status} ${await warm.text()}`);
      }
      let status = 0;
      const planned = await record(async () => {
        const response = await request.send();
        status = response.status;
        await response.arrayBuffer();
      });
      sections[id] = [
        `## ${request.name}`,
        '',
        `Answered ${status}, in ${planned.length} statement${planned.length === 1 ? '' : 's'}.`,
        '',
        ...planned.flatMap((p, i) => [
          `### ${i + 1}. \`${oneLine(p.sql).slice(0, 90)}${oneLine(p.sql).length > 90 ? '…' : ''}\``,
          '',
          '```sql',
          p.sql.trim(),
          '```',
          '',
          '```',
          p.plan,
          '```',
          '',
        ]),
      ];
    }
    const header = (title: string) => [
      `# ${title}`,
      '',
      `Written by \`pnpm --filter @yilian/bench run plans\` (bench/plans/explain.ts) on ${database}, with the bench's data at ${SCALE}× (${(SCALE * 1000).toLocaleString('en')} referrals, ${(SCALE * 10_000).toLocaleString('en')} results, ${(SCALE * 2000).toLocaleString('en')} events). Every statement the reference server sent for one request (after a warm-up request), with \`EXPLAIN (ANALYZE, BUFFERS)\` of it, run and rolled back. Times are one run's, on a shared machine: read the plan's shape and buffers, not the milliseconds.`,
      '',
    ];
    const files: [string, string[]][] = [
      ['booking.md', [...header('Query plans: a booking'), ...sections.booking!]],
      [
        'lists.md',
        [
          ...header('Query plans: the slot listing and the referral list'),
          ...sections.slots!,
          ...sections.referrals!,
        ],
      ],
    ];
    const config = (await prettier.resolveConfig(new URL('../../README.md', import.meta.url))) ?? {};
    for (const [file, lines] of files) {
      const path = new URL(`./${file}`, import.meta.url);
      writeFileSync(path, await prettier.format(lines.join('\n'), { ...config, parser: 'markdown' }));
      console.log(`wrote bench/plans/${file}`);
    }
  } finally {
    server.close();
    await raw.close();
  }
}

await main();
