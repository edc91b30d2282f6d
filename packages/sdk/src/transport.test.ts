// Unit tests of the backoff schedule and of what is retried, with a fake fetch (the behaviour against the real server
// is in faults.test.ts).
import { describe, expect, it } from 'vitest';
import { PROBLEM_STATUS } from '@yilian/contract';
import { parseRetryAfter, toAllianceError } from './errors.js';
import { createAllianceClient } from './client.js';
import { sendRequest } from './raw.js';
import { backoffDelay, createTransport } from './transport.js';

const RETRY = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 60_000 };

describe('the backoff schedule', () => {
  it('doubles from the base delay up to the cap, with jitter in the upper half of each step', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, RETRY, () => 0))).toEqual([
      50, 100, 200, 400, 500, 500,
    ]);
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, RETRY, () => 1))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 01:00:05 GMT', Date.parse('2026-11-23T01:00:00Z'))).toBe(5_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('what the transport sends', () => {
  const fake = (statuses: number[]) => {
    const seen: Request[] = [];
    const transport = createTransport({
      fetch: async (request) => {
        seen.push(request);
        return new Response(null, { status: statuses[seen.length - 1] ?? 200 });
      },
      token: 'token-1',
      timeoutMs: 1_000,
      retry: { baseDelayMs: 1 },
    });
    return { transport, seen };
  };

  it('gives a POST one idempotency key that every retry reuses, and a request id, a locale and the token', async () => {
    const { transport, seen } = fake([503, 502, 200]);
    const response = await sendRequest(transport())(
      new Request('http://alliance.test/v1/referrals', { method: 'POST', body: '{}' }),
    );
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(3);
    const keys = seen.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(keys).size).toBe(1);
    expect(new Set(seen.map((r) => r.headers.get('x-request-id'))).size).toBe(1);
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer token-1');
    expect(seen[0]?.headers.get('accept-language')).toBe('zh-CN');
    await expect(seen[2]!.text()).resolves.toBe('{}');
  });

  it('sends no idempotency key with a GET or a safe POST, and retries them', async () => {
    const { transport, seen } = fake([500, 200]);
    await sendRequest(transport({ safe: true }))(
      new Request('http://alliance.test/v1/recognition/checks', { method: 'POST', body: '{}' }),
    );
    expect(seen.map((r) => r.headers.get('idempotency-key'))).toEqual([null, null]);
  });

  it('does not retry 4xx refusals other than 408 and 429', async () => {
    for (const status of [400, 401, 403, 404, 409, 412, 422]) {
      const { transport, seen } = fake([status, 200]);
      await expect(
        sendRequest(transport())(new Request('http://alliance.test/v1/me')),
      ).resolves.toMatchObject({ status });
      expect(seen).toHaveLength(1);
    }
    for (const status of [408, 429]) {
      const { transport, seen } = fake([status, 200]);
      await expect(
        sendRequest(transport())(new Request('http://alliance.test/v1/me')),
      ).resolves.toMatchObject({
        status: 200,
      });
      expect(seen).toHaveLength(2);
    }
  });
});

describe('an answer without a problem body (a proxy or gateway answered)', () => {
  it('takes its code from the contract status table, so callers branch on the code as for the server', () => {
    const bare = (status: number) => toAllianceError(undefined, new Response(null, { status })).code;
    for (const [code, status] of Object.entries(PROBLEM_STATUS)) {
      expect(PROBLEM_STATUS[bare(status)]).toBe(status);
      // The SDK keeps the contract's table read backwards: the first code of each status, as the contract lists them.
      expect(bare(status)).toBe(Object.entries(PROBLEM_STATUS).find(([, s]) => s === status)?.[0]);
      if (code === 'not_found' || code === 'version_conflict' || code === 'rate_limited') {
        expect(bare(status)).toBe(code);
      }
    }
    expect(bare(422)).toBe('validation_failed');
    expect(bare(502)).toBe('service_unavailable');
    expect(bare(504)).toBe('service_unavailable');
    expect(bare(599)).toBe('internal_error');
    expect(bare(418)).toBe('malformed_request');
  });
});

