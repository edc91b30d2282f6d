// The outbox in a real browser: IndexedDB storage in Chromium, against the reference server running in the page.
// The network is cut by the client's fetch, the page's outbox is dropped and rebuilt over the same database (a tab
// reloaded), and nothing typed is lost or sent twice.
import { createBrowserAlliance } from '@yilian/alliance-server/browser';
import { describe, expect, it } from 'vitest';
import { createAllianceClient } from './client.js';
import { createOutbox, indexedDbStorage } from './outbox.js';
import { upReferral } from './testing/referrals.js';

describe('the outbox in a browser', () => {
  it('keeps referrals queued offline in IndexedDB across a reload and sends each exactly once', async () => {
    const alliance = await createBrowserAlliance(new Date('2026-11-23T09:00:00+08:00'));
    const token = await alliance.tokenFor('cln_cz_neuro_wang');
    let online = false;
    const client = createAllianceClient({
      baseUrl: alliance.baseUrl,
      token,
      retry: false,
      fetch: (request) =>
        online ? alliance.fetch(request) : Promise.reject(new TypeError('Failed to fetch')),
    });
    const database = `yilian-outbox-test-${crypto.randomUUID()}`;

    const first = createOutbox(client, indexedDbStorage(database));
    await first.enqueue({ kind: 'referrals.create', input: upReferral() });
    await first.enqueue({ kind: 'referrals.create', input: upReferral() });
    await expect(first.flush()).resolves.toMatchObject({ sent: 0, pending: 2 });

    // A reload: a new outbox over the same IndexedDB database finds both, and sends them once the network is back.
    online = true;
    const second = createOutbox(client, indexedDbStorage(database));
    expect((await second.items()).map((item) => item.state)).toEqual(['pending', 'pending']);
    await expect(second.flush()).resolves.toMatchObject({ sent: 2, pending: 0, failed: 0 });
    await expect(second.flush()).resolves.toMatchObject({ sent: 0, pending: 0 });

    const listed = await client.referrals.list({ side: 'sending' }).toArray(10);
    expect(listed).toHaveLength(2);
  });
});
