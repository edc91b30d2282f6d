import { openapiDocument } from './document.js';
import type { components } from './schema.js';

/** Every named schema of the contract, by name: `Schemas['Referral']`. */
export type Schemas = components['schemas'];
/** The name of a schema in the contract. */
export type SchemaName = keyof Schemas;
/** The machine code of a problem (RFC 9457 `code`). */
export type ProblemCode = Schemas['ProblemCode'];
/** The machine code of one invalid field in a problem's `errors[]`. */
export type FieldErrorCode = Schemas['FieldErrorCode'];

/** The base of every problem `type` URI; the code is appended. */
export const PROBLEM_TYPE_BASE = 'https://yilian.dev/problems/';

/**
 * The stable `type` URI of a problem code.
 * @param code - the problem's machine code
 * @example problemTypeUri('slot_full') // 'https://yilian.dev/problems/slot_full'
 */
export function problemTypeUri(code: ProblemCode): string {
  return PROBLEM_TYPE_BASE + code;
}

/**
 * The example the contract gives for a schema, deep-copied so callers may change it. Stories and tests use it
 * instead of hand-typed payloads.
 * @param name - a schema name, e.g. `'Patient'`
 * @example const patient = schemaExample('Patient');
 */
export function schemaExample<TName extends SchemaName>(name: TName): Schemas[TName] {
  const schema = openapiDocument.components.schemas[name];
  if (!schema || !('example' in schema)) {
    throw new Error(`The contract has no example for schema ${String(name)}`);
  }
  return structuredClone(schema.example) as Schemas[TName];
}
