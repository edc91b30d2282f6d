// The work queue's list and counts (issue #13): department, number search, green-first order, tab counts and who
// sees what, on PGlite and, when DATABASE_URL is set, on PostgreSQL (the same tests, the same answers).
import type { components } from '@yilian/contract';
import { statusesOfGroup } from '@yilian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallOptions, TestServer } from '../testing/harness.js';
import {
  createTestServer,
  exampleReferral,
  manualClock,
  postgresTestDatabase,
  postgresUrl,
} from '../testing/harness.js';

type Referral = components['schemas']['Referral'];
type ReferralPage = components['schemas']['ReferralPage'];
type ReferralCounts = components['schemas']['ReferralCounts'];
type Problem = components['schemas']['Problem'];

function upReferral(overrides: Record<string, unknown> = {}) {
  return exampleReferral({
    sendingDepartmentId: 'dep_cz_neurology',
    receivingDepartmentId: 'dep_pumch_neurology',
    ...overrides,
  });
}

/** The escort a green-channel referral carries at submit. */
const ESCORT = { escortedBy: '李护士', escortRole: 'nurse', transport: 'ambulance_with_doctor' };

const url = postgresUrl();
const databases = [
  { name: 'PGlite', open: async () => ({ server: await createTestServer(), close: async () => {} }) },
  ...(url
    ? [
        {
          name: 'PostgreSQL',
          open: async () => {
            const pg = await postgresTestDatabase(url);
            return {
              server: await createTestServer({ db: pg.db, clock: manualClock() }),
              close: () => pg.drop(),
            };
          },
        },
      ]
    : []),
];

