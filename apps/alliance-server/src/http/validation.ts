import type { FieldErrorCode } from '@yilian/contract';
import { openapiDocument } from '@yilian/contract';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FieldIssue } from '../failure.js';

// ajv and ajv-formats are CommonJS: under NodeNext the default import is `module.exports`, whose `default` is the
// class (and, bundled, the class carries `default` too), so `.default` is right in Node, Vite and the browser.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

type JsonSchema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
}

const CONTRACT_ID = 'yilian-contract';

// Strict mode is off because OpenAPI keywords (`example`, `discriminator`) are not JSON Schema vocabulary; the
// document itself is linted by Redocly. Ajv's `discriminator` cannot read `mapping`, so mapped unions are resolved
// here before validating (see `pickBranch`).
function makeAjv(coerce: boolean) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: coerce ? 'array' : false });
  addFormats(ajv);
  ajv.addSchema({ $id: CONTRACT_ID, components: openapiDocument.components } as JsonSchema);
  return ajv;
}
const bodyAjv = makeAjv(false);
const paramAjv = makeAjv(true);

function resolveRef<T>(value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value) {
    const path = value.$ref.replace(/^#\//, '').split('/');
    let node: unknown = openapiDocument;
    for (const part of path) {
      node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return resolveRef(node as T);
  }
  return value as T;
}

/** Every operation of the contract by operationId, with its method and path template. */
export const operationsById: ReadonlyMap<string, { method: string; path: string; operation: Operation }> =
  new Map(
    Object.entries(openapiDocument.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => {
          const operation = op as Operation;
          return [operation.operationId, { method, path, operation }] as const;
        }),
    ),
  );

