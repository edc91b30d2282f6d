// Editing a draft on a real PostgreSQL, served by two app instances on two connection pools: two tabs (or two
// retries through a load balancer) saving the same version of one draft.
import type { components } from '@yilian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, examplePatient, postgresTestDatabase, postgresUrl } from '../testing/harness.js';

type Referral = components['schemas']['Referral'];
type Problem = components['schemas']['Problem'];

const url = postgresUrl();

describe.skipIf(!url)('editing drafts on PostgreSQL with two server processes', () => {
  let pg: Awaited<ReturnType<typeof postgresTestDatabase>>;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    pg = await postgresTestDatabase(url!);
    a = await createTestServer({ db: pg.db });
    b = await createTestServer({ db: await pg.open() });
  }, 60_000);

  afterAll(async () => {
    await b?.db.close();
    await pg?.drop();
  });

  it('writes exactly one of two saves of the same version, and the other gets a 412', async () => {
    const token = await a.tokenFor('cln_cz_neuro_wang');
    const created = await a.call<Referral>('createReferral', {
      token,
      body: {
        direction: 'up',
        urgency: 'routine',
        sendingInstitutionId: 'ins_cangzhou_central',
        receivingInstitutionId: 'ins_pumch',
        patient: examplePatient(),
        diagnosis: { text: '脑梗死' },
        reason: '需进一步评估。',
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:30:00+08:00',
          recordedBy: 'cln_cz_neuro_wang',
          method: 'written',
        },
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const save = (server: TestServer, reason: string) =>
      server.call<Referral & Omit<Problem, 'status'>>('updateReferral', {
        token,
        path: { referralId: created.body.id },
        headers: { 'If-Match': '"1"' },
        body: { reason },
      });
    const results = await Promise.all([save(a, '甲标签页。'), save(b, '乙标签页。')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    const stored = await b.call<Referral>('getReferral', {
      token,
      path: { referralId: created.body.id },
    });
    expect(stored.body).toMatchObject({ version: 2, reason: winner.body.reason });
  });
});
