import type { components } from '@yilian/contract';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvent } from '../stores/event-store.js';
import { deliverWebhooks } from '../use-cases/webhooks/deliver-webhooks.js';
import type { TestServer } from '../testing/harness.js';
import {
  TEST_NOW,
  createTestServer,
  examplePatient,
  manualClock,
  postgresTestDatabase,
  postgresUrl,
} from '../testing/harness.js';

type EventPage = components['schemas']['EventPage'];
type Result = components['schemas']['Result'];
type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
type WebhookDeliveryList = components['schemas']['WebhookDeliveryList'];
type Problem = components['schemas']['Problem'];

function registration(overrides: Record<string, unknown> = {}) {
  return {
    itemCode: 'LAB_HBA1C',
    performingInstitutionId: 'ins_cangzhou_central',
    performedAt: '2026-11-10T08:30:00+08:00',
    reportStatus: 'final',
    patient: examplePatient(),
    ...overrides,
  };
}

/** Reads a feed to its end, page by page, and returns the events and the last cursor. */
async function readAll(server: TestServer, token: string, after?: string, limit = 100) {
  const items: EventPage['items'] = [];
  let cursor = after;
  for (;;) {
    const page = await server.call<EventPage>('listEvents', { token, query: { after: cursor, limit } });
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    if (page.body.items.length === 0) {
      return { items, cursor: page.body.nextCursor };
    }
    cursor = page.body.nextCursor ?? undefined;
  }
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real webhook receiver on a loopback port that answers the given statuses in turn (the last one repeats). */
async function startReceiver(statuses: number[]) {
  const received: Received[] = [];
  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/yilian/webhook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        // fetch keeps connections alive; drop them so closing does not wait for their idle timeout.
        http.closeAllConnections();
      }),
  };
}

