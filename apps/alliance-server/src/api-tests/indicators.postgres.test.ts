// The alliance indicators on a real PostgreSQL (#17): the same history gives the same figures and the same CSV as
// on PGlite, and at 100× the demo data every statement the indicators run enters the big tables through an index
// (EXPLAIN of the very statements the server sends, captured as it runs them).
import type { components } from '@yilian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../db/database.js';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, manualClock, postgresTestDatabase, postgresUrl } from '../testing/harness.js';
import { AUTUMN_STORIES, playReferralStory } from '../testing/indicator-history.js';
import { getIndicators } from '../use-cases/indicators/get-indicators.js';

type Indicators = components['schemas']['AllianceIndicators'];

const url = postgresUrl();
const NOW = new Date('2026-11-23T09:00:00+08:00');
const ALLIANCE = 'all_pumch_cangzhou';
const QUERIES: Record<string, string>[] = [
  { allianceId: ALLIANCE, from: '2026-10-01', to: '2026-11-30' },
  { allianceId: ALLIANCE, institutionId: 'ins_cangzhou_central', from: '2026-01-01', to: '2026-12-31' },
  { allianceId: ALLIANCE, from: '2026-11-05', to: '2026-11-05' },
];

/** The tables that grow with use: none of them may be read whole to answer a period. */
const BIG_TABLES = [
  'audit_events',
  'referrals',
  'activities',
  'queue_tickets',
  'consultations',
  'adoption_decisions',
  'retest_records',
  'dispatch_batches',
  'results',
];

async function play(server: TestServer) {
  for (const [index, story] of AUTUMN_STORIES.entries()) {
    await playReferralStory(server, story, index);
  }
  server.clock.set(NOW);
}

async function answers(server: TestServer) {
  const token = await server.tokenFor('cln_pumch_coord_sun');
  const out: { json: Indicators; csv: string }[] = [];
  for (const query of QUERIES) {
    const json = await server.call<Indicators>('getIndicators', { token, query });
    expect(json.status).toBe(200);
    const csv = await server.app.request(`/v1/indicators/export?${new URLSearchParams(query)}`, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });
    out.push({ json: json.body, csv: await csv.text() });
  }
  return out;
}

/**
 * Rows at 100× the demo's scale (its history is a handful of referrals, consultations and decisions a month, some
 * sixty activities): two years of referrals with their audit trail, activities with 义诊 tickets, consultations,
 * results with adoption decisions and re-test records, and batches.
 */
