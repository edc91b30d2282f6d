import type { components } from '@yilian/contract';
import { effectiveDirection, recogniseInLists, retestReasonsFor } from '@yilian/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/harness.js';
import { createTestServer, examplePatient } from '../testing/harness.js';

type Result = components['schemas']['Result'];
type ResultPage = components['schemas']['ResultPage'];
type Catalogue = components['schemas']['Catalogue'];
type QualificationList = components['schemas']['QualificationList'];
type RecognitionOutcome = components['schemas']['RecognitionOutcome'];
type RecognitionCheck = components['schemas']['RecognitionCheck'];
type Problem = components['schemas']['Problem'];
type Institution = components['schemas']['Institution'];
type RegionList = components['schemas']['RecognitionRegionList'];

const ID_NUMBER = '110105199003071239';

let server: TestServer;
let pumch: string; // 协和 receiver: reads full identity numbers
let czLab: string; // 沧州 lab (referrer role): reads masked numbers
let shougang: string; // 首钢 coordinator, allied with 北苑
let baogang: string; // 包钢 coordinator: shares no alliance with 协和 or 沧州

beforeAll(async () => {
  server = await createTestServer();
  pumch = await server.tokenFor('cln_pumch_endo_chen');
  czLab = await server.tokenFor('cln_cz_lab_zhao');
  shougang = await server.tokenFor('cln_sg_coord_he');
  baogang = await server.tokenFor('cln_bg_coord_han');
});

function registration(overrides: Record<string, unknown> = {}) {
  return {
    itemCode: 'LAB_HBA1C',
    performingInstitutionId: 'ins_cangzhou_central',
    performedAt: '2026-11-10T08:30:00+08:00',
    reportStatus: 'final',
    value: '6.1',
    unit: '%',
    referenceRange: '4.0–6.0',
    patient: examplePatient(),
    ...overrides,
  };
}

/**
 * The domain's decision from what the API itself publishes to the requester: the items of the lists of its regions
 * (with prices), the qualification registry, the regions' re-test reasons and direction, the institutions' levels.
 */
async function domainDecision(
  token: string,
  check: Required<Pick<RecognitionCheck, 'itemCode' | 'performingInstitutionId' | 'performedAt'>> &
    RecognitionCheck,
) {
  const catalogue = await server.call<Catalogue>('getRecognitionCatalogue', { token });
  const listings = catalogue.body.items.filter((i) => i.code === check.itemCode);
  const qualifications =
    listings.length > 0
      ? (
          await server.call<QualificationList>('listQualifications', {
            token,
            path: { itemCode: check.itemCode },
          })
        ).body.items
      : [];
  const institution = async (institutionId: string) =>
    (await server.call<Institution>('getInstitution', { token, path: { institutionId } })).body;
  const requester = await institution(check.requestingInstitutionId);
  const performer = await institution(check.performingInstitutionId);
  const regions = (await server.call<RegionList>('listRecognitionRegions', { token })).body.items;
  const chain = [];
  for (let r = regions.find((x) => x.id === requester.recognitionRegionId); r;) {
    chain.push(r);
    const parentId = r.parentId;
    r = regions.find((x) => x.id === parentId);
  }
  const outcome = recogniseInLists({
    listings,
    qualifications,
    result: {
      itemCode: check.itemCode,
      performingInstitutionId: check.performingInstitutionId,
      performedAt: check.performedAt,
    },
    requestingInstitutionId: check.requestingInstitutionId,
    at: check.at,
    retestReasons: retestReasonsFor(chain),
    direction: {
      rule: effectiveDirection(chain),
      requestingLevel: requester.level,
      performingLevel: performer.level,
    },
  });
  const priceFen = listings[0]?.prices?.find(
    (p) => p.institutionId === check.requestingInstitutionId,
  )?.priceFen;
  return priceFen === undefined ? outcome : { ...outcome, priceFen };
}

async function check(token: string, body: RecognitionCheck) {
  return server.call<RecognitionOutcome>('checkRecognition', { token, body });
}

