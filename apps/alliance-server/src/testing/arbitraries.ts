// fast-check arbitraries derived from the contract's JSON Schemas, for request fuzzing. They aim at the edges a
// hand-written test forgets: every enum value, optional members present or not, unknown members, wrong types.
import { openapiDocument } from '@yilian/contract';
import fc from 'fast-check';

type Schema = Record<string, unknown>;

function resolve(schema: Schema): Schema {
  let current = schema;
  while (typeof current.$ref === 'string') {
    const path = current.$ref.replace(/^#\//, '').split('/');
    let node: unknown = openapiDocument;
    for (const part of path) {
      node = (node as Record<string, unknown>)[part];
    }
    current = node as Schema;
  }
  return current;
}

const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);

/**
 * Values that follow the schema most of the time (its example, enums, formats) and break it some of the time.
 * @param depth - recursion guard
 */
export function arbitraryFor(raw: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  const example = 'example' in schema ? fc.constant(structuredClone(schema.example)) : undefined;
  const valid = validArbitrary(schema, depth);
  return fc.oneof({ weight: 6, arbitrary: valid }, ...(example ? [{ weight: 3, arbitrary: example }] : []), {
    weight: 1,
    arbitrary: junk,
  });
}

function validArbitrary(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (depth > 5) {
    return junk;
  }
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) {
    const branches = ((schema.oneOf ?? schema.anyOf) as Schema[]).map((s) => arbitraryFor(s, depth + 1));
    return fc.oneof(...branches);
  }
  if (Array.isArray(schema.allOf)) {
    return arbitraryFor((schema.allOf as Schema[])[0]!, depth + 1);
  }
  if ('const' in schema) {
    return fc.constant(schema.const);
  }
  if (Array.isArray(schema.enum)) {
    return fc.constantFrom(...(schema.enum as unknown[]));
  }
  const type = Array.isArray(schema.type)
    ? (schema.type as string[])[0]
    : (schema.type as string | undefined);
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required ?? []) as string[]);
      const entries = Object.fromEntries(
        Object.entries(properties).map(([k, v]) => [k, arbitraryFor(v, depth + 1)]),
      );
      return fc
        .record(entries, { requiredKeys: [...required].filter((k) => k in entries) })
        .chain((obj) =>
          fc.oneof(
            { weight: 9, arbitrary: fc.constant(obj) },
            { weight: 1, arbitrary: fc.constant({ ...obj, unexpectedMember: 1 }) },
          ),
        );
    }
    case 'array':
      return fc.array(arbitraryFor((schema.items ?? {}) as Schema, depth + 1), { maxLength: 3 });
    case 'integer':
      return fc.integer({ min: -5, max: 200 });
    case 'number':
      return fc.double({ noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.format === 'date-time') {
        return fc
          .date({
            min: new Date('2020-01-01T00:00:00Z'),
            max: new Date('2030-01-01T00:00:00Z'),
            noInvalidDate: true,
          })
          .map((d) => d.toISOString());
      }
      if (schema.format === 'date') {
        return fc
          .date({
            min: new Date('1920-01-01T00:00:00Z'),
            max: new Date('2030-01-01T00:00:00Z'),
            noInvalidDate: true,
          })
          .map((d) => d.toISOString().slice(0, 10));
      }
      return fc.string({ maxLength: 40 });
    default:
      return junk;
  }
}
