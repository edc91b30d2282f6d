import type { Locale } from '@yilian/domain';
import { negotiateLocale } from '@yilian/domain';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../../context.js';
import { newRequestId } from '../../ids.js';

const REQUEST_ID = /^[\x21-\x7E]{1,128}$/;

// Clients send a handful of distinct `Accept-Language` values: each is negotiated once (#12). Bounded, as the
// header is the caller's to choose.
const MAX_NEGOTIATED = 256;
const negotiated = new Map<string, Locale>();
const withoutHeader = negotiateLocale(undefined);

function localeOf(header: string | undefined): Locale {
  if (header === undefined) {
    return withoutHeader;
  }
  let locale = negotiated.get(header);
  if (locale === undefined) {
    locale = negotiateLocale(header);
    if (negotiated.size >= MAX_NEGOTIATED) {
      negotiated.clear();
    }
    negotiated.set(header, locale);
  }
  return locale;
}

/**
 * Gives every request its id (the caller's `X-Request-Id` when it is printable, else a new one), its locale (from
 * `Accept-Language`) and the app's dependencies, and logs one line when it is answered. The id header is set
 * before the handler runs, so every response carries it without being rebuilt.
 */
export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : newRequestId();
    c.set('requestId', requestId);
    c.set('locale', localeOf(c.req.header('accept-language')));
    c.set('deps', deps);
    c.header('X-Request-Id', requestId);
    await next();
    // The path holds only opaque ids (the contract keeps patient data out of URLs); the query is never logged.
    deps.log({
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId,
      method: c.req.method,
      path: c.req.path,
      operationId: c.get('routeOperationId'),
      status: c.res.status,
      institutionId: c.get('actor')?.institutionId,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
