// The outbox against the real server behind a loopback proxy: the network is cut mid-queue, and the "process" is
// restarted by building a new client and outbox over the same file.
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAllianceClient } from './client.js';
import type { OutboxItem } from './outbox.js';
import { createOutbox, fileStorage, memoryStorage } from './outbox.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { consultationRequest, startReferenceServer, upReferral } from './testing/reference-server.js';
import type { TcpProxy } from './testing/tcp-proxy.js';
import { startTcpProxy } from './testing/tcp-proxy.js';

let server: ReferenceServer;
let proxy: TcpProxy;
let token: string;
let dir: string;

beforeAll(async () => {
  server = await startReferenceServer();
  proxy = await startTcpProxy(server.port);
  token = await server.tokenFor('cln_cz_neuro_wang');
  dir = await fs.mkdtemp(join(tmpdir(), 'yilian-outbox-'));
});
afterAll(async () => {
  await proxy.close();
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const newClient = () =>
  createAllianceClient({
    baseUrl: proxy.baseUrl,
    token,
    retry: { maxRetries: 1, baseDelayMs: 10 },
    timeoutMs: 2_000,
  });

describe('the outbox', () => {
  it('keeps writes made offline, sends them in order when the network returns, and survives a restart mid-queue', async () => {
    const path = join(dir, 'restart.json');
    const changes: OutboxItem['state'][][] = [];
    const before = await server.count('referrals');

    // Process 1: offline, the doctor queues three referrals.
    proxy.cut();
    const first = createOutbox(newClient(), fileStorage(path, fs), {
      onChange: (items) => changes.push(items.map((i) => i.state)),
    });
    const queued = [];
    for (let n = 0; n < 3; n++) {
      queued.push(await first.enqueue({ kind: 'referrals.create', input: upReferral() }));
    }
    await expect(first.flush()).resolves.toEqual({ sent: 0, failed: 0, pending: 3 });
    expect(await server.count('referrals')).toBe(before);

    // The network returns; the first write reaches the server and commits, then the process dies before it hears back.
    proxy.restore();
    let committed!: () => void;
    const died = new Promise<void>((resolve) => (committed = resolve));
    const dying = createOutbox(
      createAllianceClient({
        baseUrl: proxy.baseUrl,
        token,
        fetch: async (request) => {
          await globalThis.fetch(request);
          committed();
          return new Promise<Response>(() => undefined);
        },
      }),
      fileStorage(path, fs),
    );
    void dying.flush();
    await died;
    expect(await server.count('referrals')).toBe(before + 1);
    const afterCrash = JSON.parse(await fs.readFile(path, 'utf8')) as OutboxItem[];
    expect(afterCrash.map((i) => i.state)).toEqual(['sending', 'pending', 'pending']);
    expect(afterCrash[0]?.attempts).toBe(2);

    // Process 2: a new client and outbox over the same file replay the queue with the original keys.
    const second = createOutbox(newClient(), fileStorage(path, fs));
    await expect(second.flush()).resolves.toEqual({ sent: 3, failed: 0, pending: 0 });
    expect(await server.count('referrals')).toBe(before + 3);
    const items = await second.items();
    expect(items.map((i) => i.state)).toEqual(['sent', 'sent', 'sent']);
    expect(items.map((i) => i.idempotencyKey)).toEqual(queued.map((i) => i.idempotencyKey));
    expect(items.every((i) => i.operation === undefined && i.result?.status === 'submitted')).toBe(true);
    // The referrals were created in the order they were typed.
    const created = await Promise.all(items.map((i) => newClient().referrals.get(i.result!.id)));
    expect(created.map((r) => r.number)).toEqual([...created.map((r) => r.number)].sort());
    expect(changes.flat()).toContain('pending');
  });

  it('marks a write the server refuses as failed with its code, goes on with the rest, and retries it when corrected', async () => {
    const outbox = createOutbox(newClient(), memoryStorage());
    const bad = await outbox.enqueue({
      kind: 'referrals.create',
      input: upReferral({ ...upReferral().patient, idNumber: '110105199003071238' }),
    });
    await outbox.enqueue({ kind: 'referrals.create', input: upReferral() });
    await expect(outbox.flush()).resolves.toEqual({ sent: 1, failed: 1, pending: 0 });
    const [failed] = await outbox.items();
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'validation_failed', status: 422 } });
    expect(JSON.stringify(failed?.error)).not.toContain('110105199003071238');
    await outbox.retry(bad.id, { kind: 'referrals.create', input: upReferral() });
    await expect(outbox.flush()).resolves.toEqual({ sent: 1, failed: 0, pending: 0 });
    await outbox.remove(bad.id);
    expect(await outbox.items()).toHaveLength(1);
  });

  it('queues a transition with the version it was decided on and reports a version conflict as failed', async () => {
    const client = newClient();
    const referral = await client.referrals.create(upReferral(), {});
    const outbox = createOutbox(client, memoryStorage());
    await outbox.enqueue({
      kind: 'referrals.transition',
      referral,
      input: { command: 'cancel', reasonCode: 'patient_declined' },
    });
    await outbox.enqueue({
      kind: 'referrals.transition',
      referral,
      input: { command: 'cancel', reasonCode: 'patient_declined' },
    });
    await expect(outbox.flush()).resolves.toEqual({ sent: 1, failed: 1, pending: 0 });
    const items = await outbox.items();
    expect(items[0]?.result?.status).toBe('cancelled');
    expect(items[1]?.error?.code).toBe('version_conflict');
  });

  it('creates exactly one consultation from a request made offline, even when the first answer is lost', async () => {
    const path = join(dir, 'consultation.json');
    const before = await server.count('consultations');
    proxy.cut();
    const offline = createOutbox(newClient(), fileStorage(path, fs));
    const queued = await offline.enqueue({ kind: 'consultations.create', input: consultationRequest() });
    await expect(offline.flush()).resolves.toEqual({ sent: 0, failed: 0, pending: 1 });
    expect(await server.count('consultations')).toBe(before);

    // Back online: the request commits, but its answer never arrives (the weak network drops it).
    proxy.restore();
    let committed!: () => void;
    const lost = new Promise<void>((resolve) => (committed = resolve));
    const dropping = createOutbox(
      createAllianceClient({
        baseUrl: proxy.baseUrl,
        token,
        fetch: async (request) => {
          await globalThis.fetch(request);
          committed();
          return new Promise<Response>(() => undefined);
        },
      }),
      fileStorage(path, fs),
    );
    void dropping.flush();
    await lost;

    // The next flush replays with the same key: the server answers with the consultation it already made.
    const again = createOutbox(newClient(), fileStorage(path, fs));
    await expect(again.flush()).resolves.toEqual({ sent: 1, failed: 0, pending: 0 });
    expect(await server.count('consultations')).toBe(before + 1);
    const [item] = await again.items();
    expect(item).toMatchObject({
      state: 'sent',
      idempotencyKey: queued.idempotencyKey,
      result: { status: 'requested' },
    });
    const consultation = await newClient().consultations.get(item!.result!.id);
    expect(consultation.invitedInstitutionId).toBe('ins_pumch');
  });
});