function toRef(schema: JsonSchema): JsonSchema {
  // Rewrites local refs so a schema compiled on its own resolves them inside the registered contract.
  return JSON.parse(
    JSON.stringify(schema).replace(/"#\/components\//g, `"${CONTRACT_ID}#/components/`),
  ) as JsonSchema;
}

function ajvIssues(errors: ErrorObject[] | null | undefined, base = ''): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  const push = (pointer: string, code: FieldErrorCode, params?: FieldIssue['params']) => {
    const key = `${pointer} ${code}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(params ? { pointer, code, params } : { pointer, code });
    }
  };
  for (const error of errors ?? []) {
    const at = base + error.instancePath;
    const p = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'required':
        push(`${at}/${String(p.missingProperty)}`, 'required');
        break;
      case 'additionalProperties':
      case 'unevaluatedProperties':
        push(`${at}/${String(p.additionalProperty ?? p.unevaluatedProperty)}`, 'unknown_field');
        break;
      case 'type':
        push(at, 'invalid_type', { expected: String(p.type) });
        break;
      case 'enum':
      case 'const':
        push(at, 'invalid_enum');
        break;
      case 'format':
      case 'pattern':
        push(at, 'invalid_format');
        break;
      // The domain's messages name these bounds {min} and {max}.
      case 'minLength':
      case 'minItems':
        push(at, 'too_short', { min: Number(p.limit) });
        break;
      case 'maxLength':
      case 'maxItems':
        push(at, 'too_long', { max: Number(p.limit) });
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        push(at, 'out_of_range', { limit: Number(p.limit) });
        break;
      case 'oneOf':
      case 'anyOf':
      case 'allOf':
      case 'if':
        // The branch errors that follow say what is wrong; the combinator adds nothing a user can act on.
        break;
      default:
        push(at, 'invalid_format');
    }
  }
  return issues;
}

// NUL, or a surrogate without its other half: valid JSON and valid JavaScript, but not text PostgreSQL can store
// (22P05, 22021) or index; refused in every string of every request, whatever its schema says.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds a character no database column can store (NUL, a lone surrogate). */
export function hasUnstorableCharacters(value: string): boolean {
  return UNSTORABLE.test(value);
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Whether any string (or object key) of a value holds a NUL or lone surrogate. */
function holdsUnstorable(value: unknown): boolean {
  if (typeof value === 'string') {
    return UNSTORABLE.test(value);
  }
  if (Array.isArray(value)) {
    return value.some(holdsUnstorable);
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (UNSTORABLE.test(key) || holdsUnstorable((value as Record<string, unknown>)[key])) {
        return true;
      }
    }
  }
  return false;
}

/** An `invalid_characters` issue for every string (and object key) of a value holding a NUL or lone surrogate. */
export function characterIssues(value: unknown, at = ''): FieldIssue[] {
  // Every body passes here and almost none holds one: the walk that names pointers runs only for those that do.
  if (!holdsUnstorable(value)) {
    return [];
  }
  if (typeof value === 'string') {
    return hasUnstorableCharacters(value) ? [{ pointer: at, code: 'invalid_characters' }] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => characterIssues(item, `${at}/${i}`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const pointer = `${at}/${escapePointer(key)}`;
      return hasUnstorableCharacters(key)
        ? [{ pointer, code: 'invalid_characters' as const }]
        : characterIssues(item, pointer);
    });
  }
  return [];
}

/** Merges issues, dropping a repeat of the same pointer and code. */
function merged(...lists: FieldIssue[][]): FieldIssue[] {
  const seen = new Set<string>();
  return lists.flat().filter((issue) => {
    const key = `${issue.pointer} ${issue.code}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** A mapped `oneOf` (a command union) validated against the one branch its discriminator names. */
function pickBranch(schema: JsonSchema, body: unknown): { schema: JsonSchema; issues: FieldIssue[] } {
  const discriminator = schema.discriminator as
    { propertyName: string; mapping?: Record<string, string> } | undefined;
  if (!discriminator?.mapping) {
    return { schema, issues: [] };
  }
  const tag =
    body && typeof body === 'object'
      ? (body as Record<string, unknown>)[discriminator.propertyName]
      : undefined;
  const target = typeof tag === 'string' ? discriminator.mapping[tag] : undefined;
  if (!target) {
    const code: FieldErrorCode = tag === undefined ? 'required' : 'invalid_enum';
    return { schema, issues: [{ pointer: `/${discriminator.propertyName}`, code }] };
  }
  return { schema: resolveRef<JsonSchema>({ $ref: target }), issues: [] };
}

export interface OperationValidator {
  /** Validates the JSON body; returns the issues (empty when valid). */
  body(body: unknown): FieldIssue[];
  /** Validates and coerces query parameters from their raw string values; returns the typed object or issues. */
  query(raw: Record<string, string[]>): { value: Record<string, unknown>; issues: FieldIssue[] };
  /** Validates path parameters. */
  path(raw: Record<string, string>): FieldIssue[];
  /** Validates the declared header parameters (by lower-case name). */
  headers(get: (name: string) => string | undefined): FieldIssue[];
  readonly hasBody: boolean;
}

const cache = new Map<string, OperationValidator>();

/** The compiled validators of one contract operation (compiled once, on first use). */
export function validatorFor(operationId: string): OperationValidator {
  const cached = cache.get(operationId);
  if (cached) {
    return cached;
  }
  const entry = operationsById.get(operationId);
  if (!entry) {
    throw new Error(`No operation ${operationId} in the contract`);
  }
  const params = (entry.operation.parameters ?? []).map((p) => resolveRef<Parameter>(p));
  const byLocation = (where: Parameter['in']) => params.filter((p) => p.in === where);

  const objectSchema = (list: Parameter[], additional: boolean): JsonSchema => ({
    type: 'object',
    additionalProperties: additional,
    required: list.filter((p) => p.required).map((p) => p.name),
    properties: Object.fromEntries(list.map((p) => [p.name, toRef(p.schema)])),
  });
  const queryParams = byLocation('query');
  const arrayNames = new Set(
    queryParams
      .filter((p) => resolveRef<JsonSchema>(p.schema as JsonSchema).type === 'array')
      .map((p) => p.name),
  );
  const queryValidate = paramAjv.compile(objectSchema(queryParams, false));
  const pathValidate = paramAjv.compile(objectSchema(byLocation('path'), true));
  const headerParams = byLocation('header');
  const headerValidate = paramAjv.compile(objectSchema(headerParams, true));
  // Most operations take no path, header or query parameter at all, or none required: with none given there is
  // nothing to check, and every read would otherwise run a compiled schema over an empty object (#12).
  const pathless = byLocation('path').length === 0;
  const queryRequired = queryParams.some((p) => p.required);

  const bodySchema = entry.operation.requestBody?.content['application/json']?.schema;
  const rootBody = bodySchema ? resolveRef<JsonSchema>(bodySchema) : undefined;
  const branchValidators = new Map<JsonSchema, ValidateFunction>();
  const compileBody = (schema: JsonSchema) => {
    let fn = branchValidators.get(schema);
    if (!fn) {
      fn = bodyAjv.compile(toRef(schema));
      branchValidators.set(schema, fn);
    }
    return fn;
  };

  const validator: OperationValidator = {
    hasBody: Boolean(rootBody),
    body(body) {
      if (!rootBody) {
        return [];
      }
      const characters = characterIssues(body);
      const branch = pickBranch(rootBody, body);
      if (branch.issues.length > 0) {
        return merged(characters, branch.issues);
      }
      const validate = compileBody(branch.schema);
      return merged(characters, validate(body) ? [] : ajvIssues(validate.errors));
    },
    query(raw) {
      const value: Record<string, unknown> = {};
      const issues: FieldIssue[] = [];
      const names = Object.keys(raw);
      if (names.length === 0 && !queryRequired) {
        return { value, issues };
      }
      for (const name of names) {
        const values = raw[name]!;
        if (hasUnstorableCharacters(name) || values.some(hasUnstorableCharacters)) {
          issues.push({ pointer: `#query/${escapePointer(name)}`, code: 'invalid_characters' });
          continue;
        }
        if (arrayNames.has(name)) {
          value[name] = values;
        } else if (values.length > 1) {
          issues.push({
            pointer: `#query/${name}`,
            code: 'invalid_type',
            params: { expected: 'single value' },
          });
        } else {
          value[name] = values[0];
        }
      }
      if (!queryValidate(value)) {
        issues.push(...ajvIssues(queryValidate.errors).map((i) => ({ ...i, pointer: `#query${i.pointer}` })));
      }
      return { value, issues };
    },
    path(raw) {
      if (pathless) {
        return [];
      }
      const characters = Object.entries(raw)
        .filter(([, v]) => hasUnstorableCharacters(v))
        .map(([name]): FieldIssue => ({ pointer: `#path/${name}`, code: 'invalid_characters' }));
      if (characters.length > 0) {
        return characters;
      }
      return pathValidate({ ...raw })
        ? []
        : ajvIssues(pathValidate.errors).map((i) => ({ ...i, pointer: `#path${i.pointer}` }));
    },
    headers(get) {
      if (headerParams.length === 0) {
        return [];
      }
      const present: Record<string, string> = {};
      for (const p of headerParams) {
        const v = get(p.name.toLowerCase());
        if (v !== undefined) {
          present[p.name] = v;
        }
      }
      return headerValidate(present)
        ? []
        : ajvIssues(headerValidate.errors).map((i) => ({ ...i, pointer: `#header${i.pointer}` }));
    },
  };
  cache.set(operationId, validator);
  return validator;
}

/**
 * Validates a response body against the contract's schema for that operation and status. The server does not do
 * this on the hot path; the tests do it for every response they see.
 * @returns the issues, empty when the body conforms
 */
export function validateResponse(operationId: string, status: number, body: unknown): FieldIssue[] {
  const entry = operationsById.get(operationId);
  if (!entry) {
    throw new Error(`No operation ${operationId} in the contract`);
  }
  const response = resolveRef<{ content?: Record<string, { schema: JsonSchema }> }>(
    (entry.operation.responses[String(status)] ?? entry.operation.responses.default) as { $ref: string },
  );
  if (!response) {
    return [{ pointer: '', code: 'unknown_reference', params: { status } }];
  }
  const media = response.content?.['application/json'] ?? response.content?.['application/problem+json'];
  if (!media) {
    return body === undefined || body === null || body === '' ? [] : [{ pointer: '', code: 'unknown_field' }];
  }
  const key = `${operationId} ${status}`;
  let validate = responseValidators.get(key);
  if (!validate) {
    validate = bodyAjv.compile(toRef(media.schema));
    responseValidators.set(key, validate);
  }
  return validate(body) ? [] : ajvIssues(validate.errors);
}
const responseValidators = new Map<string, ValidateFunction>();

/** Validates a body against the contract's `Problem` schema. */
export function validateProblem(body: unknown): FieldIssue[] {
  problemValidator ??= bodyAjv.compile(toRef({ $ref: '#/components/schemas/Problem' }));
  return problemValidator(body) ? [] : ajvIssues(problemValidator.errors);
}
let problemValidator: ValidateFunction | undefined;