// What a resource method makes of each kind of answer, through the transport's read of the body and openapi-fetch's
// parse: pinned so that a change to how the body is read (#12: the copy it makes costs ~10 % of a call) keeps it.
describe('what a resource method makes of an answer', () => {
  const answering = (...answers: (() => Response)[]) => {
    let n = 0;
    return createAllianceClient({
      baseUrl: 'http://alliance.test',
      token: 'token-1',
      retry: { baseDelayMs: 1 },
      fetch: async () => answers[Math.min(n++, answers.length - 1)]!(),
    });
  };
  const json =
    (status: number, body: unknown, type = 'application/json') =>
    () =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

  it('parses a JSON body, with or without a length, and gives nothing for a 204', async () => {
    const me = { clinicianId: 'cln_cz_neuro_wang' };
    await expect(answering(json(200, me)).me()).resolves.toEqual(me);
    const chunked = () =>
      new Response(new Blob([JSON.stringify(me)]).stream(), {
        headers: { 'content-type': 'application/json' },
      });
    await expect(answering(chunked).me()).resolves.toEqual(me);
    await expect(
      answering(() => new Response(null, { status: 204 })).webhookEndpoints.delete('whe_1'),
    ).resolves.toBeUndefined();
  });

  it('retries a 409 idempotency_request_in_progress by reading its problem, then gives the 201', async () => {
    const problem = { type: 'about:blank', title: '…', status: 409, code: 'idempotency_request_in_progress' };
    const created = { id: 'apt_1', status: 'booked' };
    const client = answering(json(409, problem, 'application/problem+json'), json(201, created));
    await expect(client.appointments.book({} as never)).resolves.toEqual(created);
  });

  it('turns a problem into an AllianceError, and a gateway’s HTML page into one with the status’s code', async () => {
    const problem = { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' };
    await expect(
      answering(json(404, problem, 'application/problem+json')).referrals.get('ref_1'),
    ).rejects.toMatchObject({ name: 'AllianceError', code: 'not_found', status: 404 });
    const html = () =>
      new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } });
    await expect(answering(html).me({ retry: false })).rejects.toMatchObject({
      code: 'service_unavailable',
      status: 502,
    });
  });

  it('reads a 2xx body within the timeout: a body that stalls is a TimeoutError, and is retried', async () => {
    // Headers at once, then half a body and silence, until the attempt is aborted (as `fetch` does on abort).
    const stalling = (request: Request) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"clinicianId":'));
            request.signal.addEventListener('abort', () => controller.error(request.signal.reason));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const me = { clinicianId: 'cln_cz_neuro_wang' };
    let attempts = 0;
    const client = createAllianceClient({
      baseUrl: 'http://alliance.test',
      token: 'token-1',
      timeoutMs: 50,
      retry: { baseDelayMs: 1 },
      fetch: async (request) => (attempts++ === 0 ? stalling(request) : json(200, me)()),
    });
    await expect(client.me()).resolves.toEqual(me);
    expect(attempts).toBe(2);
    attempts = 0;
    await expect(client.me({ retry: false })).rejects.toMatchObject({ name: 'TimeoutError', timeoutMs: 50 });
  });

  it('gives middleware an answer whose body it can read, and the method the same data', async () => {
    const me = { clinicianId: 'cln_cz_neuro_wang' };
    const seen: unknown[] = [];
    const client = createAllianceClient({
      baseUrl: 'http://alliance.test',
      token: 'token-1',
      fetch: async () => json(200, me)(),
      middleware: [{ onResponse: async ({ response }) => void seen.push(await response.clone().json()) }],
    });
    await expect(client.me()).resolves.toEqual(me);
    expect(seen).toEqual([me]);
  });

  it('sends from a resource method what openapi-fetch sends for the same call: URL, query, method, headers, body', async () => {
    const sent: Request[] = [];
    const client = createAllianceClient({
      baseUrl: 'http://alliance.test/',
      token: 'token-1',
      fetch: async (request) => {
        sent.push(request);
        return json(200, { items: [], nextCursor: null })();
      },
    });
    const call = { requestId: 'req_same', idempotencyKey: 'key-same' };
    await client.referrals
      .list({ side: 'receiving', status: ['submitted', 'accepted'], q: '王 / 5%' }, { requestId: 'req_same' })
      .toArray();
    await client.raw.GET('/v1/referrals', {
      params: { query: { side: 'receiving', status: ['submitted', 'accepted'], q: '王 / 5%' } },
      headers: { 'x-request-id': 'req_same' },
    });
    const body = { note: '转回 / 复查' };
    await client.referrals.transition({ id: 'ref 1', version: 3 }, body as never, call);
    await client.raw.POST('/v1/referrals/{referralId}/transitions', {
      params: { path: { referralId: 'ref 1' }, header: { 'If-Match': '"3"' } },
      body: body as never,
      headers: { 'x-request-id': 'req_same', 'idempotency-key': 'key-same' },
    });
    const seen = await Promise.all(
      sent.map(async (request) => ({
        url: request.url,
        method: request.method,
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
      })),
    );
    expect(seen[0]!.url).toBe(
      'http://alliance.test/v1/referrals?side=receiving&status=submitted&status=accepted&q=%E7%8E%8B%20%2F%205%25',
    );
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[2]).toMatchObject({
      url: 'http://alliance.test/v1/referrals/ref%201/transitions',
      method: 'POST',
    });
    expect(seen[2]).toEqual(seen[3]);
  });

  it('runs middleware added later with raw.use on the resource methods too, and none after eject', async () => {
    const me = { clinicianId: 'cln_cz_neuro_wang' };
    const client = createAllianceClient({
      baseUrl: 'http://alliance.test',
      token: 'token-1',
      fetch: async () => json(200, me)(),
    });
    const statuses: number[] = [];
    const counting = {
      onResponse: ({ response }: { response: Response }) => void statuses.push(response.status),
    };
    await client.me();
    client.raw.use(counting);
    await expect(client.me()).resolves.toEqual(me);
    await client.raw.GET('/v1/me');
    client.raw.eject(counting);
    await client.me();
    expect(statuses).toEqual([200, 200]);
  });

  it('refuses middleware without a hook when it is given, not on the first call', () => {
    const options = { baseUrl: 'http://alliance.test', token: 'token-1' };
    expect(() => createAllianceClient({ ...options, middleware: [{} as never] })).toThrow(TypeError);
    expect(() => createAllianceClient(options).raw.use('log' as never)).toThrow(
      /onRequest, onResponse or onError/,
    );
  });

  it('rejects a 200 whose body is not JSON, as openapi-fetch does', async () => {
    await expect(answering(() => new Response('not json', { status: 200 })).me()).rejects.toThrow(
      SyntaxError,
    );
  });
});