describe('the recognition catalogue', () => {
  it('lists the items of the lists of the caller’s regions only: 京津冀 lab HR and imaging GX, none at 包钢', async () => {
    const forPumch = await server.call<Catalogue>('getRecognitionCatalogue', { token: pumch });
    expect(forPumch.status).toBe(200);
    expect(new Set(forPumch.body.items.map((i) => i.scope))).toEqual(new Set(['京津冀']));
    expect(forPumch.body.items.find((i) => i.code === 'LAB_HBA1C')).toMatchObject({
      kind: 'lab',
      validityDays: 60,
      abbreviation: 'HbA1c',
      listType: 'recognition',
      regionId: 'rgn_jingjinji',
      name: { zh: '糖化血红蛋白', zhHant: '糖化血紅蛋白', en: 'Glycated haemoglobin' },
    });
    expect(forPumch.body.items.find((i) => i.code === 'LAB_HBA1C')?.prices).toContainEqual({
      institutionId: 'ins_pumch',
      priceFen: 8000,
    });
    // Windows only where sourced: none for CEA, none for any imaging item.
    expect(forPumch.body.items.find((i) => i.code === 'LAB_CEA')).not.toHaveProperty('validityDays');
    const imaging = forPumch.body.items.filter((i) => i.kind === 'imaging');
    expect(imaging.length).toBeGreaterThan(0);
    expect(imaging.every((i) => i.listType === 'sharing' && i.validityDays === undefined)).toBe(true);
    expect(
      forPumch.body.items.filter((i) => i.kind === 'lab').every((i) => i.listType === 'recognition'),
    ).toBe(true);

    // 包钢's regions (包头 ⊂ 内蒙古 ⊂ 全国) have no list: there is no 京蒙 list in any source.
    const forBaogang = await server.call<Catalogue>('getRecognitionCatalogue', { token: baogang });
    expect(forBaogang.body.items).toEqual([]);
  });

  it('filters by kind and answers an empty list for a scope the caller is not in', async () => {
    const imaging = await server.call<Catalogue>('getRecognitionCatalogue', {
      token: pumch,
      query: { kind: 'imaging' },
    });
    expect(imaging.body.items.length).toBeGreaterThan(0);
    expect(imaging.body.items.every((i) => i.kind === 'imaging')).toBe(true);
    const foreign = await server.call<Catalogue>('getRecognitionCatalogue', {
      token: baogang,
      query: { scope: '京津冀' },
    });
    expect(foreign.body.items).toEqual([]);
  });

  it('lists current and lapsed qualifications of an item, and 404 for an item in no applicable scope', async () => {
    const amylase = await server.call<QualificationList>('listQualifications', {
      token: pumch,
      path: { itemCode: 'LAB_AMY' },
    });
    expect(amylase.status).toBe(200);
    expect(amylase.body.items).toContainEqual({
      institutionId: 'ins_cangzhou_central',
      itemCode: 'LAB_AMY',
      scope: '京津冀',
      validFrom: '2024-01-01T00:00:00+08:00',
      validTo: '2026-01-01T00:00:00+08:00',
    });
    const current = amylase.body.items.find((q) => q.institutionId === 'ins_pumch');
    expect(current && 'validTo' in current).toBe(false);

    const notApplicable = await server.call<Problem>('listQualifications', {
      token: baogang,
      path: { itemCode: 'LAB_HBA1C' },
    });
    expect(notApplicable.status).toBe(404);
    expect(notApplicable.body.code).toBe('not_found');
  });
});

