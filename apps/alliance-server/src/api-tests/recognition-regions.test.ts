// Recognition keyed to regions (issue #14, DOMAIN §5): regions and their HR/GX lists, the check with the mark of the
// performing institution, imaging studies, adoption decisions with their price and audit, the whole-order check,
// and the month's recognition rate and savings computed from the stored records. Runs on PGlite and, when
// DATABASE_URL is set, on PostgreSQL.
import type { components } from '@yilian/contract';
import { recognitionRate, startOfShanghaiDay } from '@yilian/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { recognitionFigures } from '../stores/adoption-store.js';
import type { TestServer } from '../testing/harness.js';
import {
  createTestServer,
  examplePatient,
  manualClock,
  postgresTestDatabase,
  postgresUrl,
} from '../testing/harness.js';

type Schemas = components['schemas'];
type Result = Schemas['Result'];
type Outcome = Schemas['RecognitionOutcome'];
type Adoption = Schemas['AdoptionDecision'];
type OrderCheck = Schemas['OrderCheck'];
type Problem = Schemas['Problem'];
type Timeline = Schemas['Timeline'];
type EventPage = Schemas['EventPage'];

const NOW = '2026-11-23T09:00:00+08:00';
const STUDY = {
  studyInstanceUid: '1.2.156.112605.14038013507.20261120083000.1',
  modality: 'CT',
  viewerUrl: 'https://pacs.cangzhou.example/viewer?study=1.2.156.112605.14038013507.20261120083000.1',
};

// A 全国 list: none is sourced, so the seed has none; this one exists only to show that a 全国 mark is recognised
// everywhere, 包钢 included.
async function addNationalList(db: Database): Promise<void> {
  await db.query(
    `INSERT INTO recognition_lists (id, region_id, type, name_zh) VALUES ('rl_cn_hr', 'rgn_cn', 'recognition', '全国互认项目（测试）')`,
  );
  await db.query(
    `INSERT INTO catalogue_items (code, kind, name_zh, name_en, validity_days, scope, list_id)
     VALUES ('LAB_HBSAG', 'lab', '乙肝表面抗原', 'Hepatitis B surface antigen', NULL, '全国', 'rl_cn_hr')`,
  );
  await db.query(
    `INSERT INTO qualifications (institution_id, item_code, scope, valid_from)
     VALUES ('ins_cangzhou_central', 'LAB_HBSAG', '全国', '2024-01-01T00:00:00+08:00'),
            ('ins_tiantan', 'LAB_HBSAG', '全国', '2024-01-01T00:00:00+08:00')`,
  );
}

