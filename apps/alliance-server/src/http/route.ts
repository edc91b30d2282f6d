import type { operations } from '@yilian/contract';
import type { Context, Hono } from 'hono';
import type { Actor } from '../auth.js';
import type { AppEnv, Deps } from '../context.js';
import type { Queryable } from '../db/database.js';
import type { FieldIssue } from '../failure.js';
import { Failure, failures } from '../failure.js';
import { jsonText } from '../json-text.js';
import type { KeyHold } from '../stores/idempotency-store.js';
import { runIdempotent } from './idempotency.js';
import type { RouteResult } from './route-result.js';
import { operationsById, validatorFor } from './validation.js';

export type { RouteResult };

export type OperationId = keyof operations;
type Op<T extends OperationId> = operations[T];

/** The JSON body an operation takes. */
export type BodyOf<T extends OperationId> =
  Op<T> extends {
    requestBody: { content: { 'application/json': infer B } };
  }
    ? B
    : Op<T> extends { requestBody?: { content: { 'application/json': infer B } } }
      ? B | undefined
      : undefined;
/** The query parameters of an operation after validation and coercion. */
export type QueryOf<T extends OperationId> =
  Op<T> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : Record<string, never>;
/** The path parameters of an operation. */
export type PathOf<T extends OperationId> =
  Op<T> extends { parameters: { path: infer P } } ? P : Record<string, never>;

type Responses<T extends OperationId> = Op<T>['responses'];
type SuccessStatus<T extends OperationId> = Extract<keyof Responses<T>, 200 | 201 | 204>;
/** The JSON body of a success response of an operation. */
export type ResponseOf<T extends OperationId, S extends SuccessStatus<T>> = Responses<T>[S] extends {
  content: { 'application/json': infer B };
}
  ? B
  : undefined;

export interface RouteInput<T extends OperationId> {
  c: Context<AppEnv>;
  deps: Deps;
  actor: Actor;
  body: BodyOf<T>;
  query: QueryOf<T>;
  path: PathOf<T>;
  now: Date;
  /**
   * The version the caller's `If-Match` names, for routes with the `ifMatch` option: a number, or `undefined`
   * when the header names no version (which matches none).
   */
  expectedVersion: number | undefined;
}

interface RouteOptions {
  /** Run the handler in one transaction with the idempotency record (every non-idempotent create). */
  idempotent?: boolean;
  /**
   * With `idempotent`: the handler gets the request's key (`KeyHold`, absent without an `Idempotency-Key`) and
   * claims it and stores its answer in its own statements, in the request's transaction or, with `'statement'`,
   * outside any (see `runIdempotent`).
   */
  foldsIdempotency?: 'transaction' | 'statement';
  /**
   * The operation changes a versioned resource and requires `If-Match`: without it the answer is
   * `precondition_required`, before the request is read.
   */
  ifMatch?: boolean;
  /**
   * The operation's own field rules (a use-case's), asked when the body breaks the schema too, so one answer lists
   * every invalid field. They read a body the schema refused: whatever they throw adds nothing.
   */
  ruleIssues?: (input: { actor: Actor; deps: Deps; body: unknown; now: Date }) => Promise<FieldIssue[]>;
}

