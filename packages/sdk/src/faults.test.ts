// Fault injection against the real server: its own fault switches (503 with Retry-After, delays, failures after the
// write committed) and a loopback TCP proxy that drops connections. Proves retries, backoff, idempotent replays and
// aborts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AllianceClientOptions } from './client.js';
import { createAllianceClient } from './client.js';
import { AllianceError, NetworkError, TimeoutError, isAllianceError } from './errors.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { startReferenceServer, uniquePatient, upReferral } from './testing/reference-server.js';
import type { TcpProxy } from './testing/tcp-proxy.js';
import { startTcpProxy } from './testing/tcp-proxy.js';

let server: ReferenceServer;
let proxy: TcpProxy;
let wangToken: string;
let liuToken: string;

beforeAll(async () => {
  server = await startReferenceServer();
  proxy = await startTcpProxy(server.port);
  wangToken = await server.tokenFor('cln_cz_neuro_wang');
  liuToken = await server.tokenFor('cln_cz_coord_liu');
});
afterEach(async () => {
  await server.clearFaults();
  proxy.restore();
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});

/** A client that records every attempt it sends (method, path and idempotency key). */
function observedClient(options: Partial<AllianceClientOptions> & { via?: 'proxy' } = {}) {
  const attempts: { method: string; path: string; key: string | null }[] = [];
  const client = createAllianceClient({
    baseUrl: options.via === 'proxy' ? proxy.baseUrl : server.baseUrl,
    token: wangToken,
    retry: { baseDelayMs: 20, maxDelayMs: 200 },
    ...options,
    fetch: (request) => {
      attempts.push({
        method: request.method,
        path: new URL(request.url).pathname,
        key: request.headers.get('idempotency-key'),
      });
      return globalThis.fetch(request);
    },
  } as AllianceClientOptions);
  return { client, attempts };
}

const consent = {
  purpose: 'remote_consultation',
  grantedAt: '2026-11-23T08:30:00+08:00',
  recordedBy: 'cln_cz_coord_liu',
  method: 'written',
} as const;
const WEEK = { from: '2026-11-23T00:00:00+08:00', to: '2026-11-30T00:00:00+08:00' };

describe('idempotent replays', () => {
  it('creates each of 10 referrals exactly once when every first answer is lost after the write committed', async () => {
    const { client, attempts } = observedClient();
    const before = await server.count('referrals');
    const ids = new Set<string>();
    for (let n = 0; n < 10; n++) {
      await server.faults([{ match: 'POST /v1/referrals', phase: 'after', status: 503, times: 1 }]);
      ids.add((await client.referrals.create(upReferral())).id);
    }
    expect(ids.size).toBe(10);
    expect(await server.count('referrals')).toBe(before + 10);
    expect(attempts).toHaveLength(20);
    // Each create sent its two attempts with one key, and no two creates shared a key.
    for (let n = 0; n < 20; n += 2) {
      expect(attempts[n]?.key).toBeTruthy();
      expect(attempts[n + 1]?.key).toBe(attempts[n]?.key);
    }
    expect(new Set(attempts.map((a) => a.key)).size).toBe(10);
  });

  it('books once when the connection drops after the server booked, replaying the first answer', async () => {
    const { client, attempts } = observedClient({ via: 'proxy', token: liuToken });
    const [slot] = await client.slots
      .list({ ...WEEK, expertId: 'cln_pumch_neuro_li', availableOnly: true })
      .toArray(1);
    const before = await server.count('appointments');
    proxy.dropResponses(1);
    const appointment = await client.appointments.book({
      slotId: slot!.id,
      patient: uniquePatient(),
      consent,
    });
    expect(await server.count('appointments')).toBe(before + 1);
    const bookings = attempts.filter((a) => a.method === 'POST');
    expect(bookings).toHaveLength(2);
    expect(bookings[1]?.key).toBe(bookings[0]?.key);
    const [after] = (await client.slots.list({ ...WEEK, activityId: slot!.activityId }).toArray(50)).filter(
      (s) => s.id === slot!.id,
    );
    expect(after?.booked).toBe(slot!.booked + 1);
    expect(appointment.slotId).toBe(slot!.id);
  });

  it('creates one referral when a create times out and its retry overtakes the first attempt', async () => {
    const { client, attempts } = observedClient({ timeoutMs: 300 });
    const before = await server.count('referrals');
    await server.faults([{ match: 'POST /v1/referrals', phase: 'after', delayMs: 800, times: 1 }]);
    await client.referrals.create(upReferral());
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await server.count('referrals')).toBe(before + 1);
    expect(attempts).toHaveLength(2);
  });

  it('lets the caller choose the idempotency key, so a resubmission after a crash replays the first answer', async () => {
    const { client } = observedClient();
    const form = upReferral();
    const first = await client.referrals.create(form, { idempotencyKey: 'draft-7f3a-submit' });
    const again = await client.referrals.create(form, { idempotencyKey: 'draft-7f3a-submit' });
    expect(again.id).toBe(first.id);
    const error = await client.referrals
      .create(upReferral(), { idempotencyKey: 'draft-7f3a-submit' })
      .catch((e: unknown) => e);
    expect(isAllianceError(error, 'idempotency_key_reused')).toBe(true);
  });
});

