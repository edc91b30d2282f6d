import type { components, PROBLEM_STATUS, ProblemCode } from '@yilian/contract';

type Schemas = components['schemas'];
type Problem = Schemas['Problem'];
type FieldError = Schemas['FieldError'];
// Issue 10 adds `reason` (401) and `requiredRoles` (403) to the contract's Problem: read their types from it once it
// has them, with the agreed names meanwhile, so the SDK follows the contract without a release of its own.
type Member<TKey extends string, TFallback> = TKey extends keyof Problem
  ? Problem[TKey]
  : TFallback | undefined;

/**
 * Why a 401 refused the token (`expired`, a bad signature, an unknown key…), as the server's `reason` member.
 * @example if (error.reason === 'expired') { await session.refresh(); }
 */
export type UnauthenticatedReason = NonNullable<Member<'reason', string>>;

// A registry symbol rather than `instanceof` alone: the ESM and CJS builds (or two copies of the package) each
// have their own classes, and an error thrown by one must still be recognised by the other's helpers.
const KIND = Symbol.for('@yilian/sdk.error');

type ErrorKind = 'alliance' | 'network' | 'timeout';

function kindOf(value: unknown): ErrorKind | undefined {
  return typeof value === 'object' && value !== null ? (value as { [KIND]?: ErrorKind })[KIND] : undefined;
}

// When a proxy or gateway answers instead of the alliance server, there is no problem body: derive the code from
// the status by the contract's own table (its first code of that status), so callers can still branch on `code`.
// A gateway's 502 or 504 means the server could not be reached: as retryable as its own 503.
// The table is the contract's read backwards, one code per status, rather than the whole of it (36 codes) in the
// main entry (#12): its type refuses a code of another status, and transport.test.ts checks it against the
// contract's first code of every status.
const CODE_OF_STATUS = {
  400: 'malformed_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'idempotency_request_in_progress',
  412: 'version_conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  428: 'precondition_required',
  429: 'rate_limited',
  500: 'internal_error',
  503: 'service_unavailable',
} as const satisfies { [TStatus in (typeof PROBLEM_STATUS)[ProblemCode]]?: StatusCode<TStatus> };
type StatusCode<TStatus> = {
  [TCode in ProblemCode]: (typeof PROBLEM_STATUS)[TCode] extends TStatus ? TCode : never;
}[ProblemCode];

function codeForStatus(status: number): ProblemCode {
  return status === 502 || status === 504
    ? 'service_unavailable'
    : (CODE_OF_STATUS[status as keyof typeof CODE_OF_STATUS] ??
        (status >= 500 ? 'internal_error' : 'malformed_request'));
}

/**
 * Options of the error constructors.
 * @example const options: ErrorDetails = { requestId: 'req_7d0c4b9f' };
 */
export interface ErrorDetails {
  /** The `X-Request-Id` of the call, to quote to support. */
  requestId?: string | undefined;
  /** What went wrong underneath (the `fetch` rejection, the abort reason). */
  cause?: unknown;
  /** Network errors: the host (and port) called, never the path or query, which may name a patient's record. */
  host?: string | undefined;
  /** Network errors: how many attempts were made, retries included. */
  attempts?: number | undefined;
}

/**
 * The cause of an error as `toJSON()` gives it: its name and message, with any URL cut to its origin so a path or
 * query never reaches a log (the runtime's error code is the error's own `code`).
 * @example const cause: SerializedCause = { name: 'TypeError', message: 'fetch failed' };
 */
export interface SerializedCause {
  name: string;
  message: string;
}

/**
 * What `AllianceError#toJSON()` gives: the error's fields from the problem details (which never carry patient data)
 * and the request id; the request body is never kept.
 * @example logger.warn(error.toJSON());
 */
export interface AllianceErrorJSON extends Pick<
  AllianceError,
  | 'name'
  | 'message'
  | 'status'
  | 'code'
  | 'type'
  | 'title'
  | 'detail'
  | 'errors'
  | 'requestId'
  | 'retryAfterMs'
  | 'reason'
  | 'requiredRoles'
  | 'allowedCommands'
> {
  problem: Problem;
  cause: SerializedCause | undefined;
}

/**
 * What `NetworkError#toJSON()` and `TimeoutError#toJSON()` give: safe to log (the host, never the path or query).
 * @example logger.warn(error.toJSON()); // { name: 'NetworkError', code: 'ECONNREFUSED', host: 'alliance.example.cn', attempts: 3, … }
 */
export interface NetworkErrorJSON {
  name: string;
  message: string;
  code: string | undefined;
  host: string | undefined;
  attempts: number | undefined;
  requestId: string | undefined;
  /** `TimeoutError` only: the timeout that elapsed, per attempt. */
  timeoutMs?: number | undefined;
  cause: SerializedCause | undefined;
}

// Runtimes nest the system error (`fetch failed` → `connect ECONNREFUSED`); the first code on the chain says why.
function causeCode(cause: unknown, depth = 0): string | undefined {
  const { code, cause: next } = (cause ?? {}) as { code?: unknown; cause?: unknown };
  return typeof code === 'string' ? code : depth < 3 && next ? causeCode(next, depth + 1) : undefined;
}

