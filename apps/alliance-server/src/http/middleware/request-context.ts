import type { Locale } from '@yilian/domain';
import { negotiateLocale } from '@yilian/domain';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../../context.js';
import { newRequestId } from '../../ids.js';

const REQUEST_ID = /^[\x21-\x7E]{1,128}$/;

// Clients send a handful of distinct `Accept-Language` values, each request again (negotiating one was ~1 % of a
// booking's server CPU, bench profile #12); the map is emptied when it fills, so odd headers cannot grow it.
const localeByHeader = new Map<string | undefined, Locale>();
function localeOf(header: string | undefined): Locale {
  let locale = localeByHeader.get(header);
  if (locale === undefined) {
    if (localeByHeader.size >= 256) {
      localeByHeader.clear();
    }
    locale = negotiateLocale(header);
    localeByHeader.set(header, locale);
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
