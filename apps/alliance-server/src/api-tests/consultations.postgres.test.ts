// Remote consultation on a real PostgreSQL, from two server processes on two connection pools: two coordinators
// scheduling the same version at the same moment give one winner and one 412, with one audit entry and one feed
// event; and the whole loop runs there as on PGlite.
import type { components } from '@yilian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, postgresTestDatabase, postgresUrl } from '../testing/harness.js';
import { consultationRequest } from './consultation-fixtures.js';

type Consultation = components['schemas']['Consultation'];
type Problem = components['schemas']['Problem'];

const url = postgresUrl();

const schedule = (expertId: string) => ({
  command: 'schedule',
  schedule: {
    expertIds: [expertId],
    scheduledAt: '2026-11-24T14:00:00+08:00',
    mode: 'on_site',
    place: '沧州市中心医院 门诊楼5层 远程会诊中心',
  },
});

describe.skipIf(!url)('remote consultation on PostgreSQL with two server processes', () => {
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

  it('gives concurrent schedule attempts one winner and one 412 (10 rounds)', async () => {
    for (let round = 0; round < 10; round++) {
      const created = await a.call<Consultation>('createConsultation', {
        token: await a.tokenFor('cln_cz_neuro_wang'),
        body: consultationRequest(),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const c = created.body;
      const results = await Promise.all(
        [
          [a, 'cln_pumch_neuro_li'],
          [b, 'cln_pumch_cardio_zhou'],
        ].map(async ([server, expert]) => {
          const s = server as TestServer;
          return s.call<Consultation & Omit<Problem, 'status'>>('transitionConsultation', {
            token: await s.tokenFor('cln_pumch_coord_sun'),
            path: { consultationId: c.id },
            headers: { 'if-match': `"${c.version}"` },
            body: schedule(expert as string),
          });
        }),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
      const loser = results.find((r) => r.status === 412)!;
      expect(loser.body).toMatchObject({ code: 'version_conflict', currentConsultationStatus: 'scheduled' });
      const { rows } = await pg.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM audit_events WHERE resource_type = 'consultation' AND resource_id = $1 AND action = 'schedule'`,
        [c.id],
      );
      expect(Number(rows[0]?.n)).toBe(1);
      const events = await pg.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM events WHERE resource_id = $1 AND type = 'consultation.scheduled'`,
        [c.id],
      );
      expect(Number(events.rows[0]?.n)).toBe(1);
    }
  }, 60_000);

  it('runs the loop to acknowledgement and lists it for both sides', async () => {
    const doctor = await a.tokenFor('cln_cz_neuro_wang');
    const created = await a.call<Consultation>('createConsultation', {
      token: doctor,
      body: consultationRequest(),
    });
    let c = created.body;
    const step = async (server: TestServer, clinicianId: string, body: unknown) => {
      const res = await server.call<Consultation>('transitionConsultation', {
        token: await server.tokenFor(clinicianId),
        path: { consultationId: c.id },
        headers: { 'if-match': `"${c.version}"` },
        body,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      c = res.body;
    };
    await step(b, 'cln_pumch_coord_sun', schedule('cln_pumch_neuro_li'));
    await step(a, 'cln_pumch_neuro_li', { command: 'start_session' });
    await step(b, 'cln_pumch_neuro_li', {
      command: 'submit_opinion',
      opinion: { findings: '左侧基底节区急性梗死。', advice: '抗血小板治疗。' },
    });
    expect(c.status).toBe('reported');
    await step(a, 'cln_cz_neuro_wang', { command: 'acknowledge', rating: 4 });
    expect(c.status).toBe('closed');
    const listed = await b.call<components['schemas']['ConsultationPage']>('listConsultations', {
      token: await b.tokenFor('cln_pumch_coord_sun'),
      query: { status: ['closed'], side: 'invited' },
    });
    expect(listed.body.items.map((i) => i.id)).toContain(c.id);
  });
});
