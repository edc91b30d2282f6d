// The demo's months of history (#17): written through the referral use-cases and the recognition stores, so the
// indicators of those months are the records' own; at the seeds' scale; written once; and absent from the tests'
// default seed, whose counts of the current week stay as they are.
import type { components } from '@yilian/contract';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../db/migrations-node.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/database.js';
import { TEST_NOW, createTestServer, manualClock } from '../testing/harness.js';
import { seedAlliance } from './seed.js';

type Indicators = components['schemas']['AllianceIndicators'];

describe('the seed history', () => {
  it('gives five months of true, small figures before the seed’s month, and is written once', async () => {
    const db = await openPglite();
    await migrate(db, await loadMigrations());
    await seedAlliance(db, TEST_NOW, { history: true });
    await seedAlliance(db, TEST_NOW, { history: true });
    const server = await createTestServer({ db, clock: manualClock(TEST_NOW) });
    const res = await server.call<Indicators>('getIndicators', {
      token: await server.tokenFor('cln_pumch_coord_sun'),
      query: { allianceId: 'all_pumch_cangzhou', from: '2026-06-01', to: '2026-10-31' },
    });
    expect(res.status).toBe(200);
    const { months, referrals, recognition } = res.body;
    expect(months.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    for (const month of months) {
      expect(month.up).toBeGreaterThanOrEqual(3);
      expect(month.up).toBeLessThanOrEqual(5);
      expect(month.down).toBeGreaterThanOrEqual(1);
      expect(month.savingsFen).toBeGreaterThan(0);
      expect(month.expertVisits).toBeGreaterThanOrEqual(4);
    }
    // Twice seeded, once written: 3+4+5+3+4 up and 1+2+1+2+1 down.
    expect([referrals.up, referrals.down]).toEqual([19, 7]);
    expect(referrals.closedLoop.closed).toBeGreaterThan(0);
    expect(referrals.outcomes.length).toBeGreaterThan(2);
    expect(recognition.adopted).toBeGreaterThan(0);
    expect(recognition.adoptionRate).toBeLessThan(1);
    await db.close();
  }, 120_000);

  it('is not in the default seed: no referral before the current week', async () => {
    const server = await createTestServer();
    const res = await server.call<Indicators>('getIndicators', {
      token: await server.tokenFor('cln_pumch_coord_sun'),
      query: { allianceId: 'all_pumch_cangzhou', from: '2026-06-01', to: '2026-10-31' },
    });
    expect([res.body.referrals.up, res.body.referrals.down, res.body.recognition.checks]).toEqual([0, 0, 0]);
  }, 120_000);
});