async function grow(db: Queryable) {
  await db.exec(`
    INSERT INTO referrals (id, number, status, direction, urgency, sending_institution_id, receiving_institution_id,
      patient, patient_key, diagnosis, reason, consent, created_at, updated_at, created_by, submitted_at)
    SELECT 'ref_bulk' || g, 'BULK-' || g, (ARRAY['accepted', 'closed', 'rejected', 'cancelled', 'expired'])[1 + g % 5],
      CASE WHEN g % 4 = 0 THEN 'down' ELSE 'up' END, 'routine',
      CASE WHEN g % 4 = 0 THEN 'ins_pumch' ELSE 'ins_cangzhou_central' END,
      CASE WHEN g % 4 = 0 THEN 'ins_cangzhou_central' ELSE 'ins_pumch' END,
      '{}', 'pk', '{}', '转诊', '{}', t, t, '{}', t
    FROM generate_series(1, 20000) g, LATERAL (SELECT timestamptz '2025-01-01 00:00+08' + g * interval '50 minutes' AS t) x;
    INSERT INTO audit_events (resource_type, resource_id, at, action, from_status, to_status)
    SELECT 'referral', 'ref_bulk' || g, t + s.offset_minutes * interval '1 minute', s.action, s.from_status, s.to_status
    FROM generate_series(1, 20000) g,
      LATERAL (SELECT timestamptz '2025-01-01 00:00+08' + g * interval '50 minutes' AS t) x,
      LATERAL (VALUES ('create', NULL, 'submitted', 0), ('accept', 'submitted', 'accepted', g % 300),
        ('record_arrival', 'accepted', 'arrived', 400), ('close', 'reported', 'closed', 3000)) s(action, from_status, to_status, offset_minutes);
    INSERT INTO dispatch_batches (id, alliance_id, sequence, title, purpose, sending_institution_id, host_institution_id,
      start_date, end_date, expert_ids)
    SELECT 'dpb_bulk' || g, 'all_pumch_cangzhou', g, '批次', '派驻', 'ins_pumch', 'ins_cangzhou_central',
      date '2025-01-01' + g / 2, date '2025-01-01' + g / 2 + 5, ARRAY['cln_pumch_neuro_li']
    FROM generate_series(1, 1000) g;
    INSERT INTO activities (id, kind, status, title, expert_ids, host_institution_id, starts_at, ends_at, bookable, batch_id)
    SELECT 'act_bulk' || g,
      (ARRAY['clinic', 'consultation', 'remote_consultation', 'surgery_guidance', 'ward_round', 'lecture', 'free_clinic'])[1 + g % 7],
      CASE WHEN g % 10 = 0 THEN 'cancelled' ELSE 'scheduled' END, '活动',
      ARRAY['cln_pumch_neuro_li', 'cln_pumch_cardio_zhou'], CASE WHEN g % 2 = 0 THEN 'ins_pumch' ELSE 'ins_cangzhou_central' END,
      t, t + interval '2 hours', false, CASE WHEN g % 3 = 0 THEN 'dpb_bulk' || (1 + g % 1000) END
    FROM generate_series(1, 10000) g, LATERAL (SELECT timestamptz '2025-01-01 00:00+08' + g * interval '100 minutes' AS t) x;
    INSERT INTO queue_tickets (id, activity_id, department_id, number, status, patient, patient_key, registered_at, registered_by)
    SELECT 'qtk_bulk' || g || '_' || n, 'act_bulk' || g, 'dep_pumch_neurology', n,
      (ARRAY['waiting', 'called', 'seen', 'left'])[1 + n % 4], '{}', 'pk' || n, timestamptz '2025-01-01 00:00+08' + g * interval '100 minutes', '{}'
    FROM generate_series(6, 10000, 7) g, generate_series(1, 20) n;
    INSERT INTO consultations (id, number, status, urgency, inviting_institution_id, inviting_clinician_id,
      invited_institution_id, patient, patient_key, request, reported_at, created_at, updated_at, created_by)
    SELECT 'con_bulk' || g, 'CON-BULK-' || g, CASE WHEN g % 3 = 0 THEN 'requested' ELSE 'closed' END, 'routine',
      'ins_cangzhou_central', 'cln_cz_neuro_wang', 'ins_pumch', '{}', 'pk', '{}',
      CASE WHEN g % 3 = 0 THEN NULL ELSE t + (g % 5000) * interval '1 minute' END, t, t, '{}'
    FROM generate_series(1, 10000) g, LATERAL (SELECT timestamptz '2025-01-01 00:00+08' + g * interval '100 minutes' AS t) x;
    INSERT INTO results (id, item_code, kind, performing_institution_id, performed_at, report_status, patient,
      patient_key, registered_at, registered_by, registered_by_institution_id)
    SELECT 'res_bulk' || g, 'LAB_HBA1C', 'lab', 'ins_pumch', t, 'final', '{}', 'pk', t, '{}', 'ins_pumch'
    FROM generate_series(1, 20000) g, LATERAL (SELECT timestamptz '2025-01-01 00:00+08' + g * interval '50 minutes' AS t) x;
    INSERT INTO adoption_decisions (id, result_id, item_code, outcome, reason, explained_to_patient, check_decision,
      department_code, institution_id, price_fen, decided_at, decided_by)
    SELECT 'adp_bulk' || g, 'res_bulk' || g, 'LAB_HBA1C', CASE WHEN g % 5 = 0 THEN 'not_adopted' ELSE 'adopted' END,
      CASE WHEN g % 5 = 0 THEN 'condition_changed' END, true, 'recognized', '03.07',
      CASE WHEN g % 2 = 0 THEN 'ins_pumch' ELSE 'ins_cangzhou_central' END, 8000,
      timestamptz '2025-01-01 00:00+08' + g * interval '50 minutes' + interval '1 day', '{}'
    FROM generate_series(1, 20000) g;
    INSERT INTO retest_records (id, result_id, reason, decision_at_record, recorded_at, recorded_by, institution_id)
    SELECT 'rtr_bulk' || g, 'res_bulk' || g, 'emergency', 'recognized',
      timestamptz '2025-01-01 00:00+08' + g * interval '200 minutes', '{}', 'ins_cangzhou_central'
    FROM generate_series(1, 5000) g;
    ANALYZE;
  `);
}

