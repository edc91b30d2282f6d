import type { components } from '@yilian/contract';
import { NetworkError, TimeoutError, parseRetryAfter } from './errors.js';
import { randomId } from './random-id.js';

/**
 * How a call is retried. Network errors, timeouts, 408, 429, 5xx and a 409 `idempotency_request_in_progress` are
 * retried with capped exponential backoff and jitter, or after the server's `Retry-After`; a non-idempotent call
 * is retried only when it carries an `Idempotency-Key`.
 * @example const retry: RetryOptions = { maxRetries: 4, baseDelayMs: 200 };
 */
export interface RetryOptions {
  /** Retries after the first attempt; 2 by default. */
  maxRetries?: number;
  /** The delay before the first retry, doubled for each next one (before jitter); 300 ms by default. */
  baseDelayMs?: number;
  /** The longest backoff delay; 10 s by default. */
  maxDelayMs?: number;
  /** The longest `Retry-After` honoured; an answer asking for more is returned (thrown) at once. 60 s by default. */
  maxRetryAfterMs?: number;
}

/**
 * What `onRetry` is told before each retry. Only the host is given, never the path or query, which may name a
 * patient's record.
 * @example const event: RetryEvent = { attempt: 1, delayMs: 1_000, reason: 503, requestId: 'req_7d0c4b9f', method: 'GET', host: 'alliance.example.cn' };
 */
export interface RetryEvent {
  /** The retry about to be made: 1 for the first retry (the second attempt). */
  attempt: number;
  /** How long the transport waits before it: the server's `Retry-After`, or the jittered backoff. */
  delayMs: number;
  /** What failed: no answer (`'network'`), no answer in time (`'timeout'`), or the HTTP status that is retried. */
  reason: 'network' | 'timeout' | number;
  /** The `X-Request-Id`, the same on every attempt of the call. */
  requestId: string;
  /** The HTTP method. */
  method: string;
  /** The host (and port) called. */
  host: string;
}

/**
 * Per-call options of every resource method; each beats the client's default.
 * @example await client.referrals.get('ref_01JD…', { timeoutMs: 5_000, signal: controller.signal });
 */