// The error's own fields (set by the constructor from the answer, never from the request) plus the message and the
// cause, which `Error` keeps out of a spread.
function serialize(error: Error & { [KIND]: ErrorKind }): unknown {
  // Without the kind: a logged copy must not pass for the error in `isAllianceError`.
  const { [KIND]: _kind, cause, ...own } = error;
  const { name, message } = cause instanceof Error ? cause : { name: typeof cause, message: String(cause) };
  return {
    ...own,
    message: error.message,
    // Some runtimes quote the URL in the message (Deno: "error sending request for url (…)"): keep its origin only.
    cause:
      cause === undefined ? cause : { name, message: message.replace(/(\/\/[^/\s?#]*)[^\s)'"]*/g, '$1') },
  };
}

/**
 * A refusal from the alliance services: the RFC 9457 problem details of a non-2xx answer. Thrown by every resource
 * method (the raw client returns it as `error` instead). `code` is the contract's `ProblemCode`; narrow with
 * `error.is('slot_full')` or `isAllianceError(error, 'slot_full')`.
 * @example
 * try { await client.appointments.book(input); }
 * catch (error) { if (isAllianceError(error, 'slot_full')) { showOtherSlots(); } else { throw error; } }
 */
export class AllianceError<TCode extends ProblemCode = ProblemCode> extends Error {
  override readonly name = 'AllianceError';
  readonly [KIND]: ErrorKind = 'alliance';
  /** The HTTP status. */
  declare readonly status: number;
  /** The machine code; the domain's messages are keyed by it. */
  declare readonly code: TCode;
  /** The stable problem `type` URI. */
  declare readonly type: string;
  /** A short human summary in the request's locale. */
  declare readonly title: string;
  /** A human explanation in the request's locale; never contains patient data. */
  declare readonly detail: string | undefined;
  /** The invalid fields, located by JSON Pointer; empty unless the problem names fields. */
  declare readonly errors: readonly FieldError[];
  /** The request id the server logged, for support. */
  declare readonly requestId: string | undefined;
  /** For 429 and 503: how long the server asked to wait, in milliseconds. */
  declare readonly retryAfterMs: number | undefined;
  /** The whole problem as received, e.g. `currentVersion` and `currentStatus` of a `version_conflict`. */
  declare readonly problem: Problem & { code: TCode };
  /** For 401: why the token was refused (`expired`, a bad signature, an unknown key…); undefined otherwise. */
  declare readonly reason: UnauthenticatedReason | undefined;
  /** For 403: the roles the operation needs; undefined when the server does not say. */
  declare readonly requiredRoles: readonly Schemas['Role'][] | undefined;
  /**
   * For a refused referral command (403 `forbidden`, 422 `invalid_transition`): the commands the caller may issue on
   * it now, possibly none; undefined when the server does not say.
   */
  declare readonly allowedCommands: readonly Schemas['ReferralCommand'][] | undefined;

  /**
   * @param problem - the problem details as received (or derived from the status)
   * @param details - the request id, the `Retry-After` in milliseconds and the cause
   * @example new AllianceError({ type: 'https://yilian.dev/problems/not_found', title: 'Not found', status: 404, code: 'not_found' })
   */
  constructor(
    problem: Problem & { code: TCode },
    details: ErrorDetails & { retryAfterMs?: number | undefined } = {},
  ) {
    // Pointers and codes only: they locate the fields without repeating what was typed in them.
    const fields = (problem.errors ?? []).map((field) => `${field.pointer} ${field.code}`).join(', ');
    super(`${problem.detail ?? problem.title}${fields ? ` (${fields})` : ''}`, { cause: details.cause });
    this.problem = problem;
    // The members read as they are, the contract's own and those issue 10 adds (`reason`, `requiredRoles`).
    for (const key of [
      'status',
      'code',
      'type',
      'title',
      'detail',
      'reason',
      'requiredRoles',
      'allowedCommands',
    ]) {
      (this as Record<string, unknown>)[key] = problem[key as keyof Problem];
    }
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId ?? details.requestId;
    this.retryAfterMs = details.retryAfterMs;
  }

  /**
   * Whether this problem has one of the codes, narrowing `code` (and so `problem`) when it does.
   * @param codes - one or more contract `ProblemCode`s
   * @example if (error.is('version_conflict')) { reload(error.problem.currentVersion); }
   */
  is<TOther extends ProblemCode>(...codes: TOther[]): this is AllianceError<TOther> {
    return (codes as ProblemCode[]).includes(this.code);
  }

  /**
   * A plain object safe to log: the problem details and the request id, never the request body.
   * @example logger.warn('referral refused', error.toJSON());
   */
  toJSON(): AllianceErrorJSON {
    return serialize(this) as AllianceErrorJSON;
  }
}

/**
 * The data of a raw client result, or its `AllianceError` thrown: `client.raw` with the resource methods' errors.
 * @param result - what a `client.raw` call resolved to
 * @example const me = throwIfError(await client.raw.GET('/v1/me'));
 */
export function throwIfError<TData>(result: { data?: TData; error?: unknown; response: Response }): TData {
  if (!result.response.ok) {
    throw toAllianceError(result.error, result.response);
  }
  return result.data as TData;
}

/**
 * No answer: the connection failed, was refused or dropped. Thrown once the retries allowed for the call are spent.
 * @example if (isNetworkError(error)) { keepInOutbox(); }
 */
export class NetworkError extends Error {
  override readonly name: string = 'NetworkError';
  readonly [KIND]: ErrorKind = 'network';
  /** The request id sent with the call. */
  declare readonly requestId: string | undefined;
  /** The host (and port) called; never the path or query, which may name a patient's record. */
  declare readonly host: string | undefined;
  /** How many attempts were made, retries included. */
  declare readonly attempts: number | undefined;
  /** The runtime's error code from the cause when it gives one (`ECONNREFUSED`, `ENOTFOUND`); browsers give none. */
  declare readonly code: string | undefined;

  /**
   * @param message - what failed, without patient data
   * @param details - the request id, host, attempts and the underlying failure
   * @example new NetworkError('The connection was refused', { requestId: 'req_7d0c4b9f', host: 'alliance.example.cn' })
   */
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.requestId = details.requestId;
    this.host = details.host;
    this.attempts = details.attempts;
    this.code = causeCode(details.cause);
  }

  /**
   * A plain object safe to log: name, message, code, host, attempts, request id and the cause's name and message.
   * @example logger.warn('alliance unreachable', error.toJSON());
   */
  toJSON(): NetworkErrorJSON {
    return serialize(this) as NetworkErrorJSON;
  }
}

/**
 * No answer within the timeout (`timeoutMs` of the call or the client). A kind of `NetworkError`: the outcome of a
 * write is unknown, which is why writes carry an idempotency key and can be retried safely.
 * @example if (isTimeoutError(error)) { toast(`No answer after ${error.timeoutMs} ms`); }
 */
export class TimeoutError extends NetworkError {
  override readonly name: string = 'TimeoutError';
  override readonly [KIND]: ErrorKind = 'timeout';
  /** The timeout that elapsed, per attempt. */
  declare readonly timeoutMs: number;

  /**
   * @param timeoutMs - the timeout that elapsed
   * @param details - the request id, host and attempts
   * @example new TimeoutError(10_000, { requestId: 'req_7d0c4b9f', host: 'alliance.example.cn', attempts: 3 })
   */
  constructor(timeoutMs: number, details: ErrorDetails = {}) {
    super(`No answer within ${timeoutMs} ms`, details);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * Whether a value is an `AllianceError` (from any copy of the SDK), optionally with one of the given codes.
 * @param value - what was caught
 * @param codes - the codes to accept; any code when none
 * @example if (isAllianceError(error, 'slot_full', 'already_booked')) { error.code; } // 'slot_full' | 'already_booked'
 */
export function isAllianceError<TCode extends ProblemCode = ProblemCode>(
  value: unknown,
  ...codes: TCode[]
): value is AllianceError<TCode> {
  return (
    kindOf(value) === 'alliance' &&
    (codes.length === 0 || (codes as ProblemCode[]).includes((value as AllianceError).code))
  );
}

/**
 * Whether a value is a `NetworkError`, timeouts included.
 * @param value - what was caught
 * @example if (isNetworkError(error)) { showOfflineBanner(); }
 */
export function isNetworkError(value: unknown): value is NetworkError {
  const kind = kindOf(value);
  return kind === 'network' || kind === 'timeout';
}

/**
 * Whether a value is a `TimeoutError`.
 * @param value - what was caught
 * @example if (isTimeoutError(error)) { offerRetry(); }
 */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return kindOf(value) === 'timeout';
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).code === 'string' &&
    typeof (value as Problem).status === 'number'
  );
}

/**
 * Turns a non-2xx answer into an `AllianceError`, whether or not its body is a problem (a gateway's bare 502 gets
 * its code from the contract's status table): for code that keeps `client.raw`'s `{ data, error, response }` but
 * wants the resource methods' errors, e.g. to log them with `toJSON()`.
 * @param body - the parsed body (openapi-fetch's `error`)
 * @param response - the response
 * @example
 * const { data, error, response } = await client.raw.GET('/v1/me');
 * if (error !== undefined) { log.warn(toAllianceError(error, response).toJSON()); }
 */
export function toAllianceError(body: unknown, response: Response): AllianceError {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  if (isProblem(body)) {
    return new AllianceError(body, { requestId, retryAfterMs });
  }
  const code = codeForStatus(response.status);
  return new AllianceError(
    {
      type: `https://yilian.dev/problems/${code}`,
      title: response.statusText || code,
      status: response.status,
      code,
    },
    { requestId, retryAfterMs },
  );
}

/**
 * Reads `Retry-After` (delay-seconds or an HTTP date) as milliseconds from now.
 * @param header - the header value
 * @param now - the current time in epoch milliseconds
 * @example parseRetryAfter('2') // 2000
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  const seconds = Number(header?.trim() || NaN);
  const date = Date.parse(header ?? '');
  return seconds >= 0 ? seconds * 1000 : Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