describe.each(databases)('the work queue on $name', ({ open }) => {
  let server: TestServer;
  let close: () => Promise<void>;
  let wang: string; // 沧州 neurology, sends
  let zhang: string; // 协和 neurology, receives
  let xu: string; // 北苑 TCM, sends to 首钢: no party of 协和 or 沧州
  const made: Record<string, Referral> = {};

  async function create(body: Record<string, unknown>, token = wang): Promise<Referral> {
    const res = await server.call<Referral>('createReferral', { token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  async function list(token: string, query: NonNullable<CallOptions['query']>) {
    const res = await server.call<ReferralPage>('listReferrals', { token, query });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  async function counts(token: string, query: NonNullable<CallOptions['query']> = {}) {
    const res = await server.call<ReferralCounts>('countReferrals', { token, query });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  const groups = (c: ReferralCounts) =>
    Object.fromEntries(c.byGroup.map(({ group, count }) => [group, count]));

  beforeAll(async () => {
    ({ server, close } = await open());
    wang = await server.tokenFor('cln_cz_neuro_wang');
    zhang = await server.tokenFor('cln_pumch_neuro_zhang');
    xu = await server.tokenFor('cln_by_tcm_xu');
    // 10:00 routine neurology, 10:01 urgent cardiology, 10:02 green channel neurology, 10:03 a second green
    // channel, 10:04 a draft, all from 沧州 to 协和; 10:05 北苑 → 首钢.
    server.clock.set('2026-11-23T10:00:00+08:00');
    made.routine = await create(upReferral());
    server.clock.set('2026-11-23T10:01:00+08:00');
    made.urgent = await create(
      upReferral({
        urgency: 'urgent',
        sendingDepartmentId: 'dep_cz_cardiology',
        receivingDepartmentId: 'dep_pumch_cardiology',
      }),
    );
    server.clock.set('2026-11-23T10:02:00+08:00');
    made.green = await create(
      upReferral({ urgency: 'green_channel', greenChannelCategory: 'stroke', escort: ESCORT }),
    );
    server.clock.set('2026-11-23T10:03:00+08:00');
    made.green2 = await create(
      upReferral({ urgency: 'green_channel', greenChannelCategory: 'chest_pain', escort: ESCORT }),
    );
    server.clock.set('2026-11-23T10:04:00+08:00');
    made.draft = await create(upReferral({ submit: false }));
    server.clock.set('2026-11-23T10:05:00+08:00');
    made.other = await create(
      upReferral({
        sendingInstitutionId: 'ins_beiyuan_tcm',
        sendingDepartmentId: 'dep_by_tcm',
        receivingInstitutionId: 'ins_pku_shougang',
        receivingDepartmentId: 'dep_sg_rehab',
        consent: { ...upReferral().consent, recordedBy: 'cln_by_tcm_xu' },
      }),
      xu,
    );
    server.clock.set('2026-11-23T10:06:00+08:00');
  }, 60_000);

  afterAll(async () => {
    await close?.();
  });

  it('orders the receiver’s queue green channel first, then urgent, then by the oldest answer deadline', async () => {
    const page = await list(zhang, { sort: 'green_first' });
    expect(page.items.map((r) => r.id)).toEqual([
      made.green!.id,
      made.green2!.id,
      made.urgent!.id,
      made.routine!.id,
    ]);
  });

  it('pages the green-first order with its own cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(zhang, { sort: 'green_first', limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([made.green!.id, made.green2!.id, made.urgent!.id, made.routine!.id]);
  });

  it('refuses a newest-first cursor in the green-first order with a 400 field error', async () => {
    const newest = await list(zhang, { limit: 1 });
    const res = await server.call<Problem>('listReferrals', {
      token: zhang,
      query: { sort: 'green_first', cursor: newest.nextCursor! },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '#query/cursor', code: 'invalid_format' }),
    ]);
  });

  it('lists newest first by default, drafts only to their sender', async () => {
    expect((await list(zhang, {})).items.map((r) => r.id)).toEqual([
      made.green2!.id,
      made.green!.id,
      made.urgent!.id,
      made.routine!.id,
    ]);
    expect((await list(wang, { sort: 'newest' })).items.map((r) => r.id)).toEqual([
      made.draft!.id,
      made.green2!.id,
      made.green!.id,
      made.urgent!.id,
      made.routine!.id,
    ]);
  });

  it('filters by a department of the caller’s side: receiving department for the receiver, sending for the sender', async () => {
    const cardiology = await list(zhang, { departmentId: 'dep_pumch_cardiology' });
    expect(cardiology.items.map((r) => r.id)).toEqual([made.urgent!.id]);
    const sent = await list(wang, { departmentId: 'dep_cz_cardiology', side: 'sending' });
    expect(sent.items.map((r) => r.id)).toEqual([made.urgent!.id]);
    // 协和's department is not 沧州's: as a sender 沧州 has none of its referrals there.
    expect((await list(wang, { departmentId: 'dep_pumch_cardiology' })).items).toEqual([]);
  });

  it('finds a referral by its whole number or its beginning, in any case', async () => {
    expect((await list(zhang, { q: made.urgent!.number })).items.map((r) => r.id)).toEqual([made.urgent!.id]);
    const prefix = made.green!.number.slice(0, 11).toLowerCase(); // zz-20261123
    const byPrefix = await list(zhang, { q: prefix });
    expect(byPrefix.items.map((r) => r.id).sort()).toEqual(
      [made.routine!.id, made.urgent!.id, made.green!.id, made.green2!.id].sort(),
    );
    expect((await list(zhang, { q: 'ZZ-19990101' })).items).toEqual([]);
  });

  it('never finds a referral the caller is not party to, by number or in the counts', async () => {
    expect((await list(zhang, { q: made.other!.number })).items).toEqual([]);
    expect((await counts(zhang, { q: made.other!.number })).total).toBe(0);
    expect((await list(xu, { q: made.green!.number })).items).toEqual([]);
    expect(await counts(xu, {})).toMatchObject({ total: 1, bySide: { sending: 1, receiving: 0 } });
  });

  it('counts the receiver’s tabs without the sender’s draft, and the sender’s with it', async () => {
    const received = await counts(zhang);
    expect(received.total).toBe(4);
    expect(received.bySide).toEqual({ sending: 0, receiving: 4 });
    expect(groups(received)).toEqual({
      draft: 0,
      awaiting_answer: 4,
      returned: 0,
      in_progress: 0,
      awaiting_report: 0,
      to_close: 0,
      closed_or_ended: 0,
    });
    expect(received.byGroup.map((g) => g.group)).toEqual([
      'draft',
      'awaiting_answer',
      'returned',
      'in_progress',
      'awaiting_report',
      'to_close',
      'closed_or_ended',
    ]);
    const sent = await counts(wang, { side: 'sending' });
    expect(sent).toMatchObject({ total: 5, bySide: { sending: 5, receiving: 0 } });
    expect(groups(sent)).toMatchObject({ draft: 1, awaiting_answer: 4 });
  });

  it('counts with the list’s filters, so a tab’s count is the length of its list', async () => {
    const query = { urgency: 'green_channel', status: statusesOfGroup('awaiting_answer') };
    const c = await counts(zhang, query);
    const page = await list(zhang, { ...query, limit: 100 });
    expect(c.total).toBe(page.items.length);
    expect(c.total).toBe(2);
    expect((await counts(zhang, { departmentId: 'dep_pumch_cardiology' })).total).toBe(1);
  });

  it.each([
    ['q', { q: '张三' }],
    ['q', { q: '110105199003071239' }],
    ['sort', { sort: 'oldest' }],
    ['departmentId', { departmentId: 'neurology' }],
    ['side', { side: 'both' }],
  ])('answers a bad %s with a 400 problem naming it, on the list and the counts', async (name, query) => {
    for (const operation of ['listReferrals', 'countReferrals'] as const) {
      const res = await server.call<Problem>(operation, { token: zhang, query });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors).toEqual([expect.objectContaining({ pointer: `#query/${name}` })]);
      // The refused value is not echoed back: a mistyped ID number stays out of the problem.
      expect(JSON.stringify(res.body)).not.toContain('110105199003071239');
    }
  });

  it('answers the counts only to a caller with a token', async () => {
    const res = await server.call<Problem>('countReferrals', {});
    expect(res.status).toBe(401);
  });
});
