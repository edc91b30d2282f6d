// `client.events.subscribe()` against the reference server over real HTTP: live events, resumption after the
// network drops (through a TCP proxy that cuts connections), polling where a gateway buffers the stream, abort.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllianceClient } from './client.js';
import { createAllianceClient } from './client.js';
import { isAllianceError } from './errors.js';
import type { SubscribeOptions, SubscribedEvent, SubscriptionStatus } from './subscribe.js';
import { startBufferingProxy } from './testing/buffering-proxy.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { startReferenceServer, upReferral } from './testing/reference-server.js';
import { startTcpProxy } from './testing/tcp-proxy.js';

let server: ReferenceServer;
let wang: AllianceClient; // 沧州 referrer: creates the referrals
let zhangToken: string; // 协和 receiver: subscribes

// How long a wait for what the subscriber sees may take: the first subscription of a cold run also loads (and in a
// test, transforms) the lazily imported subscribe chunk, which on a loaded CI machine took past the default 1 s.
const SOON = { timeout: 5_000 };
const FAST = { reconnectDelayMs: 20, maxReconnectDelayMs: 100, pollIntervalMs: 50, idleTimeoutMs: 2_000 };

beforeAll(async () => {
  // Streams live 1.5 s here: subscriptions meet the server ending them (as at a deploy) as a matter of course.
  server = await startReferenceServer({
    eventStream: { pollMs: 20, heartbeatMs: 200, retryMs: 100, maxLifetimeMs: 1_500 },
  });
  wang = createAllianceClient({ baseUrl: server.baseUrl, token: await server.tokenFor('cln_cz_neuro_wang') });
  zhangToken = await server.tokenFor('cln_pumch_neuro_zhang');
});
afterAll(() => server.close());

const receiver = (baseUrl = server.baseUrl) => createAllianceClient({ baseUrl, token: zhangToken });

/** Iterates a subscription in the background, keeping what it yields, how it ended, and its statuses. */
function follow<TType extends SubscribedEvent['type']>(
  client: AllianceClient,
  options: SubscribeOptions<TType> = {},
) {
  const controller = new AbortController();
  const events: SubscribedEvent<TType>[] = [];
  const statuses: SubscriptionStatus['state'][] = [];
  const done = (async () => {
    for await (const event of client.events.subscribe({
      ...FAST,
      ...options,
      signal: controller.signal,
      onStatus: (status) => statuses.push(status.state),
    })) {
      events.push(event);
    }
  })();
  return { events, statuses, done, abort: () => controller.abort() };
}

/** Creates submitted up-referrals as 沧州 and returns their ids. */
async function refer(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push((await wang.referrals.create(upReferral())).id);
  }
  return ids;
}

/** The receiver's feed of submissions after a cursor, as `GET /v1/events` gives it. */
async function feedAfter(after: string) {
  return receiver()
    .events.list({ after, type: ['referral.submitted'], limit: 100 })
    .toArray();
}

