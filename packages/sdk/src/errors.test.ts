// What the errors say, against the real reference server: why a token was refused, what a role may do, every invalid
// field in the caller's locale, and network failures that serialize for logs without a path or a patient's data.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RetryEvent } from './transport.js';
import { createAllianceClient } from './client.js';
import {
  AllianceError,
  NetworkError,
  TimeoutError,
  isAllianceError,
  throwIfError,
  toAllianceError,
} from './errors.js';
import { fieldMessages } from './messages.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { startReferenceServer, uniquePatient, upReferral } from './testing/reference-server.js';

let server: ReferenceServer;

beforeAll(async () => {
  server = await startReferenceServer();
});
afterEach(() => server.clearFaults());
afterAll(() => server.close());

const as = async (clinicianId: string, options: { locale?: 'zh-CN' | 'zh-TW' | 'en' } = {}) =>
  createAllianceClient({ baseUrl: server.baseUrl, token: await server.tokenFor(clinicianId), ...options });

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('a refused token', () => {
  it('says why in `reason`: a bad signature and an unreadable token', async () => {
    const forged = `${(await server.tokenFor('cln_cz_neuro_wang')).slice(0, -4)}AAAA`;
    const error = await createAllianceClient({ baseUrl: server.baseUrl, token: forged })
      .me()
      .catch((e: unknown) => e);
    expect(isAllianceError(error, 'unauthenticated')).toBe(true);
    expect((error as AllianceError).reason).toBe('token_invalid_signature');
    expect((error as AllianceError).toJSON().problem).toMatchObject({ reason: 'token_invalid_signature' });

    const garbled = await createAllianceClient({ baseUrl: server.baseUrl, token: 'not-a-jwt' })
      .me()
      .catch((e: unknown) => e);
    expect(garbled).toMatchObject({ status: 401, reason: 'token_malformed' });
  });
});

describe('a refused referral command', () => {
  it('names the commands the caller may issue now when the status does not allow the command', async () => {
    const wang = await as('cln_cz_neuro_wang');
    const referral = await wang.referrals.create(upReferral());
    const error = await wang.referrals.transition(referral, { command: 'submit' }).catch((e: unknown) => e);
    expect(isAllianceError(error, 'invalid_transition')).toBe(true);
    expect((error as AllianceError).allowedCommands).toEqual(['cancel']);
    expect((error as AllianceError).message).toMatch(/^\S/);
  });
});

describe('every invalid field of a request', () => {
  it('is worded from its code and params in English, never in the server’s Chinese', async () => {
    const wang = await as('cln_cz_neuro_wang'); // answers in zh-CN
    const form = upReferral({ ...uniquePatient(), idNumber: '110105199003071238' });
    const error = await wang.referrals
      .create({ ...form, reason: '很'.repeat(2001), allergies: '敏'.repeat(1001), urgency: 'green_channel' })
      .catch((e: unknown) => e);
    expect(isAllianceError(error, 'validation_failed')).toBe(true);
    const problem = error as AllianceError;
    expect(problem.problem.locale).toBe('zh-CN');
    expect(problem.errors.length).toBeGreaterThanOrEqual(2);
    const messages = fieldMessages(problem, 'en');
    expect(Object.keys(messages).sort()).toEqual([...new Set(problem.errors.map((f) => f.pointer))].sort());
    for (const message of Object.values(messages)) {
      expect(message).not.toMatch(/[\u4e00-\u9fff]/);
      expect(message).not.toMatch(/\{\w+\}/);
    }
    expect(messages['/reason']).toBe('At most 2000 characters.');
    expect(messages['/allergies']).toBe('At most 1000 characters.');
  });

  it('keeps the numbers of a message when the error carries them', () => {
    const error = new AllianceError({
      type: 'https://yilian.dev/problems/validation_failed',
      title: '提交的内容有误',
      status: 422,
      code: 'validation_failed',
      locale: 'zh-CN',
      errors: [
        { pointer: '/reason', code: 'too_long', detail: '最多2000个字符。', params: { max: 2000 } },
        { pointer: '/note', code: 'too_long', detail: '最多200个字符。' },
      ] as AllianceError['errors'][number][],
    });
    expect(fieldMessages(error, 'en')).toEqual({
      '/reason': 'At most 2000 characters.',
      '/note': 'The value is out of range.',
    });
    expect(fieldMessages(error, 'zh-CN')['/note']).toBe('最多200个字符。');
  });
});