function suite(name: string, open: () => Promise<{ server: TestServer; close: () => Promise<void> }>) {
  describe(name, () => {
    let server: TestServer;
    let close: () => Promise<void>;
    let pumch: string; // 协和 endocrinologist (03.07)
    let czLab: string; // 沧州 lab
    let shougang: string; // 首钢 endocrinologist, allied with 北苑
    let baogang: string; // 包钢 respiratory doctor (03.01): shares an alliance with 北大人民 and 天坛 only
    let tiantan: string;
    let patientNo = 0;

    beforeAll(async () => {
      ({ server, close } = await open());
      await addNationalList(server.db);
      pumch = await server.tokenFor('cln_pumch_endo_chen');
      czLab = await server.tokenFor('cln_cz_lab_zhao');
      shougang = await server.tokenFor('cln_sg_endo_gao');
      baogang = await server.tokenFor('cln_bg_resp_yang');
      tiantan = await server.tokenFor('cln_tiantan_neuro_feng');
    }, 60_000);

    afterAll(async () => {
      await close?.();
    });

    /** A fresh patient per test, so one test's results never answer another's order check. */
    function nextPatient(): Schemas['Patient'] {
      patientNo += 1;
      // 1990-03-07 + a sequence; the check digit follows GB 11643 (computed, not typed).
      const body = `11010519900307${String(100 + patientNo).padStart(3, '0')}`;
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
      const idNumber = body + '10X98765432'[sum % 11]!;
      return { ...examplePatient(), name: `患者${patientNo}`, idNumber };
    }

    async function register(token: string, body: Record<string, unknown>, patient = examplePatient()) {
      const res = await server.call<Result>('registerResult', {
        token,
        body: {
          itemCode: 'LAB_HBA1C',
          performingInstitutionId: 'ins_cangzhou_central',
          performedAt: '2026-11-10T08:30:00+08:00',
          reportStatus: 'final',
          value: '6.1',
          unit: '%',
          patient,
          ...body,
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    }

    async function check(token: string, body: Schemas['RecognitionCheck']) {
      const res = await server.call<Outcome>('checkRecognition', { token, body });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    }

    async function adopt(token: string, body: Record<string, unknown>, key?: string) {
      return server.call<Adoption & Problem>('recordAdoption', {
        token,
        body: { outcome: 'adopted', explainedToPatient: true, departmentCode: '03.07', ...body },
        ...(key === undefined ? {} : { headers: { 'Idempotency-Key': key } }),
      });
    }

    describe('regions and lists', () => {
      it('nests 全国 ⊃ 京津冀 ⊃ 河北 ⊃ 沧州 and 全国 ⊃ 内蒙古 ⊃ 包头, with 内蒙古’s direction and reasons inherited by 包头', async () => {
        const res = await server.call<Schemas['RecognitionRegionList']>('listRecognitionRegions', {
          token: pumch,
        });
        expect(res.status).toBe(200);
        const byId = new Map(res.body.items.map((r) => [r.id, r]));
        const path = (id: string) => {
          const out: string[] = [];
          for (let r = byId.get(id); r; r = r.parentId ? byId.get(r.parentId) : undefined) {
            out.push(r.scope);
          }
          return out;
        };
        expect(path('rgn_cangzhou')).toEqual(['沧州', '河北', '京津冀', '全国']);
        expect(path('rgn_baotou')).toEqual(['包头', '内蒙古', '全国']);
        expect(byId.get('rgn_cn')).not.toHaveProperty('parentId');
        expect(byId.get('rgn_neimenggu')).toMatchObject({
          direction: 'lower_recognises_higher',
          retestReasonExtensions: [
            'patient_request',
            'eqa_failed',
            'too_old_for_visit',
            'physician_deems_necessary',
          ],
        });
        expect(byId.get('rgn_baotou')?.direction).toBe('lower_recognises_higher');
        expect(byId.get('rgn_jingjinji')).toMatchObject({ direction: 'mutual', retestReasonExtensions: [] });
        // Parents come before children.
        const order = res.body.items.map((r) => r.id);
        for (const region of res.body.items) {
          if (region.parentId) {
            expect(order.indexOf(region.parentId)).toBeLessThan(order.indexOf(region.id));
          }
        }
      });

      it('lists 京津冀 lab items as HR and imaging as GX, with qualified institutions, and no 京蒙 list', async () => {
        const res = await server.call<Schemas['RecognitionListList']>('listRecognitionLists', {
          token: baogang,
          query: { regionId: 'rgn_jingjinji' },
        });
        expect(res.status).toBe(200);
        const [hr, gx] = ['recognition', 'sharing'].map((type) =>
          res.body.items.find((l) => l.type === type),
        );
        expect(hr).toMatchObject({ mark: '京津冀HR', scope: '京津冀' });
        expect(hr?.itemCodes).toContain('LAB_HBA1C');
        expect(hr?.itemCodes.some((code) => code.startsWith('IMG_'))).toBe(false);
        expect(gx).toMatchObject({ mark: '京津冀GX' });
        expect(gx?.itemCodes.every((code) => code.startsWith('IMG_'))).toBe(true);
        expect(hr?.qualifiedInstitutionIds).toEqual(
          expect.arrayContaining(['ins_pumch', 'ins_cangzhou_central']),
        );
        expect(hr?.qualifiedInstitutionIds).not.toContain('ins_baogang');

        const all = await server.call<Schemas['RecognitionListList']>('listRecognitionLists', {
          token: pumch,
        });
        expect(all.body.items.map((l) => l.scope)).not.toContain('京蒙');
        const sharing = await server.call<Schemas['RecognitionListList']>('listRecognitionLists', {
          token: pumch,
          query: { type: 'sharing' },
        });
        expect(sharing.body.items.map((l) => l.id)).toEqual(['rl_jingjinji_gx']);
      });

      it('answers a problem, never a 5xx, for a malformed list filter', async () => {
        const res = await server.call<Problem>('listRecognitionLists', {
          token: pumch,
          query: { type: 'HR' },
        });
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('validation_failed');
        expect(
          (await server.call<Problem>('listRecognitionRegions', { token: null })).status,
          'a token is needed',
        ).toBe(401);
      });

      it('puts each institution in its narrowest region', async () => {
        const cz = await server.call<Schemas['Institution']>('getInstitution', {
          token: pumch,
          path: { institutionId: 'ins_cangzhou_central' },
        });
        expect(cz.body.recognitionRegionId).toBe('rgn_cangzhou');
      });
    });

    describe('the check', () => {
      const czHba1c = {
        itemCode: 'LAB_HBA1C',
        performingInstitutionId: 'ins_cangzhou_central',
        performedAt: '2026-11-10T08:30:00+08:00',
      };

      it('recognizes a 沧州 result of a 京津冀 HR lab item at 北京协和医院, printed 【京津冀HR】', async () => {
        const outcome = await check(pumch, { ...czHba1c, requestingInstitutionId: 'ins_pumch', at: NOW });
        expect(outcome).toMatchObject({
          decision: 'recognized',
          hrMark: '京津冀HR',
          markedName: { zh: '【京津冀HR】糖化血红蛋白', zhHant: '【京津冀HR】糖化血紅蛋白' },
          listType: 'recognition',
          regionId: 'rgn_jingjinji',
          obligatory: true,
          priceFen: 8000,
          lapsesAt: '2027-01-10T00:00:00+08:00',
        });
        expect(outcome.retestReasons).not.toContain('patient_request');
      });

      it('answers item_not_in_list for the same result at 内蒙古包钢医院, which no list of its regions holds', async () => {
        const outcome = await check(baogang, { ...czHba1c, requestingInstitutionId: 'ins_baogang', at: NOW });
        expect(outcome.decision).toBe('item_not_in_list');
        expect(outcome).not.toHaveProperty('hrMark');
        // 包钢 is offered 内蒙古's regional re-test reasons besides the national ones.
        expect(outcome.retestReasons).toEqual(
          expect.arrayContaining(['other', 'patient_request', 'eqa_failed']),
        );
      });

      it('recognizes a 全国 mark at 包钢, and refuses it where the performer holds no 全国 qualification', async () => {
        const national = { ...czHba1c, itemCode: 'LAB_HBSAG' };
        const outcome = await check(baogang, {
          ...national,
          requestingInstitutionId: 'ins_baogang',
          at: NOW,
        });
        expect(outcome).toMatchObject({ decision: 'recognized', hrMark: '全国HR', regionId: 'rgn_cn' });
        const unqualified = await check(baogang, {
          ...national,
          performingInstitutionId: 'ins_pkuph',
          requestingInstitutionId: 'ins_baogang',
          at: NOW,
        });
        expect(unqualified.decision).toBe('institution_not_qualified');
      });

      it('answers shared for a 京津冀 imaging result, with its study and without the impression as its value', async () => {
        const ct = await register(czLab, {
          itemCode: 'IMG_CT_CHEST',
          performedAt: '2026-11-20T08:30:00+08:00',
          value: undefined,
          unit: undefined,
          study: STUDY,
          impression: '右肺上叶小结节，建议随访。',
        });
        expect(ct).toMatchObject({ kind: 'imaging', hrMark: '京津冀GX', study: STUDY });
        expect(ct).not.toHaveProperty('value');
        const outcome = await check(pumch, {
          resultId: ct.id,
          requestingInstitutionId: 'ins_pumch',
          at: NOW,
        });
        expect(outcome).toMatchObject({
          decision: 'shared',
          hrMark: '京津冀GX',
          markedName: { zh: '【京津冀GX】胸部CT平扫' },
          listType: 'sharing',
          obligatory: false,
          study: STUDY,
        });
        expect(JSON.stringify(outcome)).not.toContain('结节');
      });

      it('refuses an imaging result without its study or with a value, and a lab result with a study', async () => {
        const patient = examplePatient();
        const base = {
          itemCode: 'IMG_CT_CHEST',
          performingInstitutionId: 'ins_cangzhou_central',
          performedAt: '2026-11-20T08:30:00+08:00',
          reportStatus: 'final',
          patient,
        };
        const noStudy = await server.call<Problem>('registerResult', {
          token: czLab,
          body: { ...base, value: '右肺上叶小结节' },
        });
        expect(noStudy.status).toBe(422);
        expect(noStudy.body.errors?.map((e) => [e.pointer, e.code])).toEqual([
          ['/study', 'study_required'],
          ['/value', 'imaging_value_not_recognised'],
        ]);
        const plainViewer = await server.call<Problem>('registerResult', {
          token: czLab,
          body: { ...base, study: { ...STUDY, viewerUrl: 'http://pacs.example/x' } },
        });
        expect(plainViewer.body.errors?.map((e) => e.pointer)).toEqual(['/study/viewerUrl']);
        const badUid = await server.call<Problem>('registerResult', {
          token: czLab,
          body: { ...base, study: { ...STUDY, studyInstanceUid: 'not a uid' } },
        });
        expect(badUid.status).toBe(422);
        const labWithStudy = await server.call<Problem>('registerResult', {
          token: czLab,
          body: { ...base, itemCode: 'LAB_HBA1C', value: '6.1', study: STUDY },
        });
        expect(labWithStudy.body.errors?.map((e) => [e.pointer, e.code])).toEqual([
          ['/study', 'unknown_field'],
        ]);
        const stored = await server.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM results WHERE item_code = 'IMG_CT_CHEST' AND study IS NULL`,
        );
        expect(stored.rows[0]?.n).toBe(0);
      });

      it('takes the mark from the performing institution, not from the one that registered the result', async () => {
        // 天坛 performed it, qualified for 京津冀; 包钢 registered it and has no list at all.
        const byBaogang = await register(baogang, {
          performingInstitutionId: 'ins_tiantan',
          performedAt: '2026-11-20T08:30:00+08:00',
        });
        expect(byBaogang.hrMark).toBe('京津冀HR');
        // 北苑 performed it without an HbA1c qualification; 首钢, qualified for it, registered it.
        const byShougang = await register(shougang, {
          performingInstitutionId: 'ins_beiyuan_tcm',
          performedAt: '2026-11-20T08:30:00+08:00',
        });
        expect(byShougang).not.toHaveProperty('hrMark');
        const atShougang = await check(shougang, {
          resultId: byShougang.id,
          requestingInstitutionId: 'ins_pku_shougang',
          at: NOW,
        });
        expect(atShougang.decision).toBe('institution_not_qualified');
      });
    });

    describe('adoption decisions', () => {
      it('records adopted with the doctor, department, time and price, in the audit and the event feed', async () => {
        const result = await register(czLab, {});
        const res = await adopt(pumch, { resultId: result.id }, 'adopt-once-1');
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        expect(res.body).toMatchObject({
          resultId: result.id,
          itemCode: 'LAB_HBA1C',
          outcome: 'adopted',
          checkDecision: 'recognized',
          hrMark: '京津冀HR',
          explainedToPatient: true,
          departmentCode: '03.07',
          institutionId: 'ins_pumch',
          priceFen: 8000,
          decidedAt: NOW,
          decidedBy: { clinicianId: 'cln_pumch_endo_chen', institutionId: 'ins_pumch' },
        });
        const replay = await adopt(pumch, { resultId: result.id }, 'adopt-once-1');
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
        expect(replay.body).toEqual(res.body);
        const rows = await server.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM adoption_decisions WHERE result_id = $1',
          [result.id],
        );
        expect(rows.rows[0]?.n).toBe(1);

        const timeline = await server.call<Timeline>('getResultTimeline', {
          token: pumch,
          path: { resultId: result.id },
        });
        expect(timeline.status).toBe(200);
        expect(timeline.body.items.map((e) => [e.action, e.actor?.institutionId, e.toStatus])).toEqual([
          ['register', 'ins_cangzhou_central', undefined],
          ['adopt', 'ins_pumch', 'adopted'],
        ]);

        for (const token of [pumch, czLab]) {
          const feed = await server.call<EventPage>('listEvents', {
            token,
            query: { type: 'adoption.recorded' },
          });
          const event = feed.body.items.find((e) => e.resourceId === res.body.id);
          expect(event?.data).toMatchObject({ resultId: result.id, outcome: 'adopted', priceFen: 8000 });
          expect(JSON.stringify(event)).not.toContain('110105');
        }
      });

      it('records not adopted with a national reason, the patient told, and audits the reason', async () => {
        const result = await register(czLab, {});
        const res = await adopt(pumch, {
          resultId: result.id,
          outcome: 'not_adopted',
          reason: 'other',
          reasonText: '外院报告单位与本院不一致。',
        });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ outcome: 'not_adopted', reason: 'other', priceFen: 8000 });
        const timeline = await server.call<Timeline>('getResultTimeline', {
          token: czLab,
          path: { resultId: result.id },
        });
        expect(timeline.body.items.at(-1)).toMatchObject({ action: 'not_adopt', reasonCode: 'other' });
        // The free text stays in the decision, not in the audit trail every party reads.
        expect(JSON.stringify(timeline.body)).not.toContain('外院报告');
      });

      it('names every field at fault, and refuses a regional reason the doctor’s regions do not offer', async () => {
        const result = await register(czLab, {});
        const missing = await adopt(pumch, {
          resultId: result.id,
          outcome: 'not_adopted',
          explainedToPatient: false,
          departmentCode: '30',
        });
        expect(missing.status).toBe(422);
        expect(missing.body.errors?.map((e) => [e.pointer, e.code])).toEqual([
          ['/explainedToPatient', 'explanation_required'],
          ['/reason', 'adoption_reason_required'],
        ]);
        const otherWithoutText = await adopt(pumch, {
          resultId: result.id,
          outcome: 'not_adopted',
          reason: 'other',
        });
        expect(otherWithoutText.body.errors?.map((e) => e.code)).toEqual(['retest_reason_text_required']);
        const regional = await adopt(pumch, {
          resultId: result.id,
          outcome: 'not_adopted',
          reason: 'patient_request',
        });
        expect(regional.body.errors?.map((e) => e.code)).toEqual(['retest_reason_not_in_region']);
        const reasonWhenAdopted = await adopt(pumch, { resultId: result.id, reason: 'emergency' });
        expect(reasonWhenAdopted.body.errors?.map((e) => e.code)).toEqual(['adoption_reason_not_allowed']);
        const foreignDepartment = await adopt(pumch, { resultId: result.id, departmentCode: '50' });
        expect(foreignDepartment.body.errors?.map((e) => e.code)).toEqual(['department_not_in_institution']);
        const unread = await adopt(pumch, {
          resultId: result.id,
          outcome: 'maybe',
          explainedToPatient: 'yes',
        });
        expect([400, 422]).toContain(unread.status);
        const rows = await server.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM adoption_decisions WHERE result_id = $1',
          [result.id],
        );
        expect(rows.rows[0]?.n, 'nothing half-written').toBe(0);
      });

      it('accepts 内蒙古’s regional reason at 包钢 on a 全国-marked result', async () => {
        const result = await register(tiantan, {
          itemCode: 'LAB_HBSAG',
          performingInstitutionId: 'ins_tiantan',
          value: '阴性',
          unit: undefined,
        });
        const res = await adopt(baogang, {
          resultId: result.id,
          outcome: 'not_adopted',
          reason: 'patient_request',
          departmentCode: '03.01',
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        expect(res.body).toMatchObject({
          hrMark: '全国HR',
          institutionId: 'ins_baogang',
          reason: 'patient_request',
        });
      });

      it('refuses a decision on a result that is not recognisable now: expired, or not on the doctor’s lists', async () => {
        const potassium = await register(czLab, { itemCode: 'LAB_K', value: '4.1', unit: 'mmol/L' });
        const expired = await adopt(pumch, { resultId: potassium.id });
        expect(expired.status).toBe(409);
        expect(expired.body.code).toBe('result_not_recognisable');
        const atBaogang = await register(tiantan, { performingInstitutionId: 'ins_tiantan' });
        const notListed = await adopt(baogang, { resultId: atBaogang.id, departmentCode: '03.01' });
        expect(notListed.status).toBe(409);
      });

      it('answers 404 to an institution that is no party to the result, for the decision and the timeline', async () => {
        const result = await register(czLab, {});
        const res = await adopt(baogang, { resultId: result.id, departmentCode: '03.01' });
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('not_found');
        const timeline = await server.call<Problem>('getResultTimeline', {
          token: baogang,
          path: { resultId: result.id },
        });
        expect(timeline.status).toBe(404);
        const unknown = await adopt(pumch, { resultId: 'res_unknown' });
        expect(unknown.status).toBe(404);
      });
    });

    describe('the order check', () => {
      it('answers five items in one request: recognized, shared, expired, not qualified and no result', async () => {
        const patient = nextPatient();
        await register(czLab, { performedAt: '2026-09-01T08:30:00+08:00' }, patient); // expired HbA1c
        const hba1c = await register(czLab, {}, patient);
        await register(czLab, { itemCode: 'LAB_K', value: '4.1', unit: 'mmol/L' }, patient);
        await register(
          czLab,
          { itemCode: 'LAB_AMY', value: '80', unit: 'U/L', performedAt: '2026-11-20T08:30:00+08:00' },
          patient,
        );
        const ct = await register(
          czLab,
          { itemCode: 'IMG_CT_CHEST', value: undefined, unit: undefined, study: STUDY },
          patient,
        );
        const items = ['LAB_HBA1C', 'IMG_CT_CHEST', 'LAB_K', 'LAB_AMY', 'LAB_TSH'];
        const res = await server.call<OrderCheck>('checkOrder', {
          token: pumch,
          body: { idType: 'resident_id_card', idNumber: patient.idNumber, itemCodes: items },
        });
        expect(res.status).toBe(200);
        expect(res.body.lines.map((l) => [l.itemCode, l.status])).toEqual([
          ['LAB_HBA1C', 'recognized'],
          ['IMG_CT_CHEST', 'shared'],
          ['LAB_K', 'expired'],
          ['LAB_AMY', 'institution_not_qualified'],
          ['LAB_TSH', 'no_result'],
        ]);
        const [hLine, ctLine, , , tsh] = res.body.lines;
        expect(hLine).toMatchObject({ resultsConsidered: 2, priceFen: 8000, result: { id: hba1c.id } });
        expect(hLine?.outcome?.resultId).toBe(hba1c.id);
        expect(ctLine?.result?.id).toBe(ct.id);
        expect(tsh).toMatchObject({ itemName: { zh: '促甲状腺激素' }, kind: 'lab', resultsConsidered: 0 });
        expect(tsh).not.toHaveProperty('outcome');
        expect(res.body.coveredCount).toBe(2);
        expect(res.body.potentialSavingsFen).toBe((hLine?.priceFen ?? 0) + (ctLine?.priceFen ?? 0));
        expect(res.body).toMatchObject({ requestingInstitutionId: 'ins_pumch', at: NOW });
      });

      it('sees only the results of the caller’s alliances: 包钢 finds none of a 沧州 patient’s', async () => {
        const patient = nextPatient();
        await register(czLab, {}, patient);
        const res = await server.call<OrderCheck>('checkOrder', {
          token: baogang,
          body: { idType: 'resident_id_card', idNumber: patient.idNumber, itemCodes: ['LAB_HBA1C'] },
        });
        expect(res.status).toBe(200);
        expect(res.body.lines).toEqual([
          expect.objectContaining({ itemCode: 'LAB_HBA1C', status: 'no_result', resultsConsidered: 0 }),
        ]);
      });

      it('refuses duplicates, a bad identity number and a requester outside the caller’s alliances', async () => {
        const dup = await server.call<Problem>('checkOrder', {
          token: pumch,
          body: { idType: 'resident_id_card', idNumber: '110105199003071238', itemCodes: ['LAB_K', 'LAB_K'] },
        });
        expect(dup.status).toBe(422);
        expect(dup.body.errors?.map((e) => [e.pointer, e.code])).toEqual([
          ['/idNumber', 'resident_id_checksum_mismatch'],
          ['/itemCodes/1', 'duplicate_item'],
        ]);
        expect(JSON.stringify(dup.body)).not.toContain('110105199003071238');
        const foreign = await server.call<Problem>('checkOrder', {
          token: pumch,
          body: {
            idType: 'resident_id_card',
            idNumber: examplePatient().idNumber,
            itemCodes: ['LAB_K'],
            requestingInstitutionId: 'ins_baogang',
          },
        });
        expect(foreign.status).toBe(403);
        const empty = await server.call<Problem>('checkOrder', {
          token: pumch,
          body: { idType: 'resident_id_card', idNumber: examplePatient().idNumber, itemCodes: [] },
        });
        expect(empty.status).toBe(422);
        const unauthenticated = await server.call<Problem>('checkOrder', {
          token: null,
          body: { idType: 'resident_id_card', idNumber: examplePatient().idNumber, itemCodes: ['LAB_K'] },
        });
        expect(unauthenticated.status).toBe(401);
      });
    });
  });
}

suite('recognition by region (PGlite)', async () => {
  const server = await createTestServer();
  return { server, close: async () => {} };
});

const url = postgresUrl();
if (url) {
  suite('recognition by region (PostgreSQL)', async () => {
    const pg = await postgresTestDatabase(url);
    const server = await createTestServer({ db: pg.db });
    return { server, close: () => pg.drop() };
  });
}

describe('a month’s recognition rate and savings, computed from the stored adoption records', () => {
  it('counts the decisions of November (Shanghai) only, and sums the prices of the adopted results', async () => {
    const clock = manualClock(new Date('2026-11-01T00:30:00+08:00'));
    const server = await createTestServer({ clock });
    const decided: Adoption[] = [];
    const decide = async (at: string, itemCode: string, outcome: 'adopted' | 'not_adopted') => {
      clock.set(at);
      // Tokens are short-lived: sign them at the moment the clock has moved to.
      const [czLab, pumch] = await Promise.all([
        server.tokenFor('cln_cz_lab_zhao'),
        server.tokenFor('cln_pumch_endo_chen'),
      ]);
      const registered = await server.call<Result>('registerResult', {
        token: czLab,
        body: {
          itemCode,
          performingInstitutionId: 'ins_cangzhou_central',
          performedAt: new Date(Date.parse(at) - 86_400_000).toISOString(),
          reportStatus: 'final',
          ...(itemCode.startsWith('IMG_') ? { study: STUDY } : { value: '1' }),
          patient: examplePatient(),
        },
      });
      const res = await server.call<Adoption>('recordAdoption', {
        token: pumch,
        body: {
          resultId: registered.body.id,
          outcome,
          explainedToPatient: true,
          departmentCode: '03.07',
          ...(outcome === 'not_adopted' ? { reason: 'emergency' } : {}),
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      decided.push(res.body);
    };
    // 31 October 23:59 and 1 December 00:00 in Shanghai fall outside November; the rest inside.
    await decide('2026-10-31T23:59:00+08:00', 'LAB_HBA1C', 'adopted');
    await decide('2026-11-01T00:00:00+08:00', 'LAB_HBA1C', 'adopted');
    await decide('2026-11-15T10:00:00+08:00', 'IMG_CT_CHEST', 'adopted');
    await decide('2026-11-20T10:00:00+08:00', 'LAB_GLU', 'not_adopted');
    await decide('2026-11-30T23:59:59+08:00', 'LAB_TSH', 'adopted');
    await decide('2026-12-01T00:00:00+08:00', 'LAB_TSH', 'adopted');

    // The month's bounds are Shanghai midnights, computed by the domain as the indicators (#17) will.
    const from = startOfShanghaiDay('2026-11-01');
    const to = startOfShanghaiDay('2026-12-01');
    const figures = await recognitionFigures(server.db, { from, to, institutionIds: ['ins_pumch'] });

    const november = decided.filter(
      (d) => Date.parse(d.decidedAt) >= from.getTime() && Date.parse(d.decidedAt) < to.getTime(),
    );
    const adopted = november.filter((d) => d.outcome === 'adopted');
    expect(november).toHaveLength(4);
    expect(figures).toEqual({
      decisions: november.length,
      adopted: adopted.length,
      notAdopted: november.length - adopted.length,
      savingsFen: adopted.reduce((sum, d) => sum + (d.priceFen ?? 0), 0),
      adoptedWithoutPrice: 0,
    });
    expect(figures.savingsFen).toBeGreaterThan(0);
    expect(recognitionRate(figures)).toBe(0.75);
    // Another institution's month is its own: 沧州 decided nothing.
    expect(
      await recognitionFigures(server.db, { from, to, institutionIds: ['ins_cangzhou_central'] }),
    ).toMatchObject({
      decisions: 0,
      savingsFen: 0,
    });
  });
});
