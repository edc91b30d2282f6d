import type { components, ProblemCode } from '@yilian/contract';
import { PROBLEM_STATUS } from '@yilian/contract';

type Problem = components['schemas']['Problem'];
type FieldError = components['schemas']['FieldError'];

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
function codeForStatus(status: number): ProblemCode {
  if (status === 502 || status === 504) {
    return 'service_unavailable';
  }
  const entry = Object.entries(PROBLEM_STATUS).find(([, s]) => s === status);
  if (entry) {
    return entry[0] as ProblemCode;
  }
  return status >= 500 ? 'internal_error' : 'malformed_request';
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
  readonly status: number;
  /** The machine code; the domain's messages are keyed by it. */
  readonly code: TCode;
  /** The stable problem `type` URI. */
  readonly type: string;
  /** A short human summary in the request's locale. */
  readonly title: string;
  /** A human explanation in the request's locale; never contains patient data. */
  readonly detail: string | undefined;
  /** The invalid fields, located by JSON Pointer; empty unless the problem names fields. */
  readonly errors: readonly FieldError[];
  /** The request id the server logged, for support. */
  readonly requestId: string | undefined;
  /** For 429 and 503: how long the server asked to wait, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** The whole problem as received, e.g. `currentVersion` and `currentStatus` of a `version_conflict`. */
  readonly problem: Problem & { code: TCode };

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
    this.status = problem.status;
    this.code = problem.code;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
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
}

/**
 * No answer: the connection failed, was refused or dropped. Thrown once the retries allowed for the call are spent.
 * @example if (isNetworkError(error)) { keepInOutbox(); }
 */
export class NetworkError extends Error {
  override readonly name: string = 'NetworkError';
  readonly [KIND]: ErrorKind = 'network';
  /** The request id sent with the call. */
  readonly requestId: string | undefined;

  /**
   * @param message - what failed, without patient data
   * @param details - the request id and the underlying failure
   * @example new NetworkError('The connection was refused', { requestId: 'req_7d0c4b9f' })
   */
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.requestId = details.requestId;
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
  readonly timeoutMs: number;

  /**
   * @param timeoutMs - the timeout that elapsed
   * @param details - the request id
   * @example new TimeoutError(10_000, { requestId: 'req_7d0c4b9f' })
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
 * Turns a non-2xx answer into an `AllianceError`, whether or not its body is a problem.
 * @param body - the parsed body (openapi-fetch's `error`)
 * @param response - the response
 * @example throw toAllianceError(error, response);
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
      ...(requestId === undefined ? {} : { requestId }),
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
  if (header === null || header.trim() === '') {
    return undefined;
  }
  if (/^\d+$/.test(header.trim())) {
    return Number(header.trim()) * 1000;
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