describe('network failures', () => {
  it('tell the host, the attempts and the cause of a refused connection, and serialize without the path', async () => {
    const port = await closedPort();
    const retries: RetryEvent[] = [];
    const client = createAllianceClient({
      baseUrl: `http://127.0.0.1:${port}`,
      token: 't',
      retry: { maxRetries: 2, baseDelayMs: 5 },
      onRetry: (event) => retries.push(event),
    });
    const error = await client.results.get('res_patient_record_42').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ host: `127.0.0.1:${port}`, attempts: 3, code: 'ECONNREFUSED' });
    const json = (error as NetworkError).toJSON();
    expect(json).toMatchObject({
      name: 'NetworkError',
      code: 'ECONNREFUSED',
      host: `127.0.0.1:${port}`,
      attempts: 3,
      requestId: expect.stringMatching(/^req_/),
      cause: { name: 'TypeError', message: expect.any(String) },
    });
    const logged = JSON.stringify(error);
    expect(logged).toBe(JSON.stringify(json));
    expect(logged).not.toContain('res_patient_record_42');
    expect(logged).not.toContain('/v1/');
    expect(retries.map((r) => [r.attempt, r.reason, r.method, r.host])).toEqual([
      [1, 'network', 'GET', `127.0.0.1:${port}`],
      [2, 'network', 'GET', `127.0.0.1:${port}`],
    ]);
  });

  it('tell the host, the attempts and the timeout of a server that answers too slowly', async () => {
    await server.faults([{ match: 'GET /v1/me', phase: 'before', delayMs: 1_000, times: 2 }]);
    const retries: RetryEvent[] = [];
    const client = await as('cln_cz_neuro_wang');
    const error = await client
      .me({ timeoutMs: 150, retry: { maxRetries: 1, baseDelayMs: 5 }, onRetry: (e) => retries.push(e) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    const host = new URL(server.baseUrl).host;
    expect((error as TimeoutError).toJSON()).toMatchObject({
      name: 'TimeoutError',
      host,
      attempts: 2,
      timeoutMs: 150,
      requestId: expect.stringMatching(/^req_/),
    });
    expect(retries).toEqual([
      {
        attempt: 1,
        delayMs: expect.any(Number),
        reason: 'timeout',
        requestId: expect.any(String),
        method: 'GET',
        host,
      },
    ]);
  });
});

describe('onRetry', () => {
  it('is told each retry of a 503 with the server’s wait, and a call’s own hook replaces the client’s', async () => {
    const clientRetries: RetryEvent[] = [];
    const callRetries: RetryEvent[] = [];
    const client = createAllianceClient({
      baseUrl: server.baseUrl,
      token: await server.tokenFor('cln_cz_neuro_wang'),
      onRetry: (event) => clientRetries.push(event),
    });
    await server.faults([
      { match: 'GET /v1/me', phase: 'before', status: 503, retryAfterSeconds: 0, times: 2 },
    ]);
    await client.me({ requestId: 'req_on_retry_1' });
    const host = new URL(server.baseUrl).host;
    expect(clientRetries).toEqual([
      { attempt: 1, delayMs: 0, reason: 503, requestId: 'req_on_retry_1', method: 'GET', host },
      { attempt: 2, delayMs: 0, reason: 503, requestId: 'req_on_retry_1', method: 'GET', host },
    ]);

    await server.faults([
      { match: 'GET /v1/me', phase: 'before', status: 503, retryAfterSeconds: 0, times: 1 },
    ]);
    await client.me({ onRetry: (event) => callRetries.push(event) });
    expect(callRetries).toHaveLength(1);
    expect(clientRetries).toHaveLength(2);
  });

  it('ends the call with its own error when it throws', async () => {
    const client = await as('cln_cz_neuro_wang');
    await server.faults([
      { match: 'GET /v1/me', phase: 'before', status: 503, retryAfterSeconds: 0, times: 1 },
    ]);
    const circuitOpen = new Error('circuit open');
    await expect(
      client.me({
        onRetry: () => {
          throw circuitOpen;
        },
      }),
    ).rejects.toBe(circuitOpen);
  });
});

describe('AllianceError#toJSON', () => {
  it('gives the problem and the request id, never the request body', async () => {
    const wang = await as('cln_cz_neuro_wang', { locale: 'en' });
    const patient = { ...uniquePatient('王秘密'), idNumber: '110105199003071238' };
    const error = (await wang.referrals
      .create(upReferral(patient))
      .catch((e: unknown) => e)) as AllianceError;
    const json = error.toJSON();
    expect(json).toMatchObject({
      name: 'AllianceError',
      status: 422,
      code: 'validation_failed',
      requestId: expect.stringMatching(/^req_/),
      problem: { code: 'validation_failed', errors: expect.any(Array) },
    });
    const logged = JSON.stringify(error);
    expect(logged).not.toContain('王秘密');
    expect(logged).not.toContain(patient.idNumber);
    // A logged copy is data, not the error.
    expect(isAllianceError(JSON.parse(logged))).toBe(false);
    expect(isAllianceError(json)).toBe(false);
  });
});

describe('the raw client with the resource methods’ errors', () => {
  it('throwIfError returns the data or throws the AllianceError of the answer', async () => {
    const wang = await as('cln_cz_neuro_wang');
    expect(throwIfError(await wang.raw.GET('/v1/me'))).toMatchObject({ clinicianId: 'cln_cz_neuro_wang' });
    const missing = await wang.raw.GET('/v1/referrals/{referralId}', {
      params: { path: { referralId: 'ref_nothing_here' } },
    });
    expect(() => throwIfError(missing)).toThrow(AllianceError);
    const error = toAllianceError(missing.error, missing.response);
    expect(error).toMatchObject({
      status: 404,
      code: 'not_found',
      requestId: expect.stringMatching(/^req_/),
    });
  });
});
