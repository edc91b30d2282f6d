// Property-based request fuzzing from the contract: whatever arrives, the server answers with a documented status
// and a problem with a code, never a 500, and a rejected request changes nothing.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationsById } from './http/validation.js';
import { arbitraryFor } from './testing/arbitraries.js';
import type { TestServer } from './testing/harness.js';
import { createTestServer } from './testing/harness.js';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await createTestServer();
  token = await server.tokenFor('cln_cz_coord_liu');
});

const TABLES = [
  'referrals',
  'appointments',
  'results',
  'retest_records',
  'audit_events',
  'events',
  'webhook_endpoints',
  'referral_attachments',
  'idempotency_keys',
];

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0]!.n;
  }
  return counts;
}

const writes = [...operationsById.entries()].filter(
  ([, e]) => e.method === 'post' && e.operation.requestBody,
);

describe('request fuzzing from the contract', () => {
  it.each(writes.map(([id]) => id))(
    '%s never answers 500 and changes nothing when it refuses',
    async (operationId) => {
      const entry = operationsById.get(operationId)!;
      const schema = entry.operation.requestBody!.content['application/json']!.schema;
      await fc.assert(
        fc.asyncProperty(
          arbitraryFor(schema),
          fc.constantFrom('ref_x', 'apt_x', 'ins_pumch', 'whe_x'),
          async (body, id) => {
            const before = await rowCounts();
            const res = await server.call(operationId as never, {
              token,
              body,
              path: { referralId: id, appointmentId: id, endpointId: id },
              headers: { 'idempotency-key': crypto.randomUUID() },
            });
            expect(res.status).not.toBeGreaterThanOrEqual(500);
            if (res.status >= 400) {
              expect(await rowCounts()).toEqual(before);
            }
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const res = await server.call('createReferral', { token, rawBody: '{"direction": "up",' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'malformed_request' });
  });

  it('answers a body that is not JSON with a 415 problem', async () => {
    const res = await server.call('createReferral', {
      token,
      rawBody: 'direction=up',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('serves every operation of the contract', () => {
    const served = new Set(server.app.routes.map((r) => `${r.method} ${r.path}`));
    const missing = [...operationsById.values()]
      .map((e) => `${e.method.toUpperCase()} ${e.path.replace(/\{([^}]+)\}/g, ':$1')}`)
      .filter((route) => !served.has(route));
    expect(missing).toEqual([]);
  });
});
