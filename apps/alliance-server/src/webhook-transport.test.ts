// The webhook transport of a production server: the host name is resolved at delivery time, every address is
// checked, the connection goes to the checked address (no second lookup), and redirects are not followed.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverWebhooks } from './use-cases/webhooks/deliver-webhooks.js';
import type { TestServer } from './testing/harness.js';
import { createTestServer, exampleReferral } from './testing/harness.js';
import type { Resolve } from './webhook-transport.js';
import { webhookFetch } from './webhook-transport.js';

let receiver: Server;
let port: number;
let hits: string[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/redirect') {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/after-redirect` }).end();
      return;
    }
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  port = (receiver.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const post = (f: typeof fetch, url: string) =>
  f(url, { method: 'POST', body: '{}', redirect: 'manual', signal: AbortSignal.timeout(5_000) });

/** A resolver that answers from a table and counts its lookups. */
function table(entries: Record<string, string[]>): Resolve & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (host: string) => {
    calls.push(host);
    return (entries[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

describe('the production webhook transport', () => {
  it.each([
    ['a name that resolves to 127.0.0.1 (localhost)', () => `http://localhost:${port}/hook`],
    ['decimal 127.0.0.1', () => `http://2130706433:${port}/hook`],
    ['IPv4-mapped IPv6', () => `http://[::ffff:127.0.0.1]:${port}/hook`],
    ['IPv6 loopback', () => `http://[::1]:${port}/hook`],
    ['the metadata address', () => `http://169.254.169.254:${port}/latest/meta-data`],
    ['a unique-local IPv6', () => `http://[fd00::1]:${port}/hook`],
  ])('refuses %s without connecting', async (_, url) => {
    hits = [];
    await expect(post(webhookFetch({ allowPrivate: false }), url())).rejects.toThrow();
    expect(hits).toEqual([]);
  });

  it('refuses a public-looking name that resolves to a private address, or to any private address among several', async () => {
    hits = [];
    const resolve = table({
      'his.example-hospital.cn': ['127.0.0.1'],
      'mixed.example-hospital.cn': ['203.0.113.7', '10.0.0.5'],
    });
    const f = webhookFetch({ allowPrivate: false, resolve });
    await expect(post(f, `http://his.example-hospital.cn:${port}/hook`)).rejects.toThrow();
    await expect(post(f, `http://mixed.example-hospital.cn:${port}/hook`)).rejects.toThrow();
    expect(hits).toEqual([]);
  });

  it('connects to the address it checked, resolving the name once', async () => {
    hits = [];
    // The name resolves nowhere by DNS: only the checked address can carry the request.
    const resolve = table({ 'his.example-hospital.invalid': ['127.0.0.1'] });
    const res = await post(
      webhookFetch({ allowPrivate: true, resolve }),
      `http://his.example-hospital.invalid:${port}/ok`,
    );
    expect(res.status).toBe(204);
    expect(hits).toEqual(['/ok']);
    expect(resolve.calls).toEqual(['his.example-hospital.invalid']);
  });

  it('does not follow a redirect: the 3xx is the answer', async () => {
    hits = [];
    const res = await post(webhookFetch({ allowPrivate: true }), `http://127.0.0.1:${port}/redirect`);
    expect(res.status).toBe(302);
    expect(hits).toEqual(['/redirect']);
  });
});

describe('delivery with the production transport', () => {
  let server: TestServer;

  beforeAll(async () => {
    // Registered where private targets are allowed (as a name would pass registration), delivered in production.
    server = await createTestServer({ config: { allowPrivateWebhookUrls: true } });
  });

  it('records a delivery to a name resolving to 127.0.0.1 as failed with no status, and never connects', async () => {
    const token = await server.tokenFor('cln_cz_coord_liu');
    const created = await server.call<{ id: string }>('createWebhookEndpoint', {
      token,
      body: {
        url: `http://localhost:${port}/internal`,
        eventTypes: ['referral.submitted', 'referral.accepted'],
      },
    });
    expect(created.status).toBe(201);
    const referral = await server.call('createReferral', {
      token: await server.tokenFor('cln_cz_neuro_wang'),
      body: exampleReferral({ urgency: 'urgent' }),
    });
    expect(referral.status).toBe(201);
    hits = [];
    const report = await deliverWebhooks(server.db, {
      now: server.clock(),
      fetch: webhookFetch({ allowPrivate: false }),
      maxAttempts: 1,
    });
    expect(report.attempted).toBeGreaterThan(0);
    expect(hits).toEqual([]);
    const log = await server.call<{ items: { responseStatus: number | null }[] }>('listWebhookDeliveries', {
      token,
      path: { endpointId: created.body.id },
    });
    expect(log.body.items.length).toBeGreaterThan(0);
    for (const item of log.body.items) {
      expect(item.responseStatus).toBeNull();
    }
  });
});