/** What a receiving hospital does before trusting a delivery (the contract's `receiveAllianceEvent`). */
function verifySignature(
  secret: string,
  header: string | undefined,
  rawBody: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match?.[1] || !match[2]) {
    return false;
  }
  if (Math.abs(nowSeconds - Number(match[1])) > toleranceSeconds) {
    return false;
  }
  const expected = createHmac('sha256', secret).update(`${match[1]}.${rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2], 'hex'));
}

describe('the event feed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });

  it('shows a registered result only to the institutions party to it', async () => {
    const cz = await server.tokenFor('cln_cz_lab_zhao');
    const pumch = await server.tokenFor('cln_pumch_endo_chen');
    const baogang = await server.tokenFor('cln_bg_coord_han');
    const created = await server.call<Result>('registerResult', { token: cz, body: registration() });

    const czFeed = await readAll(server, cz);
    const event = czFeed.items.find((e) => e.resourceId === created.body.id);
    expect(event).toMatchObject({
      type: 'result.registered',
      occurredAt: '2026-11-23T09:00:00+08:00',
      data: { itemCode: 'LAB_HBA1C', performingInstitutionId: 'ins_cangzhou_central', hrMark: '京津冀HR' },
    });
    expect(event?.id).toBe(`evt_${String(event?.sequence).padStart(12, '0')}`);
    expect(JSON.stringify(czFeed.items)).not.toContain('110105199003071239');
    expect((await readAll(server, pumch)).items.map((e) => e.resourceId)).not.toContain(created.body.id);
    expect((await readAll(server, baogang)).items).toEqual([]);

    // Registered by 协和 but performed at 沧州: both are parties.
    const byPumch = await server.call<Result>('registerResult', { token: pumch, body: registration() });
    expect((await readAll(server, pumch)).items.map((e) => e.resourceId)).toContain(byPumch.body.id);
    expect((await readAll(server, cz)).items.map((e) => e.resourceId)).toContain(byPumch.body.id);
  });

  it('returns nothing new when read again with its nextCursor, and keeps the cursor', async () => {
    const cz = await server.tokenFor('cln_cz_coord_liu');
    await server.call('registerResult', { token: cz, body: registration() });
    const first = await server.call<EventPage>('listEvents', { token: cz, query: { limit: 100 } });
    expect(first.body.items.length).toBeGreaterThan(0);
    const sequences = first.body.items.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(first.body.nextCursor).toBe(first.body.items[first.body.items.length - 1]!.id);

    const again = await server.call<EventPage>('listEvents', {
      token: cz,
      query: { after: first.body.nextCursor! },
    });
    expect(again.body).toEqual({ items: [], nextCursor: first.body.nextCursor });

    const created = await server.call<Result>('registerResult', { token: cz, body: registration() });
    const next = await server.call<EventPage>('listEvents', {
      token: cz,
      query: { after: first.body.nextCursor! },
    });
    expect(next.body.items.map((e) => e.resourceId)).toEqual([created.body.id]);
  });

  it('pages oldest first and filters by event type', async () => {
    const cz = await server.tokenFor('cln_cz_lab_zhao');
    const pumch = await server.tokenFor('cln_pumch_endo_chen');
    const created = await server.call<Result>('registerResult', { token: cz, body: registration() });
    await server.call('recordRetest', {
      token: pumch,
      body: { resultId: created.body.id, reason: 'emergency' },
    });

    const paged = await readAll(server, cz, undefined, 2);
    const whole = await readAll(server, cz);
    expect(paged.items).toEqual(whole.items);

    const retests = await server.call<EventPage>('listEvents', {
      token: cz,
      query: { type: ['retest.recorded'] },
    });
    expect(retests.body.items.length).toBeGreaterThan(0);
    expect(retests.body.items.every((e) => e.type === 'retest.recorded')).toBe(true);
    expect(retests.body.items.at(-1)?.data).toMatchObject({
      resultId: created.body.id,
      reason: 'emergency',
      decisionAtRecord: 'recognized',
    });
  });

  it('rejects a cursor this server did not make', async () => {
    const cz = await server.tokenFor('cln_cz_lab_zhao');
    const res = await server.call<Problem>('listEvents', { token: cz, query: { after: 'evt_abc' } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '#query/after', code: 'invalid_format' }),
    ]);
  });
});

describe('webhook endpoints', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });

  it('lets only a coordinator or admin register an endpoint', async () => {
    const referrer = await server.tokenFor('cln_cz_lab_zhao');
    const res = await server.call<Problem>('createWebhookEndpoint', {
      token: referrer,
      body: { url: 'https://his.example-hospital.cn/yilian/webhook', eventTypes: ['result.registered'] },
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
    const admin = await server.tokenFor('cln_cz_lab_zhao', 'admin');
    const allowed = await server.call('createWebhookEndpoint', {
      token: admin,
      body: { url: 'https://his.example-hospital.cn/yilian/admin', eventTypes: ['result.registered'] },
    });
    expect(allowed.status).toBe(201);
  });

  it('returns the secret once, replays it for the same Idempotency-Key, and lists endpoints without secrets', async () => {
    const coordinator = await server.tokenFor('cln_cz_coord_liu');
    const body = {
      url: 'https://his.example-hospital.cn/yilian/webhook',
      eventTypes: ['referral.accepted', 'result.registered'],
      description: 'HIS',
    };
    const headers = { 'Idempotency-Key': 'endpoint-1' };
    const created = await server.call<WebhookEndpoint>('createWebhookEndpoint', {
      token: coordinator,
      body,
      headers,
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[0-9a-f]{32}$/);
    expect(created.body).toMatchObject({ ...body, createdAt: '2026-11-23T09:00:00+08:00' });

    const replay = await server.call<WebhookEndpoint>('createWebhookEndpoint', {
      token: coordinator,
      body,
      headers,
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(created.body);

    const list = await server.call<{ items: WebhookEndpoint[] }>('listWebhookEndpoints', {
      token: coordinator,
    });
    expect(list.body.items.filter((e) => e.id === created.body.id)).toEqual([
      {
        id: created.body.id,
        url: body.url,
        eventTypes: body.eventTypes,
        description: 'HIS',
        createdAt: '2026-11-23T09:00:00+08:00',
      },
    ]);
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
  });

  it('soft-deletes an endpoint for a coordinator only, after which it is gone', async () => {
    const coordinator = await server.tokenFor('cln_cz_coord_liu');
    const created = await server.call<WebhookEndpoint>('createWebhookEndpoint', {
      token: coordinator,
      body: { url: 'https://his.example-hospital.cn/yilian/old', eventTypes: ['result.registered'] },
    });
    const path = { endpointId: created.body.id };
    const referrer = await server.tokenFor('cln_cz_lab_zhao');
    expect((await server.call('deleteWebhookEndpoint', { token: referrer, path })).status).toBe(403);
    expect((await server.call('deleteWebhookEndpoint', { token: coordinator, path })).status).toBe(204);
    expect((await server.call('deleteWebhookEndpoint', { token: coordinator, path })).status).toBe(404);
    expect((await server.call('listWebhookDeliveries', { token: coordinator, path })).status).toBe(404);
    const list = await server.call<{ items: WebhookEndpoint[] }>('listWebhookEndpoints', {
      token: coordinator,
    });
    expect(list.body.items.map((e) => e.id)).not.toContain(created.body.id);
    const row = await server.db.query<{ deleted_at: Date | null }>(
      'SELECT deleted_at FROM webhook_endpoints WHERE id = $1',
      [created.body.id],
    );
    expect(row.rows[0]?.deleted_at).toBeInstanceOf(Date);
  });

  it('answers 404 or nothing to a token of an unrelated institution for every event operation', async () => {
    const cz = await server.tokenFor('cln_cz_coord_liu');
    const baogang = await server.tokenFor('cln_bg_coord_han');
    await server.call('registerResult', { token: cz, body: registration() });
    const created = await server.call<WebhookEndpoint>('createWebhookEndpoint', {
      token: cz,
      body: { url: 'https://his.example-hospital.cn/yilian/cz', eventTypes: ['result.registered'] },
    });
    const path = { endpointId: created.body.id };

    expect((await server.call<EventPage>('listEvents', { token: baogang })).body).toEqual({
      items: [],
      nextCursor: null,
    });
    expect(
      (await server.call<{ items: unknown[] }>('listWebhookEndpoints', { token: baogang })).body.items,
    ).toEqual([]);
    expect((await server.call('listWebhookDeliveries', { token: baogang, path })).status).toBe(404);
    expect((await server.call('deleteWebhookEndpoint', { token: baogang, path })).status).toBe(404);
    // The endpoint is untouched and still 沧州's.
    expect((await server.call('listWebhookDeliveries', { token: cz, path })).status).toBe(200);
  });
});

describe('webhook delivery', () => {
  it('signs each delivery, retries a 500 after the backoff, and logs failed then succeeded', async () => {
    const clock = manualClock();
    const server = await createTestServer({ clock });
    const receiver = await startReceiver([500, 200]);
    try {
      const coordinator = await server.tokenFor('cln_cz_coord_liu');
      const endpoint = await server.call<WebhookEndpoint>('createWebhookEndpoint', {
        token: coordinator,
        body: { url: receiver.url, eventTypes: ['result.registered'] },
      });
      const secret = endpoint.body.secret!;
      const created = await server.call<Result>('registerResult', {
        token: coordinator,
        body: registration(),
      });

      const first = await deliverWebhooks(server.db, { now: clock(), fetch });
      expect(first).toEqual({ attempted: 1, succeeded: 0, retrying: 1, failed: 0 });
      expect(receiver.received).toHaveLength(1);
      const [attempt1] = receiver.received;
      const nowSeconds = Math.floor(clock().getTime() / 1000);
      expect(
        verifySignature(secret, attempt1!.headers['yilian-signature'] as string, attempt1!.body, nowSeconds),
      ).toBe(true);
      expect(JSON.parse(attempt1!.body)).toMatchObject({
        type: 'result.registered',
        resourceId: created.body.id,
      });

      // Not due yet: nothing is sent again before the 10 s backoff has passed.
      expect((await deliverWebhooks(server.db, { now: clock(), fetch })).attempted).toBe(0);
      clock.advance(9_999);
      expect((await deliverWebhooks(server.db, { now: clock(), fetch })).attempted).toBe(0);
      clock.advance(1);
      expect(await deliverWebhooks(server.db, { now: clock(), fetch })).toEqual({
        attempted: 1,
        succeeded: 1,
        retrying: 0,
        failed: 0,
      });
      expect(receiver.received).toHaveLength(2);
      const attempt2 = receiver.received[1]!;
      expect(attempt2.body).toBe(attempt1!.body);
      expect(
        verifySignature(
          secret,
          attempt2.headers['yilian-signature'] as string,
          attempt2.body,
          Math.floor(clock().getTime() / 1000),
        ),
      ).toBe(true);

      const log = await server.call<WebhookDeliveryList>('listWebhookDeliveries', {
        token: coordinator,
        path: { endpointId: endpoint.body.id },
      });
      const eventId = (JSON.parse(attempt1!.body) as { id: string }).id;
      expect(log.body.items).toEqual([
        expect.objectContaining({
          eventId,
          attempt: 2,
          status: 'succeeded',
          responseStatus: 200,
          attemptedAt: '2026-11-23T09:00:10+08:00',
        }),
        expect.objectContaining({
          eventId,
          attempt: 1,
          status: 'failed',
          responseStatus: 500,
          attemptedAt: '2026-11-23T09:00:00+08:00',
          nextAttemptAt: '2026-11-23T09:00:10+08:00',
        }),
      ]);
      // Delivered once: later runs send nothing more.
      clock.advance(3_600_000);
      expect((await deliverWebhooks(server.db, { now: clock(), fetch })).attempted).toBe(0);
    } finally {
      await receiver.close();
    }
  });

  it('fails verification of a tampered body or a stale timestamp', async () => {
    const clock = manualClock();
    const server = await createTestServer({ clock });
    const receiver = await startReceiver([200]);
    try {
      const coordinator = await server.tokenFor('cln_cz_coord_liu');
      const endpoint = await server.call<WebhookEndpoint>('createWebhookEndpoint', {
        token: coordinator,
        body: { url: receiver.url, eventTypes: ['result.registered'] },
      });
      await server.call('registerResult', { token: coordinator, body: registration() });
      await deliverWebhooks(server.db, { now: clock(), fetch });
      const delivery = receiver.received[0]!;
      const signature = delivery.headers['yilian-signature'] as string;
      const nowSeconds = Math.floor(clock().getTime() / 1000);
      expect(verifySignature(endpoint.body.secret!, signature, delivery.body, nowSeconds)).toBe(true);
      const tampered = delivery.body.replace('"result.registered"', '"retest.recorded"');
      expect(tampered).not.toBe(delivery.body);
      expect(verifySignature(endpoint.body.secret!, signature, tampered, nowSeconds)).toBe(false);
      expect(
        verifySignature('whsec_00000000000000000000000000000000', signature, delivery.body, nowSeconds),
      ).toBe(false);
      expect(verifySignature(endpoint.body.secret!, signature, delivery.body, nowSeconds + 301)).toBe(false);
    } finally {
      await receiver.close();
    }
  });

  it('retries a network error and gives the event up as failed after the last attempt', async () => {
    const clock = manualClock();
    const server = await createTestServer({ clock });
    const gone = await startReceiver([200]);
    await gone.close();
    const coordinator = await server.tokenFor('cln_cz_coord_liu');
    const endpoint = await server.call<WebhookEndpoint>('createWebhookEndpoint', {
      token: coordinator,
      body: { url: gone.url, eventTypes: ['result.registered'] },
    });
    await server.call('registerResult', { token: coordinator, body: registration() });

    expect(await deliverWebhooks(server.db, { now: clock(), fetch, maxAttempts: 3 })).toMatchObject({
      attempted: 1,
      retrying: 1,
    });
    clock.advance(10_000);
    expect(await deliverWebhooks(server.db, { now: clock(), fetch, maxAttempts: 3 })).toMatchObject({
      attempted: 1,
      retrying: 1,
    });
    clock.advance(19_999);
    expect((await deliverWebhooks(server.db, { now: clock(), fetch, maxAttempts: 3 })).attempted).toBe(0);
    clock.advance(1);
    expect(await deliverWebhooks(server.db, { now: clock(), fetch, maxAttempts: 3 })).toMatchObject({
      attempted: 1,
      failed: 1,
    });
    const log = await server.call<WebhookDeliveryList>('listWebhookDeliveries', {
      token: coordinator,
      path: { endpointId: endpoint.body.id },
    });
    expect(log.body.items.map((d) => [d.attempt, d.status, d.responseStatus])).toEqual([
      [3, 'failed', null],
      [2, 'failed', null],
      [1, 'failed', null],
    ]);
    expect(log.body.items[0]).not.toHaveProperty('nextAttemptAt');
    clock.advance(86_400_000);
    expect((await deliverWebhooks(server.db, { now: clock(), fetch, maxAttempts: 3 })).attempted).toBe(0);
  });

  it('sends nothing to a deleted endpoint, nor events of types it did not ask for', async () => {
    const clock = manualClock();
    const server = await createTestServer({ clock });
    const receiver = await startReceiver([200]);
    try {
      const coordinator = await server.tokenFor('cln_cz_coord_liu');
      const pumch = await server.tokenFor('cln_pumch_endo_chen');
      const retestsOnly = await server.call<WebhookEndpoint>('createWebhookEndpoint', {
        token: coordinator,
        body: { url: `${receiver.url}?only=retests`, eventTypes: ['retest.recorded'] },
      });
      const deleted = await server.call<WebhookEndpoint>('createWebhookEndpoint', {
        token: coordinator,
        body: { url: `${receiver.url}?deleted`, eventTypes: ['result.registered', 'retest.recorded'] },
      });
      await server.call('deleteWebhookEndpoint', {
        token: coordinator,
        path: { endpointId: deleted.body.id },
      });
      const created = await server.call<Result>('registerResult', {
        token: coordinator,
        body: registration(),
      });
      await server.call('recordRetest', {
        token: pumch,
        body: { resultId: created.body.id, reason: 'emergency' },
      });

      expect(await deliverWebhooks(server.db, { now: clock(), fetch })).toMatchObject({
        attempted: 1,
        succeeded: 1,
      });
      expect(receiver.received.map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual([
        'retest.recorded',
      ]);
      expect(retestsOnly.status).toBe(201);
    } finally {
      await receiver.close();
    }
  });
});

const url = postgresUrl();
describe.skipIf(!url)('the event feed on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof postgresTestDatabase>>;
  let server: TestServer;
  beforeAll(async () => {
    database = await postgresTestDatabase(url!);
    server = await createTestServer({ db: database.db });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('pages concurrent registrations oldest first, each event once, with strictly increasing sequences', async () => {
    const cz = await server.tokenFor('cln_cz_lab_zhao');
    const pumch = await server.tokenFor('cln_pumch_endo_chen');
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        server.call<Result>('registerResult', { token: i % 2 === 0 ? cz : pumch, body: registration() }),
      ),
    );
    expect(created.every((r) => r.status === 201)).toBe(true);
    const { items, cursor } = await readAll(server, cz, undefined, 7);
    const sequences = items.map((e) => e.sequence);
    expect(sequences).toEqual([...new Set(sequences)].sort((a, b) => a - b));
    expect(new Set(items.map((e) => e.resourceId))).toEqual(new Set(created.map((r) => r.body.id)));
    expect(cursor).toBe(items.at(-1)?.id);
    const again = await server.call<EventPage>('listEvents', { token: cz, query: { after: cursor! } });
    expect(again.body).toEqual({ items: [], nextCursor: cursor });
  });

  it('gives events their sequence when they commit, so a cursor never steps over a slower transaction', async () => {
    const cz = await server.tokenFor('cln_cz_coord_liu');
    const start = (await readAll(server, cz)).cursor ?? undefined;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const event = (resourceId: string) => ({
      type: 'result.registered' as const,
      resourceId,
      at: new Date(),
      data: {},
      institutionIds: ['ins_cangzhou_central'],
    });
    // The slow transaction appends first and stays open; the fast one appends later and commits: neither waits.
    const slow = database.db.transaction(async (tx) => {
      await appendEvent(tx, event('res_slow'));
      await gate;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await database.db.transaction(async (tx) => {
      await appendEvent(tx, event('res_fast'));
    });
    const during = await server.call<EventPage>('listEvents', { token: cz, query: { after: start } });
    expect(during.body.items.map((e) => e.resourceId)).toEqual(['res_fast']);
    release();
    await slow;
    const after = await server.call<EventPage>('listEvents', {
      token: cz,
      query: { after: during.body.nextCursor ?? undefined },
    });
    // Committed later, so placed later: the cursor after `res_fast` still reads it.
    expect(after.body.items.map((e) => e.resourceId)).toEqual(['res_slow']);
    expect(after.body.items[0]!.sequence).toBeGreaterThan(during.body.items[0]!.sequence);
  });

  it('delivers webhooks from PostgreSQL with a verifiable signature', async () => {
    // A minute after the other tests' events, so only this test's registration is new to the endpoint.
    const clock = manualClock(new Date(TEST_NOW.getTime() + 60_000));
    const pgServer = await createTestServer({ db: database.db, clock });
    const receiver = await startReceiver([200]);
    try {
      const coordinator = await pgServer.tokenFor('cln_pumch_coord_sun');
      const endpoint = await pgServer.call<WebhookEndpoint>('createWebhookEndpoint', {
        token: coordinator,
        body: { url: receiver.url, eventTypes: ['result.registered'] },
      });
      const created = await pgServer.call<Result>('registerResult', {
        token: coordinator,
        body: registration(),
      });
      expect(await deliverWebhooks(pgServer.db, { now: clock(), fetch })).toMatchObject({
        attempted: 1,
        succeeded: 1,
      });
      const delivery = receiver.received[0]!;
      expect(JSON.parse(delivery.body)).toMatchObject({ resourceId: created.body.id });
      expect(
        verifySignature(
          endpoint.body.secret!,
          delivery.headers['yilian-signature'] as string,
          delivery.body,
          Math.floor(clock().getTime() / 1000),
        ),
      ).toBe(true);
    } finally {
      await receiver.close();
    }
  });
});

describe('webhook endpoints in production', () => {
  it('refuses an endpoint on this machine or a private network, so tenants cannot aim signed requests inward', async () => {
    const production = await createTestServer({ config: { allowPrivateWebhookUrls: false } });
    const token = await production.tokenFor('cln_cz_coord_liu');
    for (const url of [
      'http://127.0.0.1:9/hook',
      'http://10.0.0.5/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest',
    ]) {
      const res = await production.call<{ errors: { pointer: string; code: string }[] }>(
        'createWebhookEndpoint',
        {
          token,
          body: { url, eventTypes: ['referral.accepted'] },
        },
      );
      expect(res.status, url).toBe(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '/url', code: 'invalid_format' })]);
    }
    const ok = await production.call('createWebhookEndpoint', {
      token,
      body: { url: 'https://his.example-hospital.cn/yilian/webhook', eventTypes: ['referral.accepted'] },
    });
    expect(ok.status).toBe(201);
  });
});