/** Issues merged without repeating a pointer and code. */
function withoutRepeats(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.pointer} ${issue.code}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The `ETag` of a resource version. */
export function etag(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` names (`"3"` or `3`), or `undefined` when it names none. `If-Match` compares strongly
 * (RFC 9110 §13.1.1): a weak tag (`W/"3"`) matches no version, so it ends in `version_conflict`.
 */
export function parseIfMatch(header: string): number | undefined {
  const match = /^\s*"?(\d{1,9})"?\s*$/.exec(header);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** Builds a typed result for a success status of the operation. */
export function reply<T extends OperationId, S extends SuccessStatus<T>>(
  _operationId: T,
  status: S,
  body: ResponseOf<T, S>,
  headers?: Record<string, string>,
): RouteResult {
  return { status: status as number, body, headers };
}

/**
 * What a `patient` token may call (DOMAIN §2): the directory and the calendar, and its own appointments and
 * consents, which the use-cases narrow to the patient. Everything else (referrals, results, the feed, webhooks,
 * desks, batches) holds other patients' data or the institutions' work, and is refused before it is read.
 */
const PATIENT_OPERATIONS: ReadonlySet<OperationId> = new Set<OperationId>([
  'getCurrentActor',
  'listMyConsents',
  'listAlliances',
  'getAlliance',
  'listInstitutions',
  'getInstitution',
  'listDepartments',
  'listClinicians',
  'getClinician',
  'listExperts',
  'listActivities',
  'getActivity',
  'listSlots',
  'bookAppointment',
  'listAppointments',
  'getAppointment',
  'cancelAppointment',
  'rescheduleAppointment',
  'getAppointmentTimeline',
  'getFreeClinicQueue',
  // Read as the 义诊 queue's events only (list-events.ts): a patient's waiting-room view follows the calls.
  'listEvents',
  'streamEvents',
]);

/** The roles that may call an operation a patient may not: every staff role. */
const STAFF_ROLES = ['referrer', 'receiver', 'coordinator', 'expert', 'admin'] as const;

const honoPath = (template: string) => template.replace(/\{([^}]+)\}/g, ':$1');

async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new Failure('unsupported_media_type');
  }
  const text = await c.req.text();
  if (text.length > 1_000_000) {
    throw new Failure('payload_too_large');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Failure('malformed_request');
  }
}

/**
 * Serves one contract operation at its method and path. Path, query, header and body are validated against the
 * contract before the handler runs, so a handler only ever sees input the contract allows.
 */
export function defineRoute<T extends OperationId>(
  app: Hono<AppEnv>,
  operationId: T,
  handler: (input: RouteInput<T>, tx: Queryable, hold?: KeyHold) => Promise<RouteResult>,
  options: RouteOptions = {},
): void {
  const entry = operationsById.get(operationId);
  if (!entry) {
    throw new Error(`${operationId} is not in the contract`);
  }
  const validator = validatorFor(operationId);
  app.on(entry.method.toUpperCase(), honoPath(entry.path), async (c) => {
    c.set('routeOperationId', operationId);
    if (c.get('actor')?.role === 'patient' && !PATIENT_OPERATIONS.has(operationId)) {
      throw failures.forbidden({ requiredRoles: [...STAFF_ROLES] });
    }
    const ifMatch = c.req.header('if-match');
    if (options.ifMatch && !ifMatch) {
      throw new Failure('precondition_required');
    }
    const params = c.req.param() as Record<string, string>;
    const issues = [...validator.path(params), ...validator.headers((name) => c.req.header(name))];
    const query = validator.query(c.req.queries());
    issues.push(...query.issues);
    let body: unknown;
    if (validator.hasBody) {
      body = await readJson(c);
      issues.push(...validator.body(body));
    }
    if (issues.length > 0) {
      // Malformed path ids name nothing that exists: answer as for any unknown id.
      if (issues.every((i) => i.pointer.startsWith('#path'))) {
        throw failures.notFound();
      }
      if (options.ruleIssues && body && typeof body === 'object' && !Array.isArray(body)) {
        const deps = c.get('deps');
        const rules = await options
          .ruleIssues({ actor: c.get('actor'), deps, body, now: deps.clock() })
          .catch((): FieldIssue[] => []);
        issues.push(...rules);
      }
      throw failures.validation(withoutRepeats(issues));
    }
    const deps = c.get('deps');
    const input: RouteInput<T> = {
      c,
      deps,
      actor: c.get('actor'),
      body: body as BodyOf<T>,
      query: query.value as QueryOf<T>,
      path: params as PathOf<T>,
      now: deps.clock(),
      expectedVersion: ifMatch === undefined ? undefined : parseIfMatch(ifMatch),
    };
    const result = options.idempotent
      ? await runIdempotent(
          c,
          operationId,
          body,
          (tx, hold) => handler(input, tx, hold),
          options.foldsIdempotency,
        )
      : await handler(input, deps.db);
    if (result.response) {
      return result.response;
    }
    if (result.status === 204) {
      return c.body(null, 204, result.headers);
    }
    return jsonResponse(c, result);
  });
}

/**
 * A route's JSON answer, its headers a plain object: `c.json` would copy them, and the request id set before the
 * handler, into a `Headers`, which the Node adapter then reads back into an object (#12). The request id is the
 * one header the middleware prepares for every response (`requestContext`); it is written here as `c.json`
 * would, lower-case, with the route's own.
 */
function jsonResponse(c: Context<AppEnv>, result: RouteResult): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const requestId = c.get('requestId');
  if (requestId !== undefined) {
    headers['x-request-id'] = requestId;
  }
  for (const name in result.headers) {
    headers[name.toLowerCase()] = result.headers[name]!;
  }
  // The text the idempotency record was stored with, when there is one: a body is serialised once.
  return new Response(jsonText(result.body) ?? null, { status: result.status, headers });
}