describe('client.events.subscribe', () => {
  it('yields the events another clinician causes as they happen, typed by the types asked for', async () => {
    const sub = follow(receiver(), { types: ['referral.submitted'] });
    await expect.poll(() => sub.statuses, SOON).toContain('live');
    const ids = await refer(2);
    await expect.poll(() => sub.events.map((e) => e.resourceId), SOON).toEqual(ids);
    expect(sub.events.every((event) => event.type === 'referral.submitted')).toBe(true);
    expect(sub.events[0]!.data).toMatchObject({ status: 'submitted' });
    sub.abort();
    await sub.done;
  });

  it('resumes after the connection drops with every event missed, none twice', async () => {
    const proxy = await startTcpProxy(server.port);
    try {
      const sub = follow(receiver(proxy.baseUrl), { types: ['referral.submitted'] });
      await expect.poll(() => sub.statuses, SOON).toContain('live');
      const [first] = await refer(1);
      await expect.poll(() => sub.events.map((e) => e.resourceId), SOON).toEqual([first]);

      proxy.cut();
      await expect.poll(() => sub.statuses.at(-1), SOON).toBe('reconnecting');
      const missed = await refer(3);
      proxy.restore();
      const later = await refer(1);

      await expect.poll(() => sub.events.length, SOON).toBe(5);
      expect(sub.events.map((e) => e.resourceId)).toEqual([first, ...missed, ...later]);
      // Exactly the feed: nothing left out while the network was down, nothing repeated after it came back.
      expect(sub.events).toEqual(
        await feedAfter(`evt_${String(sub.events[0]!.sequence - 1).padStart(12, '0')}`),
      );
      expect(proxy.connections).toBeGreaterThan(1);
      sub.abort();
      await sub.done;
    } finally {
      await proxy.close();
    }
  });

  it('reconnects when the server ends the stream, and misses nothing meanwhile', async () => {
    const sub = follow(receiver(), { types: ['referral.submitted'] });
    await expect.poll(() => sub.statuses, SOON).toContain('live');
    const before = await refer(1);
    // The stream's lifetime (1.5 s) passes while referrals keep coming.
    const during: string[] = [];
    for (let i = 0; i < 6; i++) {
      during.push(...(await refer(1)));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await expect.poll(() => sub.events.length, SOON).toBe(7);
    expect(sub.events.map((e) => e.resourceId)).toEqual([...before, ...during]);
    expect(sub.statuses.filter((s) => s === 'live').length).toBeGreaterThan(1);
    sub.abort();
    await sub.done;
  });

  it('starts after a given event id', async () => {
    const ids = await refer(3);
    const feed = await receiver()
      .events.list({ type: ['referral.submitted'], limit: 100 })
      .toArray();
    const from = feed.find((e) => e.resourceId === ids[0])!;
    const sub = follow(receiver(), { types: ['referral.submitted'], after: from.id });
    await expect.poll(() => sub.events.map((e) => e.resourceId), SOON).toEqual(ids.slice(1));
    sub.abort();
    await sub.done;
  });

  it.each(['buffer', 'replace'] as const)(
    'polls the feed when a gateway holds back the stream (%s)',
    async (mode) => {
      const proxy = await startBufferingProxy(server.port, mode);
      try {
        const sub = follow(receiver(proxy.baseUrl), { types: ['referral.submitted'], fallbackAfterMs: 300 });
        await expect.poll(() => sub.statuses, SOON).toContain('polling');
        expect(sub.statuses).not.toContain('live');
        const ids = await refer(2);
        await expect.poll(() => sub.events.map((e) => e.resourceId), SOON).toEqual(ids);
        expect(proxy.streamRequests).toBe(1);
        sub.abort();
        await sub.done;
      } finally {
        await proxy.close();
      }
    },
  );

  it('stops everything on abort: the loop ends, the stream closes, nothing more is asked', async () => {
    const proxy = await startBufferingProxy(server.port, 'pass');
    try {
      const sub = follow(receiver(proxy.baseUrl));
      await expect.poll(() => sub.statuses, SOON).toContain('live');
      expect(proxy.openUpstreams).toBe(1);
      sub.abort();
      await sub.done;
      await expect.poll(() => proxy.openUpstreams, SOON).toBe(0);
      const requests = proxy.requests;
      const statuses = sub.statuses.length;
      await refer(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(proxy.requests).toBe(requests);
      expect(sub.events).toEqual([]);
      expect(sub.statuses).toHaveLength(statuses);
    } finally {
      await proxy.close();
    }
  });

  it('ends the loop on break, closing the stream', async () => {
    const client = receiver();
    let pending: Promise<string[]> | undefined;
    let seen = 0;
    for await (const event of client.events.subscribe({
      ...FAST,
      types: ['referral.submitted'],
      onStatus: ({ state }) => {
        if (state === 'live') {
          pending ??= refer(2);
        }
      },
    })) {
      expect(event.type).toBe('referral.submitted');
      seen += 1;
      break;
    }
    await pending;
    expect(seen).toBe(1);
  });

  it('throws a typed error for a refused token, after trying a refreshed one', async () => {
    const refused = createAllianceClient({ baseUrl: server.baseUrl, token: 'not-a-token' });
    const error = await (async () => {
      for await (const _ of refused.events.subscribe(FAST)) {
        // never reached
      }
    })().catch((caught: unknown) => caught);
    expect(isAllianceError(error, 'unauthenticated')).toBe(true);

    const refreshes: boolean[] = [];
    const refreshing = createAllianceClient({
      baseUrl: server.baseUrl,
      getToken: ({ refresh }) => (refreshes.push(refresh), refresh ? zhangToken : 'expired-token'),
    });
    const sub = follow(refreshing, { types: ['referral.submitted'] });
    await expect.poll(() => sub.statuses, SOON).toContain('live');
    expect(refreshes).toEqual([false, true]);
    sub.abort();
    await sub.done;
  });
});
