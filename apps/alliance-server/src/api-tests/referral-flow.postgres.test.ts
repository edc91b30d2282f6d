// Green-channel escalation on a real PostgreSQL, swept by two app instances on two connection pools at once (as
// two server processes would, each running its clock duty and answering reads): each overdue referral is
// escalated, audited and announced on the feed exactly once.
import type { components } from '@yilian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, examplePatient, postgresTestDatabase, postgresUrl } from '../testing/harness.js';
import { sweepDueReferrals } from '../use-cases/referrals/expire-due.js';

type Referral = components['schemas']['Referral'];

const url = postgresUrl();

function greenReferral() {
  return {
    direction: 'up',
    urgency: 'green_channel',
    greenChannelCategory: 'stroke',
    sendingInstitutionId: 'ins_cangzhou_central',
    receivingInstitutionId: 'ins_pumch',
    receivingDepartmentId: 'dep_pumch_neurology',
    patient: examplePatient(),
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    reason: '急性脑梗死，需进一步评估取栓指征。',
    clinicalSummary: '发病2小时，NIHSS 12分，头颅CT未见出血。',
    escort: { escortedBy: '李护士', escortRole: 'nurse', transport: 'ambulance_with_doctor' },
    consent: {
      purpose: 'referral_transfer',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_cz_neuro_wang',
      method: 'written',
    },
    submit: true,
  };
}

describe.skipIf(!url)('green-channel escalation on PostgreSQL with two server processes', () => {
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

  async function count(referralIds: readonly string[], sql: string): Promise<Map<string, number>> {
    const { rows } = await pg.db.query<{ id: string; n: string }>(sql, [referralIds]);
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  it('escalates each overdue referral exactly once while both processes sweep and read at the same moment (10 rounds)', async () => {
    const due = new Date('2026-11-23T09:15:00+08:00');
    for (let round = 0; round < 10; round++) {
      const created = await Promise.all(
        [a, b, a].map(async (server) => {
          const res = await server.call<Referral>('createReferral', {
            token: await server.tokenFor('cln_cz_neuro_wang'),
            body: greenReferral(),
          });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          return res.body;
        }),
      );
      const ids = created.map((r) => r.id);
      // Whole-table sweeps, institution-scoped sweeps (list reads) and single-referral sweeps (get reads) race.
      const results = await Promise.all([
        sweepDueReferrals(a.db, due),
        sweepDueReferrals(b.db, due),
        sweepDueReferrals(a.db, due, { institutionId: 'ins_pumch' }),
        sweepDueReferrals(b.db, due, { institutionId: 'ins_cangzhou_central' }),
        ...ids.map((referralId, i) => sweepDueReferrals(i % 2 === 0 ? b.db : a.db, due, { referralId })),
      ]);
      expect(results.reduce((n, r) => n + r.escalated, 0)).toBe(ids.length);
      expect(results.every((r) => r.expired === 0)).toBe(true);

      const events = await count(
        ids,
        `SELECT resource_id AS id, count(*) AS n FROM events
         WHERE resource_id = ANY($1) AND type = 'referral.escalated' GROUP BY resource_id`,
      );
      const audits = await count(
        ids,
        `SELECT resource_id AS id, count(*) AS n FROM audit_events
         WHERE resource_id = ANY($1) AND action = 'escalate' GROUP BY resource_id`,
      );
      for (const id of ids) {
        expect(events.get(id), `escalated events of ${id}`).toBe(1);
        expect(audits.get(id), `escalate audits of ${id}`).toBe(1);
      }
      const { rows } = await pg.db.query<{ status: string; version: number }>(
        'SELECT DISTINCT status, version FROM referrals WHERE id = ANY($1)',
        [ids],
      );
      expect(rows).toEqual([{ status: 'submitted', version: 1 }]);
    }
  });

  it('shows the referral as overdue from either process, and never expires it', async () => {
    const created = await a.call<Referral>('createReferral', {
      token: await a.tokenFor('cln_cz_neuro_wang'),
      body: greenReferral(),
    });
    await sweepDueReferrals(b.db, new Date('2027-11-23T09:15:00+08:00'), { referralId: created.body.id });
    const read = await b.call<Referral>('getReferral', {
      token: await b.tokenFor('cln_pumch_coord_sun'),
      path: { referralId: created.body.id },
    });
    expect(read.body).toMatchObject({
      status: 'submitted',
      overdue: true,
      escalatedAt: '2026-11-23T09:15:00+08:00',
    });
  });
});