describe('checking recognition', () => {
  it('recognizes a 沧州 HbA1c at 协和 twelve days later, exactly as the domain decides', async () => {
    const body = {
      itemCode: 'LAB_HBA1C',
      performingInstitutionId: 'ins_cangzhou_central',
      performedAt: '2026-11-10T08:30:00+08:00',
      requestingInstitutionId: 'ins_pumch',
      at: '2026-11-22T10:00:00+08:00',
    };
    const res = await check(pumch, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      decision: 'recognized',
      hrMark: '京津冀HR',
      validityDays: 60,
      ageDays: 12,
    });
    expect(res.body).toEqual(await domainDecision(pumch, body));
  });

  it('answers expired for a potassium result past its 7-day window', async () => {
    const body = {
      itemCode: 'LAB_K',
      performingInstitutionId: 'ins_cangzhou_central',
      performedAt: '2026-11-10T08:30:00+08:00',
      requestingInstitutionId: 'ins_pumch',
      at: '2026-11-22T10:00:00+08:00',
    };
    const res = await check(pumch, body);
    expect(res.body.decision).toBe('expired');
    expect(res.body).toEqual(await domainDecision(pumch, body));
  });

  it('answers institution_not_qualified for 北苑’s HbA1c, which it holds no qualification for', async () => {
    const body = {
      itemCode: 'LAB_HBA1C',
      performingInstitutionId: 'ins_beiyuan_tcm',
      performedAt: '2026-11-20T08:30:00+08:00',
      requestingInstitutionId: 'ins_pku_shougang',
      at: '2026-11-22T10:00:00+08:00',
    };
    const res = await check(shougang, body);
    expect(res.body.decision).toBe('institution_not_qualified');
    expect(res.body.reasons.map((r) => r.code)).toContain('issuer_not_qualified');
    expect(res.body).toEqual(await domainDecision(shougang, body));
  });

  it('answers institution_not_qualified for 沧州’s amylase performed after its qualification lapsed on 2026-01-01', async () => {
    const body = {
      itemCode: 'LAB_AMY',
      performingInstitutionId: 'ins_cangzhou_central',
      performedAt: '2026-11-20T08:30:00+08:00',
      requestingInstitutionId: 'ins_pumch',
      at: '2026-11-22T10:00:00+08:00',
    };
    const res = await check(pumch, body);
    expect(res.body.decision).toBe('institution_not_qualified');
    expect(res.body.reasons.map((r) => r.code)).toContain('qualification_lapsed');
    expect(res.body).toEqual(await domainDecision(pumch, body));
  });

  it('answers item_not_in_list when 包钢 (内蒙古) checks a 京津冀 HR item: no list of its regions holds it', async () => {
    const body = {
      itemCode: 'LAB_HBA1C',
      performingInstitutionId: 'ins_pkuph',
      performedAt: '2026-11-20T08:30:00+08:00',
      requestingInstitutionId: 'ins_baogang',
      at: '2026-11-22T10:00:00+08:00',
    };
    const res = await check(baogang, body);
    expect(res.status).toBe(200);
    expect(res.body.decision).toBe('item_not_in_list');
    expect(res.body).toEqual(await domainDecision(baogang, body));
  });

  it('recognizes a result one millisecond before lapsesAt and answers expired at lapsesAt', async () => {
    const facts = {
      itemCode: 'LAB_HBA1C',
      performingInstitutionId: 'ins_cangzhou_central',
      performedAt: '2026-11-10T08:30:00+08:00',
      requestingInstitutionId: 'ins_pumch',
    };
    const first = await check(pumch, { ...facts, at: '2026-11-22T10:00:00+08:00' });
    const lapsesAt = first.body.lapsesAt!;
    expect(lapsesAt).toBe('2027-01-10T00:00:00+08:00');

    const before = { ...facts, at: new Date(Date.parse(lapsesAt) - 1).toISOString() };
    const justBefore = await check(pumch, before);
    expect(justBefore.body.decision).toBe('recognized');
    expect(justBefore.body).toEqual(await domainDecision(pumch, before));

    const at = { ...facts, at: lapsesAt };
    const atLapse = await check(pumch, at);
    expect(atLapse.body.decision).toBe('expired');
    expect(atLapse.body).toEqual(await domainDecision(pumch, at));
  });

  it('rejects a check dated before the result was performed with a field error on at', async () => {
    const res = await server.call<Problem>('checkRecognition', {
      token: pumch,
      body: {
        itemCode: 'LAB_HBA1C',
        performingInstitutionId: 'ins_cangzhou_central',
        performedAt: '2026-11-10T08:30:00+08:00',
        requestingInstitutionId: 'ins_pumch',
        at: '2026-11-09T08:30:00+08:00',
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '/at', code: 'out_of_range' })]);
  });

  it('needs either a resultId or item, performing institution and performance time', async () => {
    const res = await server.call<Problem>('checkRecognition', {
      token: pumch,
      body: { itemCode: 'LAB_HBA1C', requestingInstitutionId: 'ins_pumch', at: '2026-11-22T10:00:00+08:00' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e) => [e.pointer, e.code])).toEqual([
      ['/performingInstitutionId', 'required'],
      ['/performedAt', 'required'],
    ]);
  });

  it('answers for an allied institution, so a referring clinic knows what the receiver will recognize', async () => {
    const res = await server.call<RecognitionOutcome>('checkRecognition', {
      token: pumch,
      body: {
        itemCode: 'LAB_HBA1C',
        performingInstitutionId: 'ins_cangzhou_central',
        performedAt: '2026-11-10T08:30:00+08:00',
        requestingInstitutionId: 'ins_cangzhou_central',
        at: '2026-11-22T10:00:00+08:00',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.decision).toBe('recognized');
  });

  it("forbids checking on behalf of an institution outside the caller's alliances", async () => {
    const res = await server.call<Problem>('checkRecognition', {
      token: pumch,
      body: {
        itemCode: 'LAB_HBA1C',
        performingInstitutionId: 'ins_cangzhou_central',
        performedAt: '2026-11-10T08:30:00+08:00',
        requestingInstitutionId: 'ins_baogang',
        at: '2026-11-22T10:00:00+08:00',
      },
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });
});

describe('registering and finding results', () => {
  it('registers a result with its kind and HR mark, finds it by identity, and shows it masked to a referrer', async () => {
    const created = await server.call<Result>('registerResult', { token: czLab, body: registration() });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/v1/results/${created.body.id}`);
    expect(created.body).toMatchObject({
      kind: 'lab',
      hrMark: '京津冀HR',
      registeredAt: '2026-11-23T09:00:00+08:00',
    });
    expect(created.body.patient).toMatchObject({ idNumber: '110***********1239', idNumberMasked: true });

    const found = await server.call<ResultPage>('searchResults', {
      token: pumch,
      body: { idType: 'resident_id_card', idNumber: ID_NUMBER },
    });
    expect(found.status).toBe(200);
    const hit = found.body.items.find((r) => r.id === created.body.id);
    expect(hit?.patient.idNumber).toBe(ID_NUMBER);

    const fetched = await server.call<Result>('getResult', {
      token: pumch,
      path: { resultId: created.body.id },
    });
    expect(fetched.body).toEqual({ ...created.body, patient: examplePatient() });
  });

  it('hides a result from an institution that shares no alliance with its parties', async () => {
    const created = await server.call<Result>('registerResult', { token: czLab, body: registration() });
    const get = await server.call<Problem>('getResult', {
      token: baogang,
      path: { resultId: created.body.id },
    });
    expect(get.status).toBe(404);
    expect(get.body.code).toBe('not_found');
    const search = await server.call<ResultPage>('searchResults', {
      token: baogang,
      body: { idType: 'resident_id_card', idNumber: ID_NUMBER },
    });
    expect(search.body).toEqual({ items: [], nextCursor: null });
  });

  it('gives no HR mark to a result of an item its performing institution is not qualified for', async () => {
    const by = await server.tokenFor('cln_by_coord_lin');
    const created = await server.call<Result>('registerResult', {
      token: by,
      body: registration({
        performingInstitutionId: 'ins_beiyuan_tcm',
        performedAt: '2026-11-20T08:30:00+08:00',
      }),
    });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('hrMark');
  });

  it('pages a patient’s results newest first with a cursor', async () => {
    const patient = {
      ...examplePatient(),
      name: '李四',
      birthDate: '1985-12-31',
      idNumber: '12010119851231005X',
    };
    for (const day of ['2026-11-01', '2026-11-05', '2026-11-09']) {
      await server.call('registerResult', {
        token: czLab,
        body: registration({ patient, performedAt: `${day}T08:00:00+08:00` }),
      });
    }
    const first = await server.call<ResultPage>('searchResults', {
      token: pumch,
      body: { idType: 'resident_id_card', idNumber: '12010119851231005x', limit: 2 },
    });
    expect(first.body.items.map((r) => r.performedAt)).toEqual([
      '2026-11-09T08:00:00+08:00',
      '2026-11-05T08:00:00+08:00',
    ]);
    const second = await server.call<ResultPage>('searchResults', {
      token: pumch,
      body: {
        idType: 'resident_id_card',
        idNumber: '12010119851231005X',
        limit: 2,
        cursor: first.body.nextCursor!,
      },
    });
    expect(second.body.items.map((r) => r.performedAt)).toEqual(['2026-11-01T08:00:00+08:00']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('creates one row for an Idempotency-Key replay and answers the replay with the first response', async () => {
    const headers = { 'Idempotency-Key': 'register-once-1' };
    const before = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM results');
    const first = await server.call<Result>('registerResult', {
      token: czLab,
      body: registration(),
      headers,
    });
    const replay = await server.call<Result>('registerResult', {
      token: czLab,
      body: registration(),
      headers,
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    const after = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM results');
    expect(after.rows[0]!.n - before.rows[0]!.n).toBe(1);
  });

  it('refuses a performing institution outside the caller’s alliances as an unknown reference', async () => {
    const res = await server.call<Problem>('registerResult', { token: baogang, body: registration() });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/performingInstitutionId', code: 'unknown_reference' }),
    ]);
  });

  it('refuses an identity number with a wrong check digit without echoing it', async () => {
    const res = await server.call<Problem>('registerResult', {
      token: czLab,
      body: registration({ patient: { ...examplePatient(), idNumber: '110105199003071238' } }),
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/patient/idNumber', code: 'resident_id_checksum_mismatch' }),
    ]);
    expect(JSON.stringify(res.body)).not.toContain('110105199003071238');
  });

  it('never writes identity numbers, names or phones into the logs', async () => {
    await server.call('registerResult', { token: czLab, body: registration() });
    await server.call('searchResults', {
      token: pumch,
      body: { idType: 'resident_id_card', idNumber: ID_NUMBER },
    });
    const logs = JSON.stringify(server.logs);
    expect(server.logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(ID_NUMBER);
    expect(logs).not.toContain('13812341234');
    expect(logs).not.toContain('张三');
  });
});

describe('recording retests', () => {
  it('requires text for the reason other', async () => {
    const created = await server.call<Result>('registerResult', { token: czLab, body: registration() });
    const res = await server.call<Problem>('recordRetest', {
      token: pumch,
      body: { resultId: created.body.id, reason: 'other' },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/reasonText', code: 'retest_reason_text_required' }),
    ]);
  });

  it('records the decision at the time of recording, as the domain decides it', async () => {
    const created = await server.call<Result>('registerResult', { token: czLab, body: registration() });
    const res = await server.call<components['schemas']['RetestRecord']>('recordRetest', {
      token: pumch,
      body: {
        resultId: created.body.id,
        reason: 'condition_changed',
        reasonText: '血糖近一周波动明显。',
        explainedToPatient: true,
      },
      headers: { 'Idempotency-Key': 'retest-1' },
    });
    expect(res.status).toBe(201);
    const expected = await domainDecision(pumch, {
      itemCode: 'LAB_HBA1C',
      performingInstitutionId: 'ins_cangzhou_central',
      performedAt: '2026-11-10T08:30:00+08:00',
      requestingInstitutionId: 'ins_pumch',
      at: '2026-11-23T09:00:00+08:00',
    });
    expect(res.body).toMatchObject({
      resultId: created.body.id,
      reason: 'condition_changed',
      explainedToPatient: true,
      decisionAtRecord: expected.decision,
      recordedAt: '2026-11-23T09:00:00+08:00',
      recordedBy: { clinicianId: 'cln_pumch_endo_chen', institutionId: 'ins_pumch' },
    });
    expect(expected.decision).toBe('recognized');
  });
});

describe('a token of an unrelated institution', () => {
  it('gets 404, or nothing, from every recognition operation on another alliance’s data', async () => {
    const created = await server.call<Result>('registerResult', { token: czLab, body: registration() });
    const resultId = created.body.id;

    const catalogue = await server.call<Catalogue>('getRecognitionCatalogue', {
      token: baogang,
      query: { scope: '京津冀' },
    });
    expect(catalogue.body.items).toEqual([]);
    expect(
      (await server.call('listQualifications', { token: baogang, path: { itemCode: 'LAB_AMY' } })).status,
    ).toBe(404);
    expect((await server.call('getResult', { token: baogang, path: { resultId } })).status).toBe(404);
    const search = await server.call<ResultPage>('searchResults', {
      token: baogang,
      body: { idType: 'resident_id_card', idNumber: ID_NUMBER },
    });
    expect(search.body.items).toEqual([]);
    const checked = await server.call('checkRecognition', {
      token: baogang,
      body: { resultId, requestingInstitutionId: 'ins_baogang', at: '2026-11-23T09:00:00+08:00' },
    });
    expect(checked.status).toBe(404);
    const retest = await server.call('recordRetest', {
      token: baogang,
      body: { resultId, reason: 'emergency' },
    });
    expect(retest.status).toBe(404);
    // registerResult documents no 404: an institution outside the caller's alliances is an unknown reference.
    const registered = await server.call<Problem>('registerResult', { token: baogang, body: registration() });
    expect(registered.status).toBe(422);
    expect(registered.body.errors?.map((e) => e.code)).toEqual(['unknown_reference']);
  });
});
