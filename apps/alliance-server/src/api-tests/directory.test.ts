import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer } from '../testing/harness.js';
import { PATIENT_ACCOUNTS } from '../seed/dispatch.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});

describe('the alliance directory', () => {
  it('tells a token who it acts as, with its alliances', async () => {
    const token = await server.tokenFor('cln_cz_neuro_wang');
    const me = await server.call<{
      institutionId: string;
      allianceIds: string[];
      canReadFullIdNumbers: boolean;
    }>('getCurrentActor', { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      institutionId: 'ins_cangzhou_central',
      allianceIds: ['all_pumch_cangzhou'],
      canReadFullIdNumbers: false,
    });
  });

  it('lists only the institutions that share an alliance with the caller', async () => {
    const token = await server.tokenFor('cln_cz_neuro_wang');
    const res = await server.call<{ items: { id: string; uscc: string }[] }>('listInstitutions', { token });
    expect(res.body.items.map((i) => i.id)).toEqual(['ins_cangzhou_central', 'ins_pumch']);
  });

  it('answers 404 for an institution of another alliance, never revealing that it exists', async () => {
    const token = await server.tokenFor('cln_cz_neuro_wang');
    const res = await server.call('getInstitution', { token, path: { institutionId: 'ins_baogang' } });
    expect(res.status).toBe(404);
  });

  it('pages experts with a cursor until the last page', async () => {
    const token = await server.tokenFor('cln_bg_coord_han');
    const first = await server.call<{ items: { id: string }[]; nextCursor: string | null }>('listExperts', {
      token,
      query: { limit: 1 },
    });
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await server.call<{ items: { id: string }[]; nextCursor: string | null }>('listExperts', {
      token,
      query: { limit: 20, cursor: first.body.nextCursor! },
    });
    const ids = [...first.body.items, ...second.body.items].map((c) => c.id);
    // The alliance's own experts and the visiting experts filed (备案) at 包钢 for the 义诊 day.
    expect(ids).toEqual([
      'cln_pkuph_gastro_tang',
      'cln_pkuph_obgyn_xie',
      'cln_pkuph_resp_bai',
      'cln_pkuph_resp_guo',
      'cln_pkuph_surg_song',
      'cln_pumch_cardio_zhou',
      'cln_pumch_endo_chen',
      'cln_pumch_peds_jiang',
      'cln_sg_endo_gao',
      'cln_sg_ortho_luo',
      'cln_sg_rehab_ma',
      'cln_tiantan_ent_pan',
      'cln_tiantan_eye_wei',
      'cln_tiantan_neuro_feng',
    ]);

    expect(second.body.nextCursor).toBeNull();
  });

  it('rejects a request without a token as a 401 problem', async () => {
    const res = await server.call('listAlliances', {});
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      code: 'unauthenticated',
      type: 'https://yilian.dev/problems/unauthenticated',
    });
  });

  it('rejects an unknown query parameter as a 400 with a field error', async () => {
    const token = await server.tokenFor('cln_cz_neuro_wang');
    const res = await server.call<{ errors: { pointer: string; code: string }[] }>('listInstitutions', {
      token,
      query: { colour: 'red' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '#query/colour', code: 'unknown_field' }),
    ]);
  });
});

describe('the demo personas', () => {
  it('are not served unless the server runs as a demo', async () => {
    const res = await server.app.request('/dev/personas');
    expect(res.status).toBe(404);
  });

  it('give the demo portal a working token for every seeded clinician', async () => {
    const demo = await createTestServer({ config: { demoPersonas: true } });
    const res = await demo.app.request('/dev/personas');
    const { items } = (await res.json()) as { items: { clinicianId: string; token: string }[] };
    const wang = items.find((p) => p.clinicianId === 'cln_cz_neuro_wang')!;
    const me = await demo.call<{ clinicianId: string }>('getCurrentActor', { token: wang.token });
    expect(me.body.clinicianId).toBe('cln_cz_neuro_wang');
  });

  it('list every seeded patient account by masked name only, each token acting as that patient', async () => {
    const demo = await createTestServer({ config: { demoPersonas: true } });
    const res = await demo.app.request('/dev/personas');
    const { items } = (await res.json()) as {
      items: { clinicianId: string; name: string; institutionId: string; role: string; token: string }[];
    };
    // Everything but the tokens, whose base64 may hold any run of digits.
    const text = JSON.stringify(items.map(({ token: _token, ...rest }) => rest));
    const patients = items.filter((p) => p.role === 'patient');
    expect(
      patients.map(({ clinicianId, name, institutionId }) => ({ clinicianId, name, institutionId })),
    ).toEqual([
      { clinicianId: 'pat_bg_wang_lan', name: '王*', institutionId: 'ins_baogang' },
      { clinicianId: 'pat_bg_zhao_gang', name: '赵*', institutionId: 'ins_baogang' },
      { clinicianId: 'pat_cz_li_hua', name: '李*', institutionId: 'ins_cangzhou_central' },
    ]);
    // Neither a whole name nor any part of an ID number is handed out.
    for (const account of PATIENT_ACCOUNTS) {
      expect(text).not.toContain(account.demo.name);
      expect(text).not.toContain(account.demo.idNumber.slice(-4));
      expect(text).not.toContain(account.demo.idNumber.slice(0, 6));
    }
    const me = await demo.call<{ role: string; patientId: string; institutionId: string }>(
      'getCurrentActor',
      {
        token: patients[0]!.token,
      },
    );
    expect(me.body).toMatchObject({
      role: 'patient',
      patientId: 'pat_bg_wang_lan',
      institutionId: 'ins_baogang',
    });
    const refused = await demo.call<{ code: string }>('listReferrals', { token: patients[0]!.token });
    expect(refused.status).toBe(403);
  });
});

describe('problem languages', () => {
  it('answers in the language a browser asks for, and says which', async () => {
    const res = await server.call<{ locale: string; title: string }>('createReferral', {
      token: await server.tokenFor('cln_cz_neuro_wang'),
      body: {},
      headers: { 'accept-language': 'zh-TW,zh;q=0.9,en;q=0.8' },
    });
    expect(res.status).toBe(422);
    expect(res.body.locale).toBe('zh-TW');
    expect(res.body.title).toMatch(/欄位/);
  });
});