describe('retries and backoff', () => {
  it('waits the Retry-After the server asks for before retrying a 503', async () => {
    const { client, attempts } = observedClient();
    await server.faults([
      { match: 'GET /v1/me', phase: 'before', status: 503, retryAfterSeconds: 1, times: 1 },
    ]);
    const started = performance.now();
    await expect(client.me()).resolves.toMatchObject({ clinicianId: 'cln_cz_neuro_wang' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(attempts).toHaveLength(2);
  });

  it('retries a 429 and gives up after maxRetries with the problem, its request id and Retry-After', async () => {
    const { client, attempts } = observedClient({ retry: { maxRetries: 2, baseDelayMs: 10 } });
    await server.faults([
      { match: 'GET /v1/me', phase: 'before', status: 429, retryAfterSeconds: 0, times: 5 },
    ]);
    const error = await client.me({ requestId: 'req_sdk_test_429' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AllianceError);
    expect(error).toMatchObject({
      code: 'rate_limited',
      status: 429,
      requestId: 'req_sdk_test_429',
      retryAfterMs: 0,
    });
    expect(attempts).toHaveLength(3);
  });

  it('throws at once when Retry-After asks for longer than maxRetryAfterMs', async () => {
    const { client, attempts } = observedClient({ retry: { maxRetryAfterMs: 5_000 } });
    await server.faults([
      { match: 'GET /v1/me', phase: 'before', status: 503, retryAfterSeconds: 120, times: 1 },
    ]);
    await expect(client.me()).rejects.toMatchObject({ code: 'service_unavailable', retryAfterMs: 120_000 });
    expect(attempts).toHaveLength(1);
  });

  it('never retries a business refusal such as a 422', async () => {
    const { client, attempts } = observedClient();
    const form = upReferral({ ...uniquePatient(), idNumber: '110105199003071238' });
    await expect(client.referrals.create(form)).rejects.toMatchObject({ code: 'validation_failed' });
    expect(attempts).toHaveLength(1);
  });

  it('retries a refused connection and throws NetworkError with the request id once the retries are spent', async () => {
    const { client, attempts } = observedClient({ via: 'proxy' });
    proxy.cut();
    const error = await client.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestId).toMatch(/^req_/);
    expect(attempts).toHaveLength(3);
  });

  it('per-call retry settings beat the client default', async () => {
    const { client, attempts } = observedClient({ via: 'proxy' });
    proxy.cut();
    await expect(client.me({ retry: false })).rejects.toBeInstanceOf(NetworkError);
    expect(attempts).toHaveLength(1);
  });
});

describe('timeouts and aborts', () => {
  it('throws TimeoutError when the server is slower than the timeout and nothing may be retried', async () => {
    const { client } = observedClient({ timeoutMs: 200, retry: false });
    await server.faults([{ match: 'GET /v1/me', phase: 'before', delayMs: 1_000, times: 1 }]);
    const error = await client.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as TimeoutError).timeoutMs).toBe(200);
  });

  it('retries a timed-out read and succeeds when the next attempt is answered in time', async () => {
    const { client, attempts } = observedClient();
    await server.faults([{ match: 'GET /v1/me', phase: 'before', delayMs: 1_000, times: 1 }]);
    await expect(client.me({ timeoutMs: 200 })).resolves.toMatchObject({ role: 'referrer' });
    expect(attempts).toHaveLength(2);
  });

  it('times out an attempt whose request a middleware built anew, without the transport’s signal', async () => {
    const { client, attempts } = observedClient({
      middleware: [
        {
          onRequest: ({ request }) =>
            new Request(request.url, { method: request.method, headers: request.headers }),
        },
      ],
    });
    await server.faults([{ match: 'GET /v1/me', phase: 'before', delayMs: 1_000, times: 1 }]);
    await expect(client.me({ timeoutMs: 200 })).resolves.toMatchObject({ role: 'referrer' });
    expect(attempts).toHaveLength(2);
  });

  it('aborts an in-flight call with the caller’s reason and does not retry it', async () => {
    const { client, attempts } = observedClient();
    await server.faults([{ match: 'GET /v1/me', phase: 'before', delayMs: 1_000, times: 1 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left the page')), 100);
    await expect(client.me({ signal: controller.signal })).rejects.toThrow('user left the page');
    expect(attempts).toHaveLength(1);
  });

  it('aborts during the wait before a retry without waiting it out', async () => {
    const { client, attempts } = observedClient();
    await server.faults([
      { match: 'GET /v1/me', phase: 'before', status: 503, retryAfterSeconds: 30, times: 1 },
    ]);
    const started = performance.now();
    await expect(client.me({ signal: AbortSignal.timeout(300) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(attempts).toHaveLength(1);
  });
});
