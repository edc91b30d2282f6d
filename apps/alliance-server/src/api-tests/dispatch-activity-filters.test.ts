import type { components } from '@yilian/contract';
import { beforeAll, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { onBothDatabases } from '../testing/harness.js';

type Schemas = components['schemas'];
type Page<T> = { items: T[]; nextCursor: string | null };

// Seeded relative to TEST_NOW (Monday 2026-11-23): at 包钢, 天坛's neurology surgery guidance on Thursday 10
// December (the activity's own department), 人民医院's lecture with no department, and the two 义诊 Saturdays whose
// slots run in twelve departments and whose activity names none.
const FREE_CLINICS = ['act_jm_bg_free_clinic_20261212', 'act_jm_bg_free_clinic_20261219'];
const SURGERY_GUIDANCE = 'act_tiantan_bg_surgery_20261210';

function activityFilterTests(server: () => TestServer) {
  let baogang: string;
  let wangLan: string;
  beforeAll(async () => {
    baogang = await server().tokenFor('cln_bg_coord_han');
    wangLan = await server().tokenForPatient('pat_bg_wang_lan');
  });

  const listed = async (token: string, query: Record<string, unknown>) => {
    const res = await server().call<Page<Schemas['Activity']>>('listActivities', {
      token,
      query: { hostInstitutionId: 'ins_baogang', limit: 100, ...query },
    });
    expect(res.status).toBe(200);
    return res.body.items.map((a) => a.id);
  };

  it('finds a 义诊 day by any department of its slots, beside an activity of that department itself', async () => {
    expect(await listed(baogang, { departmentId: 'dep_bg_neurology' })).toEqual([
      SURGERY_GUIDANCE,
      ...FREE_CLINICS,
    ]);
    expect(await listed(baogang, { departmentId: 'dep_bg_respiratory' })).toEqual(FREE_CLINICS);
    // A patient looking for a department finds the same days.
    expect(await listed(wangLan, { departmentId: 'dep_bg_ent', kind: ['free_clinic'] })).toEqual(
      FREE_CLINICS,
    );
  });

  it('lists nothing for a department with no activity and no slot, and keeps every other filter', async () => {
    expect(await listed(baogang, { departmentId: 'dep_bg_lab' })).toEqual([]);
    expect(
      await listed(baogang, {
        departmentId: 'dep_bg_neurology',
        from: '2026-12-13T00:00:00+08:00',
        to: '2026-12-20T00:00:00+08:00',
      }),
    ).toEqual([FREE_CLINICS[1]]);
    expect(
      await listed(baogang, { departmentId: 'dep_bg_neurology', expertId: 'cln_pkuph_resp_guo' }),
    ).toEqual(FREE_CLINICS);
    expect(await listed(baogang, { departmentId: 'dep_bg_neurology', kind: ['surgery_guidance'] })).toEqual([
      SURGERY_GUIDANCE,
    ]);
  });

  it('pages a department’s activities with a cursor without repeating or skipping one', async () => {
    const first = await server().call<Page<Schemas['Activity']>>('listActivities', {
      token: baogang,
      query: { departmentId: 'dep_bg_neurology', limit: 2 },
    });
    expect(first.body.nextCursor).not.toBeNull();
    const second = await server().call<Page<Schemas['Activity']>>('listActivities', {
      token: baogang,
      query: { departmentId: 'dep_bg_neurology', limit: 2, cursor: first.body.nextCursor! },
    });
    expect(second.body.nextCursor).toBeNull();
    expect([...first.body.items, ...second.body.items].map((a) => a.id)).toEqual([
      SURGERY_GUIDANCE,
      ...FREE_CLINICS,
    ]);
  });
}

onBothDatabases('activities by department', activityFilterTests);
