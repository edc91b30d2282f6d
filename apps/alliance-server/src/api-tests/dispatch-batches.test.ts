import type { components } from '@yilian/contract';
import { beforeAll, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { onBothDatabases } from '../testing/harness.js';

type Schemas = components['schemas'];
type Problem = Schemas['Problem'];
type Batch = Schemas['DispatchBatch'];

const count = (kinds: Schemas['ActivityKindCounts'], kind: Schemas['ActivityKind']) =>
  kinds.find((k) => k.kind === kind)?.count;

function batchTests(server: () => TestServer) {
  let pumch: string;
  let cz: string;
  let baogang: string;
  beforeAll(async () => {
    pumch = await server().tokenFor('cln_pumch_coord_sun');
    cz = await server().tokenFor('cln_cz_coord_liu');
    baogang = await server().tokenFor('cln_bg_coord_han');
  });

  it('counts 协和 → 沧州 as the seeds do: 10 批次 43 人次', async () => {
    const totals = await server().call<Schemas['DispatchBatchTotals']>('countDispatchBatches', {
      token: cz,
      query: { sendingInstitutionId: 'ins_pumch', hostInstitutionId: 'ins_cangzhou_central' },
    });
    expect(totals.status).toBe(200);
    expect(totals.body).toMatchObject({ batches: 10, expertVisits: 43 });
    expect(totals.body.activitiesByKind.map((k) => k.kind)).toEqual([
      'clinic',
      'consultation',
      'remote_consultation',
      'surgery_guidance',
      'ward_round',
      'lecture',
      'free_clinic',
    ]);
    expect(totals.body.activities).toBe(totals.body.activitiesByKind.reduce((s, k) => s + k.count, 0));
  });

  it('lists the batches in order, page by page, each with its counts computed from its activities', async () => {
    const first = await server().call<Schemas['DispatchBatchPage']>('listDispatchBatches', {
      token: pumch,
      query: { limit: 4 },
    });
    expect(first.body.items.map((b) => b.sequence)).toEqual([1, 2, 3, 4]);
    const rest = await server().call<Schemas['DispatchBatchPage']>('listDispatchBatches', {
      token: pumch,
      query: { limit: 10, cursor: first.body.nextCursor! },
    });
    expect(rest.body.items.map((b) => b.sequence)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(rest.body.nextCursor).toBeNull();
    const past = first.body.items[0]!;
    expect(past.counts).toMatchObject({ expertVisits: 5, activities: 5 });
    expect(count(past.counts.activitiesByKind, 'clinic')).toBe(2);
    const current = rest.body.items.at(-1)!;
    expect(current).toMatchObject({ id: 'dpb_pumch_cz_10', startDate: '2026-11-23', endDate: '2026-12-20' });
    // The seeded month of 协和 activities at 沧州: weekly clinics and consultations, remote consultations, rounds.
    const activities = await server().call<{ items: Schemas['Activity'][] }>('listActivities', {
      token: pumch,
      query: { batchId: current.id, limit: 100 },
    });
    expect(activities.body.items.length).toBe(current.counts.activities);
    expect(activities.body.items.every((a) => a.batchId === current.id)).toBe(true);
    expect(count(current.counts.activitiesByKind, 'ward_round')).toBe(2);
  });

  it('gets one batch, and hides batches of other alliances as not found', async () => {
    const batch = await server().call<Batch>('getDispatchBatch', {
      token: cz,
      path: { batchId: 'dpb_pumch_cz_03' },
    });
    expect(batch.body).toMatchObject({
      sequence: 3,
      sendingInstitutionId: 'ins_pumch',
      counts: { expertVisits: 4 },
    });
    const hidden = await server().call<Problem>('getDispatchBatch', {
      token: baogang,
      path: { batchId: 'dpb_pumch_cz_03' },
    });
    expect(hidden.status).toBe(404);
    const none = await server().call<Schemas['DispatchBatchTotals']>('countDispatchBatches', {
      token: baogang,
    });
    expect(none.body).toMatchObject({ batches: 0, expertVisits: 0, activities: 0 });
  });
}

function practiceTests(server: () => TestServer) {
  let baogang: string;
  let pumch: string;
  beforeAll(async () => {
    baogang = await server().tokenFor('cln_bg_coord_han');
    pumch = await server().tokenFor('cln_pumch_coord_sun');
  });

  const clinic = (expertIds: string[], kind: Schemas['ActivityKind'] = 'clinic') => ({
    kind,
    title: '专家坐诊',
    expertIds,
    hostInstitutionId: 'ins_baogang',
    departmentId: 'dep_bg_neurology',
    startsAt: '2026-12-15T08:00:00+08:00',
    endsAt: '2026-12-15T12:00:00+08:00',
    ...(kind === 'clinic'
      ? {
          slots: [
            { startsAt: '2026-12-15T08:00:00+08:00', endsAt: '2026-12-15T08:30:00+08:00', capacity: 2 },
          ],
        }
      : {}),
  });

  it('shows where an expert may practise: the main institution and the filings with their dates', async () => {
    const feng = await server().call<Schemas['Clinician']>('getClinician', {
      token: baogang,
      path: { clinicianId: 'cln_tiantan_neuro_feng' },
    });
    expect(feng.body.practiceSites).toEqual([
      { institutionId: 'ins_tiantan', kind: 'main', validFrom: '2000-01-01' },
      { institutionId: 'ins_baogang', kind: 'filed', validFrom: '2023-06-01' },
    ]);
  });

  it('refuses a clinic, a surgery guidance and a ward round of an expert not filed at the host, naming them', async () => {
    for (const kind of ['clinic', 'surgery_guidance', 'ward_round'] as const) {
      const res = await server().call<Problem>('createActivity', {
        token: baogang,
        body: clinic(['cln_tiantan_neuro_feng', 'cln_pumch_neuro_li'], kind),
      });
      expect(res.status, kind).toBe(422);
      expect(res.body).toMatchObject({
        code: 'practice_not_registered',
        unregisteredExpertIds: ['cln_pumch_neuro_li'],
      });
    }
    const { rows } = await server().db.query(
      "SELECT 1 FROM activities WHERE host_institution_id = 'ins_baogang' AND starts_at = '2026-12-15T00:00:00Z'",
    );
    expect(rows).toHaveLength(0);
  });

  it('schedules a lecture or remote consultation of the same expert, and a clinic of a filed one with its slots', async () => {
    const lecture = await server().call<Schemas['Activity']>('createActivity', {
      token: baogang,
      body: { ...clinic(['cln_pumch_neuro_li'], 'lecture'), title: '卒中规范化诊治讲座' },
    });
    expect(lecture.status).toBe(201);
    const remote = await server().call<Schemas['Activity']>('createActivity', {
      token: baogang,
      body: {
        ...clinic(['cln_pumch_neuro_li'], 'remote_consultation'),
        videoUrl: 'https://meet.example.org/x',
      },
    });
    expect(remote.status).toBe(201);
    const filed = await server().call<Schemas['Activity']>('createActivity', {
      token: baogang,
      headers: { 'Idempotency-Key': 'feng-clinic-1215' },
      body: clinic(['cln_tiantan_neuro_feng']),
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ kind: 'clinic', bookable: true, hostInstitutionId: 'ins_baogang' });
    const slots = await server().call<{ items: Schemas['Slot'][] }>('listSlots', {
      token: baogang,
      query: {
        from: '2026-12-15T00:00:00+08:00',
        to: '2026-12-16T00:00:00+08:00',
        activityId: filed.body.id,
      },
    });
    expect(slots.body.items).toEqual([
      expect.objectContaining({
        expertId: 'cln_tiantan_neuro_feng',
        departmentId: 'dep_bg_neurology',
        capacity: 2,
        remaining: 2,
      }),
    ]);
  });

  it('lets the sender schedule its own filed expert at the host, within a batch of that host', async () => {
    const res = await server().call<Schemas['Activity']>('createActivity', {
      token: pumch,
      body: {
        ...clinic(['cln_pumch_neuro_li']),
        hostInstitutionId: 'ins_cangzhou_central',
        departmentId: 'dep_cz_neurology',
        batchId: 'dpb_pumch_cz_10',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.batchId).toBe('dpb_pumch_cz_10');
    const batch = await server().call<Batch>('getDispatchBatch', {
      token: pumch,
      path: { batchId: 'dpb_pumch_cz_10' },
    });
    expect(count(batch.body.counts.activitiesByKind, 'clinic')).toBeGreaterThan(0);
  });

  it('refuses a scheduler who is neither host nor sender, a role that does not schedule, and bad slots', async () => {
    const cz = await server().tokenFor('cln_cz_coord_liu');
    const other = await server().call<Problem>('createActivity', {
      token: cz,
      body: clinic(['cln_tiantan_neuro_feng']),
    });
    expect(other.status).toBe(422);
    expect(other.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '/hostInstitutionId', code: 'unknown_reference' }),
    );
    const expert = await server().tokenFor('cln_tiantan_neuro_feng');
    const byExpert = await server().call<Problem>('createActivity', {
      token: expert,
      body: clinic(['cln_tiantan_neuro_feng']),
    });
    expect(byExpert.status).toBe(403);
    const bad = await server().call<Problem>('createActivity', {
      token: baogang,
      body: {
        ...clinic(['cln_tiantan_neuro_feng']),
        slots: [
          {
            startsAt: '2026-12-15T13:00:00+08:00',
            endsAt: '2026-12-15T13:30:00+08:00',
            capacity: 1,
            expertId: 'cln_pkuph_resp_guo',
          },
        ],
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.map((e) => `${e.pointer} ${e.code}`)).toEqual([
      '/slots/0/startsAt out_of_range',
      '/slots/0/expertId unknown_reference',
    ]);
  });
}

onBothDatabases('dispatch batches and registered practice', (server) => {
  batchTests(server);
  practiceTests(server);
});