export interface CallOptions {
  /** Aborts the call, including its retries and the waits between them. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in milliseconds (`0` for none). */
  timeoutMs?: number | undefined;
  /** Retry settings for this call, or `false` for a single attempt. */
  retry?: RetryOptions | false | undefined;
  /** The `X-Request-Id` to send (one is generated otherwise); surfaced on errors. */
  requestId?: string | undefined;
  /** Called before each retry of this call (instead of the client's `onRetry`); throwing from it ends the call. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
}

/**
 * Per-call options of the methods that create or change something.
 * @example await client.referrals.create(form, { idempotencyKey: draft.localId });
 */
export interface WriteOptions extends CallOptions {
  /**
   * The `Idempotency-Key`; a key the caller keeps (e.g. with a draft) makes a resubmission after a crash replay
   * the first answer. Generated when absent and reused by every retry of the call.
   */
  idempotencyKey?: string | undefined;
}

/** @internal What the transport needs from the client options. */
export interface TransportOptions {
  /** The caller's `fetch`, given a `Request`; the global `fetch` (looked up at call time) when absent. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  token?: string | undefined;
  getToken?: TokenProvider | undefined;
  locale?: string | undefined;
  timeoutMs: number;
  retry: RetryOptions | false;
  onRetry?: ((event: RetryEvent) => void) | undefined;
  random?: () => number;
}

/**
 * Supplies the bearer token; called before each attempt, and with `{ refresh: true }` once after a 401.
 * @param context - `refresh` is true when the last token was refused
 * @example const getToken: TokenProvider = async ({ refresh }) => (refresh ? session.refresh() : session.token);
 */
export type TokenProvider = (context: { refresh: boolean }) => string | Promise<string>;

/** @internal Internal per-call settings added by the resource methods. */
export interface TransportCall extends WriteOptions {
  /** A POST that changes nothing (a search, a check): retried like a GET, without an idempotency key. */
  safe?: boolean;
}

// The contract's locales, spelled here rather than imported: the domain's locale module would bring its message
// tables into the main entry (6 kB budget). A record over the contract's type stops compiling when a locale is added.
const LOCALES: Readonly<Record<components['schemas']['Locale'], true>> = {
  'zh-CN': true,
  'zh-TW': true,
  en: true,
};
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const DEFAULT_RETRY: Required<RetryOptions> = {
  maxRetries: 2,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
};

/**
 * The wait before retry `attempt` (0 for the first retry): exponential, capped, with "equal jitter" so that
 * clients cut off together do not come back together.
 * @internal
 */
export function backoffDelay(attempt: number, retry: Required<RetryOptions>, random: () => number): number {
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    // Thrown here, it rejects the promise with the abort reason.
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function isRetryable(response: Response): Promise<boolean> {
  const { status } = response;
  if (status === 408 || status === 429 || status >= 500) {
    return true;
  }
  // A 409 is retried only when its problem says the first attempt is still being answered; a body that is not
  // JSON is no such problem.
  return (
    status === 409 &&
    (
      (await response
        .clone()
        .json()
        .catch(() => undefined)) as { code?: unknown } | undefined
    )?.code === 'idempotency_request_in_progress'
  );
}

/**
 * @internal What the transport sends: a resource method's URL, method, headers (lower-case names) and JSON body, or
 * those of openapi-fetch's `Request` (`client.raw`, middleware) with its signal and settings. The global `fetch`
 * builds the one `Request` of each attempt from them, and the headers are completed in this very record (#12).
 */
export interface PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: BodyInit | undefined;
  /** The signal of openapi-fetch's `Request`: the caller's, or one never aborted. */
  readonly signal?: AbortSignal | undefined;
  /** The settings of openapi-fetch's `Request` (credentials, cache, mode, …). */
  readonly init?: RequestInit | undefined;
}

/**
 * @internal Where a resource method takes its answer's body: read by the transport (within the timeout) and handed
 * over as it is, so that no second `Response` is built around it (#12). Only for a 2xx answer; any other answer is
 * returned as a `Response` of its own for openapi-fetch to read.
 */
export interface BodySink {
  /** Whether the bytes are wanted as they are (`parseAs: 'arrayBuffer'`) rather than as text. */
  bytes?: boolean | undefined;
  body?: ArrayBuffer | string | undefined;
}

/**
 * Builds the `fetch` that every call goes through: it adds the bearer token, `X-Request-Id`, `Accept-Language`
 * and, for writes, an `Idempotency-Key`; applies the timeout and the caller's `AbortSignal`; refreshes the token
 * once after a 401; and retries what may be retried. The response body is read within the timeout.
 *
 * A resource method gives it a `PlainRequest`: each attempt is then the one `Request` that `fetch` builds (the
 * global `fetch` from the URL and init, the caller's `fetch` from a `Request` made here). `client.raw` and
 * middleware give it a `Request`, and each attempt is a copy of it with its own signal. With `sink`, a 2xx
 * answer's body goes there and the answer is returned with its body read.
 * @internal
 */
export function createTransport(options: TransportOptions) {
  const random = options.random ?? Math.random;
  // The client's retry settings, merged once rather than on every call.
  const merge = (setting: RetryOptions | false): Required<RetryOptions> =>
    setting === false ? { ...DEFAULT_RETRY, maxRetries: 0 } : { ...DEFAULT_RETRY, ...setting };
  const clientRetry = merge(options.retry);
  return (call: TransportCall = {}, sink?: BodySink) =>
    async (request: PlainRequest): Promise<Response> => {
      // The headers sent: the request's own completed in its plain record, which `fetch` reads faster than a
      // `Headers` it must copy, and sets without validating each value twice (#12).
      const { method, url, headers, body } = request;
      const requestId = call.requestId ?? headers['x-request-id'] ?? `req_${randomId()}`;
      headers['x-request-id'] = requestId;
      // Always one contract locale: runtimes add their own (`*` in Node, the user's list in browsers), which the
      // contract's `Accept-Language` enum refuses.
      if (!Object.hasOwn(LOCALES, headers['accept-language'] ?? '')) {
        headers['accept-language'] = options.locale ?? 'zh-CN';
      }
      const safe = call.safe === true || SAFE_METHODS.has(method);
      if (call.idempotencyKey !== undefined) {
        headers['idempotency-key'] = call.idempotencyKey;
      } else if (!safe) {
        headers['idempotency-key'] ??= randomId();
      }
      // Never retry a write that the server could not recognise as a replay.
      const retryable = safe || headers['idempotency-key'] !== undefined;
      const retry = call.retry === undefined ? clientRetry : merge(call.retry);
      const maxRetries = retryable ? retry.maxRetries : 0;
      const timeoutMs = call.timeoutMs ?? options.timeoutMs;
      const callerSignal = call.signal ?? request.signal;
      // Parsed only when a retry or an error names it.
      const host = () => new URL(url).host;
      const wait = (attempt: number, delayMs: number, reason: RetryEvent['reason']) => {
        (call.onRetry ?? options.onRetry)?.({
          attempt: attempt + 1,
          delayMs,
          reason,
          requestId,
          method,
          host: host(),
        });
        return sleep(delayMs, callerSignal);
      };
      let refreshed = false;

      for (let attempt = 0; ; attempt++) {
        const token = options.getToken ? await options.getToken({ refresh: refreshed }) : options.token;
        if (token !== undefined) {
          headers.authorization = `Bearer ${token}`;
        }
        callerSignal?.throwIfAborted();
        // Following a signal costs `fetch` more than the rest of the call (#12): none without a timeout or the caller's.
        // A timeout alone is the runtime's own `AbortSignal.timeout`, which costs a call a tenth of a controller and
        // a timer set and cleared; with the caller's signal too (or where the runtime has none), a controller follows
        // both.
        const timeout = timeoutMs > 0 && !callerSignal ? AbortSignal.timeout?.(timeoutMs) : undefined;
        const controller = !timeout && (timeoutMs > 0 || callerSignal) ? new AbortController() : undefined;
        const signal = timeout ?? controller?.signal ?? null;
        const onAbort = () => controller?.abort(callerSignal?.reason);
        callerSignal?.addEventListener('abort', onAbort, { once: true });
        const timer =
          controller && timeoutMs > 0 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
        let response: Response;
        try {
          // The global `fetch` is looked up at call time.
          const init = { ...request.init, method, headers, body, signal };
          response = await (options.fetch ? options.fetch(new Request(url, init)) : fetch(url, init));
          // Read the body under the same timeout, so a server that stalls mid-body cannot hang the call. A 2xx body
          // goes to the sink as it is; any other is wrapped in a Response of its own, as openapi-fetch and the
          // checks below read it. (A 204, 205 or 304 has none: a Response of those statuses cannot be built with
          // one.)
          if (response.body) {
            if (sink && response.ok) {
              sink.body = await (sink.bytes ? response.arrayBuffer() : response.text());
            } else {
              response = new Response(await response.arrayBuffer(), response);
            }
          }
        } catch (cause) {
          callerSignal?.throwIfAborted();
          // The caller's abort is thrown above: an aborted signal left is the timeout's.
          const timedOut = signal?.aborted === true;
          if (attempt >= maxRetries) {
            const details = { requestId, cause, host: host(), attempts: attempt + 1 };
            throw timedOut
              ? new TimeoutError(timeoutMs, details)
              : new NetworkError(`${details.host} could not be reached (attempts: ${attempt + 1})`, details);
          }
          await wait(attempt, backoffDelay(attempt, retry, random), timedOut ? 'timeout' : 'network');
          continue;
        } finally {
          clearTimeout(timer);
          callerSignal?.removeEventListener('abort', onAbort);
        }
        if (response.ok) {
          return response;
        }
        if (response.status === 401 && options.getToken && !refreshed) {
          refreshed = true;
          // A refreshed token is a second chance at the same attempt, not a retry.
          attempt -= 1;
          continue;
        }
        if (attempt >= maxRetries || !(await isRetryable(response))) {
          return response;
        }
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (retryAfter !== undefined && retryAfter > retry.maxRetryAfterMs) {
          return response;
        }
        await wait(attempt, retryAfter ?? backoffDelay(attempt, retry, random), response.status);
      }
    };
}
