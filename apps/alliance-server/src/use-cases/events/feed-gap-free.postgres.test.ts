// The event feed without a global writer lock: many writers on several PostgreSQL connections commit in any
// order while a reader polls with `after`; the reader must read every committed event exactly once, in strictly
// increasing sequence, and never one that rolled back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../auth.js';
import type { Database } from '../../db/database.js';
import { appendEvent } from '../../stores/event-store.js';
import { postgresTestDatabase, postgresUrl } from '../../testing/harness.js';
import { listEvents } from './list-events.js';

const url = postgresUrl();
const READER: Actor = { institutionId: 'ins_gap_free', role: 'coordinator', clinicianId: 'cln_gap_free' };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = () => pause(Math.floor(Math.random() * 12));

describe.skipIf(!url)('event feed on PostgreSQL: gap-free for readers without a writer lock', () => {
  let database: Awaited<ReturnType<typeof postgresTestDatabase>>;
  let pools: Database[];
  /** The reader's own pool, so writers never queue it. */
  let reading: Database;

  beforeAll(async () => {
    database = await postgresTestDatabase(url!, undefined, 12);
    // Three more pools: three more server processes, as far as PostgreSQL can tell.
    pools = [database.db, await database.open(8), await database.open(8), await database.open(8)];
    reading = await database.open(2);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([...pools.slice(1), reading].map((p) => p.close()));
    await database?.drop();
  });

  it('never lets a polling reader miss an event that commits later with a lower position', async () => {
    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    const writer = async (w: number) => {
      const db = pools[w % pools.length]!;
      for (let t = 0; t < 6; t++) {
        const ids = [0, 1, 2].map((e) => `gap_${w}_${t}_${e}`);
        const rollback = Math.random() < 0.15;
        try {
          await db.transaction(async (tx) => {
            // Some transactions take their xid before others and append after them, some hold their events
            // open: commit order differs from append order in every way it can.
            if (Math.random() < 0.5) {
              await tx.query('SELECT pg_current_xact_id()');
            }
            for (const id of ids) {
              await jitter();
              await appendEvent(tx, {
                type: 'result.registered',
                resourceId: id,
                at: new Date(),
                data: {},
                institutionIds: [READER.institutionId],
              });
            }
            await jitter();
            if (rollback) {
              throw new Error('rolled back on purpose');
            }
          });
          ids.forEach((id) => committed.add(id));
        } catch {
          ids.forEach((id) => rolledBack.add(id));
        }
      }
    };

    const seen: { id: string; sequence: number }[] = [];
    let after: string | undefined;
    let writing = true;
    const poll = async () => {
      const page = await listEvents({ db: reading, actor: READER }, { after, limit: 7 });
      seen.push(...page.items.map((e) => ({ id: e.resourceId, sequence: e.sequence })));
      after = page.nextCursor ?? undefined;
      return page.items.length;
    };
    let midflight = 0;
    const reader = async () => {
      while (writing) {
        midflight += await poll();
      }
      while ((await poll()) > 0) {
        // Drain what committed last.
      }
    };

    const readerDone = reader();
    await Promise.all(Array.from({ length: 40 }, (_, w) => writer(w)));
    writing = false;
    await readerDone;

    const ids = seen.map((e) => e.id);
    // The reader did read while writers were in flight (else the test proves nothing).
    expect(midflight).toBeGreaterThan(0);
    expect(committed.size).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(committed);
    expect(ids.filter((id) => rolledBack.has(id))).toEqual([]);
    const sequences = seen.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    // Each transaction's events keep their order.
    for (const id of ids) {
      const [, w, t, e] = id.split('_');
      if (e !== '0') {
        expect(ids.indexOf(id)).toBeGreaterThan(ids.indexOf(`gap_${w}_${t}_${Number(e) - 1}`));
      }
    }
  }, 120_000);
});
