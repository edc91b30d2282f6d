// The referral routes on a real PostgreSQL, served by two app instances on two connection pools: as far as the
// database can tell, two server processes behind a load balancer.
import type { components } from '@yilian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, exampleReferral, postgresTestDatabase, postgresUrl } from '../testing/harness.js';
import { expireDueReferrals } from '../use-cases/referrals/expire-due.js';

type Referral = components['schemas']['Referral'];
type Problem = components['schemas']['Problem'];
type Timeline = components['schemas']['Timeline'];
type Attachment = components['schemas']['Attachment'];

/** The 回转单 a down-referral carries at submit (DOMAIN §3). */
const DOWN_CONTENT = {
  clinicalSummary: '住院10天，溶栓后神经功能明显改善。',
  mainResults: '头颅MRI示左侧基底节区急性梗死灶。',
  rehabPlan: '每日康复训练，两周后复查。',
  medications: '阿司匹林 100mg qd',
  followUpDates: ['2026-12-07'],
};

function upReferral(overrides: Record<string, unknown> = {}) {
  return exampleReferral({
    urgency: 'urgent',
    sendingDepartmentId: 'dep_cz_neurology',
    receivingDepartmentId: 'dep_pumch_neurology',
    ...overrides,
  });
}

const ACCEPT = {
  command: 'accept',
  appointment: { departmentId: 'dep_pumch_neurology', scheduledAt: '2026-11-23T13:00:00+08:00' },
};

const url = postgresUrl();

