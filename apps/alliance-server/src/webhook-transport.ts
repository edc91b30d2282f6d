// The webhook transport of the Node server (the CLI's deliverer): an HTTP POST that resolves the endpoint's host
// name at delivery time, refuses it when any address it resolves to is private (unless the deployment allows
// private targets), and connects to the address it checked, so a second lookup cannot swap in another (DNS
// rebinding). Redirects are never followed. Node-only: `browser.ts` must not import it.
import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isPrivateAddress } from './use-cases/webhooks/webhook-url.js';

/** Resolves a host name to every address it has (`dns.lookup` with `all: true` by default). */
export type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** A delivery refused before connecting: the endpoint's host is, or resolves to, a private address. */
export class WebhookAddressRefused extends Error {
  constructor() {
    super('The webhook host resolves to an address the server does not deliver to.');
    this.name = 'WebhookAddressRefused';
  }
}

const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * A `fetch` for `deliverWebhooks`: POSTs with the given method, headers, body and signal; answers a `Response`
 * with the status only (the body is never read). A redirect is the answer, not followed.
 * @param options.allowPrivate - deliver to loopback and private addresses too (development mode only)
 * @param options.resolve - the resolver (tests pass a table); `dns.lookup` with `all: true` by default
 */
export function webhookFetch(options: { allowPrivate: boolean; resolve?: Resolve }): typeof fetch {
  const resolve = options.resolve ?? systemResolve;
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new TypeError('Webhook URLs are http or https.');
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(host);
    const target = addresses[0];
    if (!target) {
      throw new WebhookAddressRefused();
    }
    if (!options.allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) {
      throw new WebhookAddressRefused();
    }
    // Every lookup of this request answers the checked address: no second resolution.
    const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
      if (lookupOptions.all) {
        callback(null, [{ address: target.address, family: target.family }]);
      } else {
        callback(null, target.address, target.family);
      }
    };
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body =
      typeof init.body === 'string' ? init.body : init.body == null ? undefined : String(init.body);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Response>((resolveResponse, reject) => {
      const req = send(url, {
        method: init.method ?? 'GET',
        headers,
        lookup: pinned,
        signal: init.signal ?? undefined,
      });
      req.on('response', (res) => {
        res.resume();
        resolveResponse(new Response(null, { status: res.statusCode ?? 502 }));
      });
      req.on('error', reject);
      req.end(body);
    });
  };
}
