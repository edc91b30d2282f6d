import type { components } from '@yilian/contract';
import { problemStatus, problemTypeUri } from '@yilian/contract';
import { formatProblem, toFieldErrors } from '@yilian/domain';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { AppEnv, Logger } from '../context.js';
import { Failure } from '../failure.js';
import { newRequestId } from '../ids.js';

type Problem = components['schemas']['Problem'];

/**
 * What an error stands for: a `Failure` as it is; a database's serialization failure or deadlock (SQLSTATE 40001,
 * 40P01) as a busy server the client may retry; anything else as an internal error. Only the SQLSTATE is read:
 * a database message may quote patient data.
 */
export function failureOf(error: unknown): Failure {
  if (error instanceof Failure) {
    return error;
  }
  const { code } = (error ?? {}) as { code?: unknown };
  if (code === '40001' || code === '40P01') {
    return new Failure('service_unavailable', { retryAfterSeconds: 1, cause: error });
  }
  return new Failure('internal_error', { cause: error });
}

/** The headers a problem carries: each follows from its code and what it says, never chosen by a handler. */
function problemHeaders(failure: Failure): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (failure.retryAfterSeconds !== undefined) {
    headers['Retry-After'] = String(failure.retryAfterSeconds);
  }
  if (failure.code === 'unauthenticated') {
    headers['WWW-Authenticate'] = 'Bearer realm="yilian"';
  }
  if (failure.code === 'version_conflict' && failure.members.currentVersion !== undefined) {
    headers.ETag = `"${failure.members.currentVersion}"`;
  }
  return headers;
}

/** The RFC 9457 body of a failure, in the request's locale. */
export function problemBody(failure: Failure, c: Context<AppEnv>): Problem {
  const locale = c.get('locale') ?? 'zh-CN';
  const body: Problem = {
    type: problemTypeUri(failure.code),
    title: formatProblem(failure.code, locale),
    status: problemStatus(failure.code, failure.issues),
    code: failure.code,
    requestId: c.get('requestId') ?? newRequestId(),
    instance: c.req.path,
    locale,
    ...failure.members,
  };
  if (Object.keys(failure.params).length > 0) {
    body.detail = formatProblem(failure.code, locale, failure.params);
  }
  if (failure.issues.length > 0) {
    // Each with the params its message names, so a client can word it in its own locale.
    body.errors = toFieldErrors(failure.issues, locale);
  }
  return body;
}

/**
 * The app's one error handler: every refusal and every unexpected error becomes `application/problem+json`, with
 * the status of its code from the contract's table.
 * @param log - where unexpected errors are recorded (by name and SQLSTATE only)
 */
export function problemResponder(log: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    const failure = failureOf(error);
    const body = problemBody(failure, c);
    if (body.status >= 500) {
      // The message of an unexpected error may quote SQL parameters; log only its name and code.
      const cause = failure.cause as { name?: string; code?: string } | undefined;
      log({
        level: 'error',
        msg: 'unhandled error',
        requestId: c.get('requestId'),
        error: cause?.name ?? failure.name,
        code: cause?.code,
      });
    }
    return c.body(JSON.stringify(body), body.status as 400, problemHeaders(failure));
  };
}

/** An unknown path is answered as an unknown id is. */
export const notFoundResponder: NotFoundHandler<AppEnv> = () => {
  throw new Failure('not_found');
};
