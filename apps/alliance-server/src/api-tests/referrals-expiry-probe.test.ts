// The referral list expires what is due among the reader's referrals before it answers. Whether anything is due is
// asked of each side of the reader apart (the earliest expiry of its sent, and of its received, submitted
// referrals, and the earliest answer deadline of its unescalated green-channel ones): these tests pin that either
// side alone triggers the expiry and the escalation, and that nothing else does.
import type { components } from '@yilian/contract';
import { afterAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import {
  createTestServer,
  exampleReferral,
  manualClock,
  postgresTestDatabase,
  postgresUrl,
} from '../testing/harness.js';

type Referral = components['schemas']['Referral'];

const urgentReferral = exampleReferral({ urgency: 'urgent' });

const greenReferral = {
  ...urgentReferral,
  urgency: 'green_channel',
  greenChannelCategory: 'stroke',
  escort: { escortedBy: '李护士', escortRole: 'nurse', transport: 'ambulance_with_doctor' },
} as const;

function suite(open: (clock: ReturnType<typeof manualClock>) => Promise<TestServer>) {
  for (const reader of [
    { side: 'sending', clinicianId: 'cln_cz_neuro_wang', role: 'referrer' },
    { side: 'receiving', clinicianId: 'cln_pumch_neuro_zhang', role: 'receiver' },
  ] as const) {
    it(`expires a due referral when its ${reader.side} institution lists its referrals, and not a minute before`, async () => {
      const clock = manualClock();
      const server = await open(clock);
      const created = await server.call<Referral>('createReferral', {
        token: await server.tokenFor('cln_cz_neuro_wang', 'referrer'),
        body: urgentReferral,
      });
      expect(created.status).toBe(201);
      const list = async () => {
        const res = await server.call<{ items: Referral[] }>('listReferrals', {
          token: await server.tokenFor(reader.clinicianId, reader.role),
        });
        return res.body.items.find((r) => r.id === created.body.id);
      };

      clock.advance(24 * 3_600_000 - 60_000);
      expect(await list()).toMatchObject({ status: 'submitted', version: 1 });
      clock.advance(60_000);
      expect(await list()).toMatchObject({ status: 'expired', version: 2 });
    });

    // A green channel has no expiry (it escalates at its answer deadline instead), so the probe must ask for the
    // deadline apart: an institution whose only due referral is an unanswered green channel still sweeps it.
    it(`escalates an unanswered green-channel referral when its ${reader.side} institution lists its referrals, and not a minute before`, async () => {
      const clock = manualClock();
      const server = await open(clock);
      const created = await server.call<Referral>('createReferral', {
        token: await server.tokenFor('cln_cz_neuro_wang', 'referrer'),
        body: greenReferral,
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.expiresAt).toBeUndefined();
      const list = async () => {
        const res = await server.call<{ items: Referral[] }>('listReferrals', {
          token: await server.tokenFor(reader.clinicianId, reader.role),
        });
        return res.body.items.find((r) => r.id === created.body.id);
      };

      clock.advance(15 * 60_000 - 60_000);
      expect((await list())?.escalatedAt).toBeUndefined();
      clock.advance(60_000);
      expect(await list()).toMatchObject({
        status: 'submitted',
        version: 1,
        overdue: true,
        escalatedAt: created.body.answerDueAt,
      });
      const { rows } = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM events WHERE resource_id = $1 AND type = 'referral.escalated'`,
        [created.body.id],
      );
      expect(rows[0]?.n).toBe(1);
    });
  }
}

describe('the referral list expires what is due (PGlite)', () => {
  suite((clock) => createTestServer({ clock }));
});

const url = postgresUrl();
describe.skipIf(!url)('the referral list expires what is due (PostgreSQL)', () => {
  const databases: Awaited<ReturnType<typeof postgresTestDatabase>>[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((d) => d.drop()));
  });
  suite(async (clock) => {
    const database = await postgresTestDatabase(url!, clock());
    databases.push(database);
    return createTestServer({ db: database.db, clock });
  });
});
