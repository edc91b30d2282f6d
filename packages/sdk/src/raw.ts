// openapi-fetch, in a chunk of its own: only `client.raw` and middleware need it, and the resource methods send
// without it (#12), so a page that never uses either never loads it.
import type { PlainRequest } from './transport.js';

export { default as createClient } from 'openapi-fetch';

/**
 * The `fetch` openapi-fetch is given: its `Request` (as middleware may have replaced it) sent by the transport as
 * the plain request the resource methods send, with the request's own settings (credentials, cache, mode, …) and
 * signal. The headers the transport adds (request id, locale, token, idempotency key) are written back into the
 * `Request`, for middleware that reads them from its answer's request.
 * @internal
 */
export const sendRequest =
  (send: (request: PlainRequest) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const headers = Object.fromEntries(request.headers);
    try {
      return await send({
        url: request.url,
        method: request.method,
        headers,
        // Read once: every attempt sends the same bytes.
        body: request.body ? await request.arrayBuffer() : undefined,
        signal: request.signal,
        init: {
          credentials: request.credentials,
          cache: request.cache,
          mode: request.mode,
          redirect: request.redirect,
          referrer: request.referrer,
          referrerPolicy: request.referrerPolicy,
          integrity: request.integrity,
          keepalive: request.keepalive,
        },
      });
    } finally {
      for (const name in headers) {
        request.headers.set(name, headers[name]!);
      }
    }
  };