describe.skipIf(!url)('referrals on PostgreSQL with two server processes', () => {
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

  async function create(server: TestServer, body: Record<string, unknown> = upReferral()): Promise<Referral> {
    const res = await server.call<Referral>('createReferral', {
      token: await server.tokenFor('cln_cz_neuro_wang'),
      body,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  async function transition(
    server: TestServer,
    clinicianId: string,
    referral: { id: string; version: number },
    body: unknown,
  ) {
    return server.call<Referral & Omit<Problem, 'status'>>('transitionReferral', {
      token: await server.tokenFor(clinicianId),
      path: { referralId: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body,
    });
  }

  it('closes the loop with each step served by either process', async () => {
    const referral = await create(a);
    const accepted = await transition(b, 'cln_pumch_neuro_zhang', referral, ACCEPT);
    const arrived = await transition(a, 'cln_pumch_neuro_zhang', accepted.body, {
      command: 'record_arrival',
      arrivedAt: '2026-11-23T09:00:00+08:00',
    });
    const treating = await transition(b, 'cln_pumch_neuro_zhang', arrived.body, {
      command: 'start_treatment',
    });
    const reported = await transition(a, 'cln_pumch_neuro_zhang', treating.body, {
      command: 'report',
      report: { diagnosis: { text: '脑梗死' }, treatment: '机械取栓。', advice: '下转康复。' },
    });
    const closed = await transition(b, 'cln_cz_neuro_wang', reported.body, {
      command: 'close',
      note: '已随访。',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      version: 6,
      arrivedAt: '2026-11-23T09:00:00+08:00',
    });
    const timeline = await a.call<Timeline>('getReferralTimeline', {
      token: await a.tokenFor('cln_cz_neuro_wang'),
      path: { referralId: referral.id },
    });
    expect(timeline.body.items.map((e) => e.action)).toEqual([
      'create',
      'accept',
      'record_arrival',
      'start_treatment',
      'report',
      'close',
    ]);
    const child = await b.call<Referral>('createReferral', {
      token: await b.tokenFor('cln_pumch_neuro_zhang', 'referrer'),
      body: upReferral({
        ...DOWN_CONTENT,
        direction: 'down',
        urgency: 'routine',
        sendingInstitutionId: 'ins_pumch',
        sendingDepartmentId: 'dep_pumch_neurology',
        receivingInstitutionId: 'ins_cangzhou_central',
        receivingDepartmentId: 'dep_cz_rehab',
        parentReferralId: referral.id,
        consent: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-23T08:50:00+08:00',
          recordedBy: 'cln_pumch_neuro_zhang',
          method: 'written',
        },
      }),
    });
    expect(child.status).toBe(201);
    const parent = await a.call<Referral>('getReferral', {
      token: await a.tokenFor('cln_cz_neuro_wang'),
      path: { referralId: referral.id },
    });
    expect(parent.body.childReferralIds).toEqual([child.body.id]);
  });

  it('lets exactly one of two processes accepting the same version win; the other answers 412 with the current state (20 rounds)', async () => {
    for (let round = 0; round < 20; round++) {
      const referral = await create(round % 2 === 0 ? a : b);
      const [first, second] = await Promise.all([
        transition(a, 'cln_pumch_neuro_zhang', referral, ACCEPT),
        transition(b, 'cln_pumch_coord_sun', referral, ACCEPT),
      ]);
      const results = [first, second].sort((x, y) => x.status - y.status);
      expect(results.map((r) => r.status)).toEqual([200, 412]);
      const [won, lost] = results as [typeof first, typeof second];
      expect(lost.body).toMatchObject({
        code: 'version_conflict',
        currentVersion: 2,
        currentStatus: 'accepted',
      });
      expect(lost.body.changedBy?.clinicianId).toBe(
        won === first ? 'cln_pumch_neuro_zhang' : 'cln_pumch_coord_sun',
      );
      expect(lost.headers.get('ETag')).toBe('"2"');
      const { rows } = await pg.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM audit_events WHERE resource_id = $1 AND action = 'accept'`,
        [referral.id],
      );
      expect(Number(rows[0]?.n)).toBe(1);
      const { rows: feed } = await pg.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM events WHERE resource_id = $1 AND type = 'referral.accepted'`,
        [referral.id],
      );
      expect(Number(feed[0]?.n)).toBe(1);
    }
  });

  it('refuses with a 412 a decision read on a version that another transaction commits while the UPDATE waits', async () => {
    const referral = await create(a);
    const other = await pg.open(1);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const holder = other.transaction(async (tx) => {
      await tx.query(`UPDATE referrals SET status = 'accepted', version = version + 1 WHERE id = $1`, [
        referral.id,
      ]);
      locked();
      await gate;
    });
    await holding;
    // The route reads version 1 (the change is not committed) and decides; its conditional UPDATE then waits.
    const pending = transition(a, 'cln_pumch_neuro_zhang', referral, ACCEPT);
    let waited = false;
    for (let i = 0; i < 200 && !waited; i++) {
      const { rows } = await pg.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      waited = Number(rows[0]?.n) > 0;
      if (!waited) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    release();
    await holder;
    await other.close();
    const res = await pending;
    expect(waited, 'the route’s UPDATE waited for the other transaction').toBe(true);
    expect(res.status).toBe(412);
    expect(res.body).toMatchObject({
      code: 'version_conflict',
      currentVersion: 2,
      currentStatus: 'accepted',
    });
    const { rows } = await pg.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_events WHERE resource_id = $1 AND action = 'accept'`,
      [referral.id],
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('creates one referral when the same Idempotency-Key reaches both processes at once', async () => {
    const { rows: before } = await pg.db.query<{ n: string }>('SELECT count(*) AS n FROM referrals');
    const headers = { 'Idempotency-Key': 'pg-create-race-1' };
    const [x, y] = await Promise.all([
      a.call<Referral>('createReferral', {
        token: await a.tokenFor('cln_cz_neuro_wang'),
        headers,
        body: upReferral(),
      }),
      b.call<Referral>('createReferral', {
        token: await b.tokenFor('cln_cz_neuro_wang'),
        headers,
        body: upReferral(),
      }),
    ]);
    expect([x.status, y.status]).toEqual([201, 201]);
    expect(x.body.id).toBe(y.body.id);
    expect([x.headers.get('Idempotent-Replayed'), y.headers.get('Idempotent-Replayed')].sort()).toEqual(
      ['true', null].sort(),
    );
    const { rows: after } = await pg.db.query<{ n: string }>('SELECT count(*) AS n FROM referrals');
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n) + 1);
  });

  it('gives two attachments added at once by two processes their own positions', async () => {
    const referral = await create(a);
    const tokenA = await a.tokenFor('cln_cz_neuro_wang');
    const tokenB = await b.tokenFor('cln_cz_neuro_wang');
    const [x, y] = await Promise.all([
      a.call<Attachment>('addReferralAttachment', {
        token: tokenA,
        path: { referralId: referral.id },
        body: { kind: 'emr_excerpt', title: '病历一' },
      }),
      b.call<Attachment>('addReferralAttachment', {
        token: tokenB,
        path: { referralId: referral.id },
        body: { kind: 'emr_excerpt', title: '病历二' },
      }),
    ]);
    expect([x.status, y.status]).toEqual([201, 201]);
    const read = await a.call<Referral>('getReferral', { token: tokenA, path: { referralId: referral.id } });
    expect(read.body.attachments.map((att) => att.title).sort()).toEqual(['病历一', '病历二']);
  });

  it('expires a due referral once even when two processes sweep at the same moment', async () => {
    const referral = await create(a, upReferral({ urgency: 'urgent' }));
    const due = new Date('2026-11-24T09:00:00+08:00');
    await Promise.all([expireDueReferrals(a.db, due), expireDueReferrals(b.db, due)]);
    const { rows } = await pg.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE resource_id = $1 ORDER BY id`,
      [referral.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'expire']);
    const { rows: current } = await pg.db.query<{ status: string; version: number }>(
      'SELECT status, version FROM referrals WHERE id = $1',
      [referral.id],
    );
    expect(current[0]).toEqual({ status: 'expired', version: 2 });
  });
});
