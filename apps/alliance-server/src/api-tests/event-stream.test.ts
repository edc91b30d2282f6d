// The live event stream (`GET /v1/events/stream`) through `app.request`, on PGlite and, with DATABASE_URL, on
// PostgreSQL: the wire framing is read as raw text, as a proxy or a browser would see it.
import type { components } from '@yilian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllianceAppOptions } from '../app.js';
import type { Database } from '../db/database.js';
import type { TestServer } from '../testing/harness.js';
import {
  createTestServer,
  examplePatient,
  postgresTestDatabase,
  postgresUrl,
  seededDatabase,
} from '../testing/harness.js';

type Event = components['schemas']['Event'];
type EventPage = components['schemas']['EventPage'];
type Problem = components['schemas']['Problem'];

const STREAM = { pollMs: 20, heartbeatMs: 60, retryMs: 1500 };

interface Message {
  event?: string;
  id?: string;
  retry?: string;
  data?: string;
}

/** An open stream read as text: its messages and comments as they arrive. */
async function openStream(
  server: Pick<TestServer, 'app'>,
  token: string | undefined,
  options: { headers?: Record<string, string>; query?: string } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }
  const res = await server.app.request(`/v1/events/stream${options.query ?? ''}`, { headers });
  const messages: Message[] = [];
  const comments: string[] = [];
  const raw: string[] = [];
  let ended = false;
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const pump = (async () => {
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (done) {
        ended = true;
        return;
      }
      raw.push(value);
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const message: Message = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) {
            comments.push(line);
            continue;
          }
          const [field, ...rest] = line.split(': ');
          (message as Record<string, string>)[field!] = rest.join(': ');
        }
        if (Object.keys(message).length > 0) {
          messages.push(message);
        }
      }
    }
  })();
  return {
    res,
    messages,
    comments,
    raw,
    get ended() {
      return ended;
    },
    /** The events received so far (every message but `ready`). */
    events: () => messages.filter((m) => m.event !== 'ready').map((m) => JSON.parse(m.data!) as Event),
    /** Waits until `check` holds, or fails after `timeoutMs`. */
    async until(check: () => boolean, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline) {
          throw new Error(`timed out; received ${JSON.stringify(messages)}`);
        }
        await pause(10);
      }
    },
    async close() {
      await reader.cancel();
      await pump;
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function registration() {
  return {
    itemCode: 'LAB_HBA1C',
    performingInstitutionId: 'ins_cangzhou_central',
    performedAt: '2026-11-10T08:30:00+08:00',
    reportStatus: 'final',
    patient: examplePatient(),
  };
}

/** A database whose statements are counted, to see whether anything still polls. */
function counted(db: Database): { db: Database; count: () => number } {
  let n = 0;
  const wrapped: Database = {
    kind: db.kind,
    query: (sql, params) => ((n += 1), db.query(sql, params)),
    exec: (sql) => ((n += 1), db.exec(sql)),
    transaction: (work) => ((n += 1), db.transaction(work)),
    close: () => db.close(),
  };
  return { db: wrapped, count: () => n };
}

const url = postgresUrl();
const databases: {
  name: string;
  skip: boolean;
  open: () => Promise<{ db: Database; second?: () => Promise<Database>; drop: () => Promise<void> }>;
}[] = [
  {
    name: 'PGlite',
    skip: false,
    open: async () => {
      const db = await seededDatabase();
      return { db, drop: () => db.close() };
    },
  },
  {
    name: 'PostgreSQL',
    skip: !url,
    open: async () => {
      const database = await postgresTestDatabase(url!);
      const extra: Database[] = [];
      return {
        db: database.db,
        second: async () => {
          const pool = await database.open(4);
          extra.push(pool);
          return pool;
        },
        drop: async () => {
          await Promise.all(extra.map((pool) => pool.close()));
          await database.drop();
        },
      };
    },
  },
];

describe.each(databases)('the live event stream on $name', ({ skip, open }) => {
  let database: Awaited<ReturnType<(typeof databases)[number]['open']>>;
  let queries: ReturnType<typeof counted>;
  let server: TestServer;
  const config: Partial<AllianceAppOptions['config']> = { eventStream: { ...STREAM, perClinician: 2 } };

  beforeAll(async () => {
    if (skip) {
      return;
    }
    database = await open();
    queries = counted(database.db);
    server = await createTestServer({ db: queries.db, config });
  }, 60_000);
  afterAll(async () => {
    await database?.drop();
  });

  it.skipIf(skip)('sends ready with its position, then each event framed as the contract says', async () => {
    const cz = await server.tokenFor('cln_cz_lab_zhao');
    const stream = await openStream(server, cz);
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toBe('text/event-stream');
    expect(stream.res.headers.get('cache-control')).toBe('no-cache');
    expect(stream.res.headers.get('x-accel-buffering')).toBe('no');
    await stream.until(() => stream.messages.length > 0);
    const ready = stream.messages[0]!;
    expect(ready).toEqual({
      event: 'ready',
      id: expect.stringMatching(/^evt_\d{12}$/),
      retry: '1500',
      data: JSON.stringify({ cursor: ready.id }),
    });
    expect(stream.raw.join('')).toMatch(
      /^event: ready\ndata: \{"cursor":"evt_\d+"\}\nid: evt_\d+\nretry: 1500\n\n/,
    );

    await server.call('registerResult', { token: cz, body: registration() });
    await server.call('registerResult', { token: cz, body: registration() });
    await stream.until(() => stream.events().length === 2);
    // Exactly what the feed gives after the same position: same events, same masking, same order.
    const feed = await server.call<EventPage>('listEvents', { token: cz, query: { after: ready.id } });
    expect(stream.events()).toEqual(feed.body.items);
    const [first] = stream.messages.slice(1);
    expect(first).toEqual({
      event: 'result.registered',
      id: feed.body.items[0]!.id,
      data: JSON.stringify(feed.body.items[0]),
    });
    expect(stream.raw.join('')).not.toContain('110105199003071239');
    await stream.close();
  });

  it.skipIf(skip)('resumes after Last-Event-ID (or after) with every later event, none twice', async () => {
    const cz = await server.tokenFor('cln_cz_coord_liu');
    for (let i = 0; i < 3; i++) {
      await server.call('registerResult', { token: cz, body: registration() });
    }
    const feed = await server.call<EventPage>('listEvents', { token: cz, query: { limit: 100 } });
    const all = feed.body.items;
    const from = all.at(-3)!;

    const resumed = await openStream(server, cz, { headers: { 'Last-Event-ID': from.id } });
    await resumed.until(() => resumed.events().length === 2);
    expect(resumed.messages[0]).toMatchObject({ event: 'ready', id: from.id });
    expect(resumed.events()).toEqual(all.slice(-2));
    await resumed.close();

    // The header wins over the query: it is the later position of a reconnecting client.
    const both = await openStream(server, cz, {
      headers: { 'Last-Event-ID': all.at(-2)!.id },
      query: `?after=${from.id}`,
    });
    const byQuery = await openStream(server, cz, { query: `?after=${from.id}` });
    await both.until(() => both.events().length === 1);
    await byQuery.until(() => byQuery.events().length === 2);
    await pause(STREAM.pollMs * 5);
    expect(both.events()).toEqual(all.slice(-1));
    expect(byQuery.events()).toEqual(all.slice(-2));
    await both.close();
    await byQuery.close();
  });

  it.skipIf(skip)('sends heartbeats while nothing happens', async () => {
    const bg = await server.tokenFor('cln_bg_coord_han');
    const stream = await openStream(server, bg);
    await stream.until(() => stream.comments.length >= 2);
    expect(stream.comments.every((c) => c === ': heartbeat')).toBe(true);
    await stream.close();
  });

  it.skipIf(skip)("never shows another institution's events, and filters by type", async () => {
    const cz = await server.tokenFor('cln_cz_lab_zhao');
    const bg = await server.tokenFor('cln_bg_coord_han');
    const pumch = await server.tokenFor('cln_pumch_endo_chen');
    const outsider = await openStream(server, bg);
    const retests = await openStream(server, cz, { query: '?type=retest.recorded' });
    await outsider.until(() => outsider.messages.length === 1);
    await retests.until(() => retests.messages.length === 1);

    const result = await server.call<{ id: string }>('registerResult', { token: cz, body: registration() });
    await server.call('recordRetest', {
      token: pumch,
      body: { resultId: result.body.id, reason: 'emergency' },
    });
    await retests.until(() => retests.events().length === 1);
    expect(retests.events()[0]).toMatchObject({
      type: 'retest.recorded',
      data: { resultId: result.body.id },
    });
    // Both events are published and several polls and heartbeats have passed: 宝钢 saw none of them.
    await outsider.until(() => outsider.comments.length >= 2);
    expect(outsider.events()).toEqual([]);
    await outsider.close();
    await retests.close();
  });

  it.skipIf(skip)(
    'refuses a missing token, a malformed position and one past the end of the feed',
    async () => {
      const cz = await server.tokenFor('cln_cz_lab_zhao');
      const anonymous = await server.call<Problem>('streamEvents', {});
      expect(anonymous.status).toBe(401);

      const malformed = await server.call<Problem>('streamEvents', {
        token: cz,
        headers: { 'Last-Event-ID': 'evt_abc' },
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([
        expect.objectContaining({ pointer: '#header/Last-Event-ID', code: 'invalid_format' }),
      ]);
      const badQuery = await server.call<Problem>('streamEvents', { token: cz, query: { after: 'ref_1' } });
      expect(badQuery.status).toBe(400);
      expect(badQuery.body.errors).toEqual([
        expect.objectContaining({ pointer: '#query/after', code: 'invalid_format' }),
      ]);

      const ahead = await server.call<Problem>('streamEvents', {
        token: cz,
        headers: { 'Last-Event-ID': 'evt_999999999999' },
      });
      expect(ahead.status).toBe(400);
      expect(ahead.body.errors).toEqual([
        expect.objectContaining({ pointer: '#header/Last-Event-ID', code: 'out_of_range' }),
      ]);
    },
  );

  it.skipIf(skip)(
    'stops polling and frees its slot when the client leaves; caps streams per clinician',
    async () => {
      const token = await server.tokenFor('cln_pumch_neuro_li');
      const a = await openStream(server, token);
      const b = await openStream(server, token);
      await a.until(() => a.messages.length === 1);
      await b.until(() => b.messages.length === 1);
      const third = await server.call<Problem>('streamEvents', { token });
      expect(third.status).toBe(429);
      expect(third.body.code).toBe('rate_limited');
      expect(third.headers.get('retry-after')).toBe('2');

      // Counted by request id: a stream of an earlier test may close meanwhile on a loaded machine (seen on CI).
      const ours = new Set([a.res.headers.get('x-request-id'), b.res.headers.get('x-request-id')]);
      expect(ours.size).toBe(2);
      await a.close();
      await b.close();
      await expect
        .poll(
          () =>
            server.logs.filter((l) => l.msg === 'event stream closed' && ours.has(String(l.requestId)))
              .length,
        )
        .toBe(2);
      // No stream of this app is open any more: nothing queries the database, however long we wait.
      await pause(STREAM.pollMs * 3);
      const settled = queries.count();
      await pause(STREAM.pollMs * 10);
      expect(queries.count()).toBe(settled);

      const again = await openStream(server, token);
      expect(again.res.status).toBe(200);
      await again.close();
    },
  );

  it.skipIf(skip)('ends a stream at its lifetime, so a revoked token cannot keep it', async () => {
    const shortLived = await createTestServer({
      db: queries.db,
      config: { eventStream: { ...STREAM, maxLifetimeMs: 150 } },
    });
    const stream = await openStream(shortLived, await shortLived.tokenFor('cln_cz_lab_zhao'));
    await stream.until(() => stream.ended, 2000);
    expect(stream.messages.map((m) => m.event)).toEqual(['ready']);
    expect(shortLived.logs).toContainEqual(
      expect.objectContaining({ msg: 'event stream closed', events: 0 }),
    );
  });

  it.skipIf(skip || !url)(
    'delivers events written through another server process on the same database',
    async () => {
      if (!database.second) {
        return;
      }
      const other = await createTestServer({ db: await database.second(), config });
      const cz = await server.tokenFor('cln_cz_lab_zhao');
      const stream = await openStream(server, cz);
      await stream.until(() => stream.messages.length === 1);
      const created = await other.call<{ id: string }>('registerResult', { token: cz, body: registration() });
      await stream.until(() => stream.events().some((e) => e.resourceId === created.body.id));
      await stream.close();
    },
  );
});