/** The relations a plan reads by a sequential scan (and, for the report, the indexes it uses). */
function seqScans(plan: unknown, indexes: string[] = []): string[] {
  const found: string[] = [];
  const walk = (node: Record<string, unknown>) => {
    if (node['Node Type'] === 'Seq Scan') {
      found.push(String(node['Relation Name']));
    }
    if (typeof node['Index Name'] === 'string') {
      indexes.push(node['Index Name']);
    }
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) {
      walk(child);
    }
    // InitPlans and SubPlans are children too.
  };
  walk(plan as Record<string, unknown>);
  return found;
}

describe.skipIf(!url)('alliance indicators on PostgreSQL', () => {
  let pg: Awaited<ReturnType<typeof postgresTestDatabase>>;
  let onPostgres: TestServer;
  let onPglite: TestServer;

  beforeAll(async () => {
    pg = await postgresTestDatabase(url!, NOW);
    onPostgres = await createTestServer({ db: pg.db, clock: manualClock(NOW) });
    onPglite = await createTestServer({ clock: manualClock(NOW) });
    await play(onPostgres);
    await play(onPglite);
  }, 240_000);

  afterAll(async () => {
    await pg?.drop();
    await onPglite?.db.close();
  });

  it('gives the same figures and the same CSV as PGlite for the same history', async () => {
    const [a, b] = [await answers(onPostgres), await answers(onPglite)];
    expect(a).toEqual(b);
    expect(a[0]!.json.referrals.up).toBe(7);
  });

  it('reads each period through indexes at 100× the demo data, never a big table whole', async () => {
    await grow(pg.db);
    const statements: { sql: string; params: readonly unknown[] }[] = [];
    const recording = {
      ...pg.db,
      query: <TRow>(sql: string, params: readonly unknown[] = []) => {
        statements.push({ sql, params });
        return pg.db.query<TRow>(sql, params);
      },
    };
    const body = await getIndicators(
      {
        db: recording,
        actor: { institutionId: 'ins_pumch', role: 'coordinator', clinicianId: 'cln_pumch_coord_sun' },
        now: NOW,
      },
      { allianceId: ALLIANCE, from: '2026-03-01', to: '2026-03-31' },
    );
    // The bulk rows are there: a month of them is counted.
    expect(body.referrals.up).toBeGreaterThan(500);
    expect(body.dispatch.freeClinic.registered).toBeGreaterThan(0);
    const reads = statements.filter(
      (s) => /^\s*(WITH|SELECT)/i.test(s.sql) && !/alliance_members WHERE alliance_id = \$1 AND/.test(s.sql),
    );
    expect(reads.length).toBeGreaterThanOrEqual(10);
    const report: string[] = [];
    for (const { sql, params } of reads) {
      const { rows } = await pg.db.query<{ 'QUERY PLAN': [{ Plan: unknown }] }>(
        `EXPLAIN (FORMAT JSON) ${sql}`,
        params,
      );
      const indexes: string[] = [];
      const scans = seqScans(rows[0]!['QUERY PLAN'][0].Plan, indexes);
      report.push(
        `${sql.replace(/\s+/g, ' ').slice(0, 60)}… indexes: ${[...new Set(indexes)].join(', ')}; seq scans: ${scans.join(', ') || 'none'}`,
      );
      expect(
        scans.filter((name) => BIG_TABLES.includes(name)),
        sql,
      ).toEqual([]);
    }
    console.info(report.join('\n'));
  }, 240_000);
});
