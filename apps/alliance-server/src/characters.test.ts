// Valid JSON that PostgreSQL cannot store: a NUL (U+0000) or a lone surrogate in any string of a request. Every
// string of every write operation of the contract, on PGlite and on PostgreSQL: a 422 `invalid_characters` at
// that string, never a 500 and never a stored row.
import { openapiDocument } from '@yilian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationsById } from './http/validation.js';
import type { TestServer } from './testing/harness.js';
import { createTestServer, postgresTestDatabase, postgresUrl } from './testing/harness.js';

type Schema = Record<string, unknown>;
type Problem = { code: string; errors?: { pointer: string; code: string }[] };

function resolve(schema: Schema): Schema {
  let current = schema;
  while (typeof current.$ref === 'string') {
    let node: unknown = openapiDocument;
    for (const part of current.$ref.replace(/^#\//, '').split('/')) {
      node = (node as Record<string, unknown>)[part];
    }
    current = node as Schema;
  }
  return current;
}

/** The contract's example bodies of an operation: its schema's example, or each command's for a union. */
function examples(operationId: string): unknown[] {
  const entry = operationsById.get(operationId)!;
  const schema = resolve(entry.operation.requestBody!.content['application/json']!.schema);
  const branches = (schema.oneOf as Schema[] | undefined)?.map(resolve) ?? [schema];
  return branches.map((b) => structuredClone(b.example)).filter((e) => e !== undefined);
}

/** Every string in a value, by JSON Pointer. */
function stringPointers(value: unknown, at = ''): string[] {
  if (typeof value === 'string') {
    return [at];
  }
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => stringPointers(v, `${at}/${i}`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringPointers(v, `${at}/${k}`));
  }
  return [];
}

function replaceAt(value: unknown, pointer: string, make: (s: string) => string): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const parts = pointer.split('/').slice(1);
  let node = copy as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) {
    node = node[part] as Record<string, unknown>;
  }
  const last = parts.at(-1)!;
  node[last] = make(node[last] as string);
  return copy;
}

const BAD: [string, (s: string) => string][] = [
  ['NUL', (s) => `${s.slice(0, 1)}\u0000${s.slice(1)}`],
  ['a lone high surrogate', (s) => `${s}\uD800`],
  ['a lone low surrogate', (s) => `\uDC00${s}`],
];

const writes = [...operationsById.entries()]
  .filter(([, e]) => e.method === 'post' && e.operation.requestBody)
  .map(([id]) => id);

const url = postgresUrl();
const databases: [string, string | undefined][] = [
  ['PGlite', undefined],
  ...(url ? [['PostgreSQL', url] as [string, string]] : []),
];

describe.each(databases)('NUL and lone surrogates on %s', (_, databaseUrl) => {
  let server: TestServer;
  let token: string;
  let pg: Awaited<ReturnType<typeof postgresTestDatabase>> | undefined;

  beforeAll(async () => {
    pg = databaseUrl ? await postgresTestDatabase(databaseUrl) : undefined;
    server = await createTestServer(pg ? { db: pg.db } : {});
    token = await server.tokenFor('cln_cz_coord_liu');
  });

  afterAll(async () => {
    await pg?.drop();
  });

  it.each(writes)(
    '%s refuses them in every string with invalid_characters, never a 5xx',
    async (operationId) => {
      const bodies = examples(operationId);
      expect(bodies.length).toBeGreaterThan(0);
      for (const body of bodies) {
        for (const pointer of stringPointers(body)) {
          for (const [what, make] of BAD) {
            const res = await server.call<Problem>(operationId as never, {
              token,
              body: replaceAt(body, pointer, make),
              path: {
                referralId: 'ref_x',
                appointmentId: 'apt_x',
                endpointId: 'whe_x',
                activityId: 'act_x',
                ticketId: 'tkt_x',
                consultationId: 'con_x',
              },
              headers: { 'idempotency-key': crypto.randomUUID(), 'if-match': '"1"' },
            });
            expect(res.status, `${operationId} ${pointer} with ${what}`).toBe(422);
            expect(res.body.errors, `${operationId} ${pointer} with ${what}`).toContainEqual(
              expect.objectContaining({ pointer, code: 'invalid_characters' }),
            );
          }
        }
      }
    },
  );

  it('refuses them in a query parameter too', async () => {
    const res = await server.app.request('/v1/institutions?q=%E5%8D%8F%00', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).errors).toContainEqual(
      expect.objectContaining({ pointer: '#query/q', code: 'invalid_characters' }),
    );
  });

  it('refuses them in a free-text patient name on create, with nothing stored', async () => {
    const [body] = examples('createReferral') as Record<string, Record<string, unknown>>[];
    const res = await server.call<Problem>('createReferral', {
      token: await server.tokenFor('cln_cz_neuro_wang'),
      body: { ...body, patient: { ...body!.patient, name: '张\u0000三' } },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ pointer: '/patient/name' }));
  });
});
