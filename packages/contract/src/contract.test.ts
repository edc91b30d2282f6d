import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { openapiDocument, PROBLEM_STATUS, problemStatus, problemTypeUri, schemaExample } from './index.js';

// ajv and ajv-formats are CommonJS: under NodeNext the default import is `module.exports`, whose `default` is the
// class (and, bundled, the class carries `default` too), so `.default` is right in Node, Vite and the browser.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
const schemas = openapiDocument.components.schemas;

function compileAll() {
  // Not strict: `example` and `discriminator` are OpenAPI words, not JSON Schema ones. Ajv's own discriminator
  // support cannot read `mapping`; the const `command` of each branch decides the oneOf on its own.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'contract', components: openapiDocument.components } as object);
  return (name: string) => ajv.getSchema(`contract#/components/schemas/${name}`)!;
}

const operations = Object.entries(openapiDocument.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, op]) => ({ path, method, op: op as Record<string, unknown> })),
);

describe('the contract document', () => {
  it('gives every schema an example that its own schema accepts', () => {
    const validator = compileAll();
    const failures: string[] = [];
    for (const name of Object.keys(schemas)) {
      const schema = schemas[name]!;
      if (!('example' in schema)) {
        failures.push(`${name}: no example`);
        continue;
      }
      const validate = validator(name);
      if (!validate(schema.example)) {
        failures.push(`${name}: ${JSON.stringify(validate.errors)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('rejects a body with an unknown field, so typos cannot pass silently', () => {
    const validate = compileAll()('ReferralCreate');
    const body = { ...schemaExample('ReferralCreate'), patientName: 'x' };
    expect(validate(body)).toBe(false);
  });

  it('versions every business path under /v1 and names every operation', () => {
    const ids = new Set<string>();
    for (const { path, method, op } of operations) {
      if (!['/healthz', '/readyz'].includes(path)) {
        expect(path, `${method} ${path}`).toMatch(/^\/v1\//);
      }
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(op.operationId as string), `duplicate ${String(op.operationId)}`).toBe(false);
      ids.add(op.operationId as string);
    }
    expect(ids.size).toBeGreaterThanOrEqual(30);
  });

  it('lets every create that is not safe accept an Idempotency-Key', () => {
    const safePosts = new Set(['checkRecognition', 'searchResults', 'checkOrder']);
    for (const { method, op } of operations) {
      if (method !== 'post' || safePosts.has(op.operationId as string)) {
        continue;
      }
      const params = (op.parameters ?? []) as { $ref?: string }[];
      expect(
        params.some((p) => p.$ref === '#/components/parameters/IdempotencyKey'),
        String(op.operationId),
      ).toBe(true);
    }
  });

  it('never puts patient identity in a path or query parameter', () => {
    const forbidden = /name|idNumber|phone|patient|birth/i;
    for (const { path, op } of operations) {
      expect(path).not.toMatch(forbidden);
      for (const p of (op.parameters ?? []) as { name?: string; in?: string }[]) {
        if (p.name) {
          expect(p.name, `${String(op.operationId)} ${p.name}`).not.toMatch(forbidden);
        }
      }
    }
  });

  it('keeps enum values snake_case and property names camelCase', () => {
    const walk = (node: unknown, at: string, out: string[]) => {
      if (Array.isArray(node)) {
        return node.forEach((n, i) => walk(n, `${at}/${i}`, out));
      }
      if (!node || typeof node !== 'object') {
        return;
      }
      const obj = node as Record<string, unknown>;
      if (Array.isArray(obj.enum) && !at.includes('/headers/')) {
        for (const v of obj.enum) {
          if (
            typeof v === 'string' &&
            !/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$|^zh-CN$|^zh-TW$|^en$/.test(v)
          ) {
            out.push(`${at}: ${v}`);
          }
        }
      }
      if (obj.properties && typeof obj.properties === 'object') {
        for (const key of Object.keys(obj.properties)) {
          if (!/^[a-z][A-Za-z0-9]*$/.test(key)) {
            out.push(`${at}/properties/${key}`);
          }
        }
      }
      for (const [k, v] of Object.entries(obj)) {
        walk(v, `${at}/${k}`, out);
      }
    };
    const bad: string[] = [];
    walk(openapiDocument.components, '#/components', bad);
    expect(bad).toEqual([]);
  });

  it('gives every problem code a stable type URI', () => {
    expect(problemTypeUri('slot_full')).toBe('https://yilian.dev/problems/slot_full');
    const codes = (schemas.ProblemCode as { enum: string[] }).enum;
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every problem code of the document exactly one HTTP status, and no status to a code it lacks', () => {
    const codes = (schemas.ProblemCode as { enum: string[] }).enum;
    expect(Object.keys(PROBLEM_STATUS).sort()).toEqual([...codes].sort());
    for (const status of Object.values(PROBLEM_STATUS)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
  });

  it('answers an unreadable parameter with 400 and a readable request that breaks a rule with 422', () => {
    expect(problemStatus('validation_failed', [{ pointer: '#query/limit', code: 'out_of_range' }])).toBe(400);
    expect(problemStatus('validation_failed', [{ pointer: '#query/to', code: 'interval_invalid' }])).toBe(
      422,
    );
    expect(problemStatus('validation_failed', [{ pointer: '/patient/idNumber', code: 'required' }])).toBe(
      422,
    );
    expect(problemStatus('validation_failed')).toBe(422);
    expect(problemStatus('slot_full')).toBe(409);
  });
});
