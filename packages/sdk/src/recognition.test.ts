// The recognition SDK methods against the real reference server (issue #14): regions and lists, the whole-order
// check, adoption decisions (idempotent, typed errors) and the result's audit timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AllianceClient } from './client.js';
import { createAllianceClient } from './client.js';
import type { AllianceError } from './errors.js';
import { isAllianceError } from './errors.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { startReferenceServer, uniquePatient } from './testing/reference-server.js';

let server: ReferenceServer;
let lab: AllianceClient; // 沧州 lab
let chen: AllianceClient; // 协和 endocrinology (03.07)
let yang: AllianceClient; // 包钢 respiratory (03.01), in no alliance with 协和 or 沧州

const client = async (clinicianId: string) =>
  createAllianceClient({ baseUrl: server.baseUrl, token: await server.tokenFor(clinicianId) });

beforeAll(async () => {
  server = await startReferenceServer();
  lab = await client('cln_cz_lab_zhao');
  chen = await client('cln_pumch_endo_chen');
  yang = await client('cln_bg_resp_yang');
});
afterAll(() => server.close());

const STUDY = { studyInstanceUid: '1.2.156.1.20261110.7', modality: 'CT' };

function register(
  patient: ReturnType<typeof uniquePatient>,
  itemCode: string,
  extra: Record<string, unknown> = {},
) {
  return lab.results.register({
    itemCode,
    performingInstitutionId: 'ins_cangzhou_central',
    performedAt: '2026-11-10T08:30:00+08:00',
    reportStatus: 'final',
    ...(itemCode.startsWith('IMG_') ? { study: STUDY } : { value: '6.1' }),
    patient,
    ...extra,
  });
}

async function failure(promise: Promise<unknown>): Promise<AllianceError> {
  const error = await promise.catch((e: unknown) => e);
  if (!isAllianceError(error)) {
    throw new Error(`expected an AllianceError, got ${String(error)}`);
  }
  return error;
}

describe('regions and lists', () => {
  it('reads the region hierarchy with its configuration, and the HR and GX lists', async () => {
    const { items: regions } = await chen.recognition.regions();
    expect(regions.find((r) => r.id === 'rgn_baotou')).toMatchObject({
      parentId: 'rgn_neimenggu',
      direction: 'lower_recognises_higher',
    });
    const { items: sharing } = await chen.recognition.lists({ regionId: 'rgn_jingjinji', type: 'sharing' });
    expect(sharing.map((l) => l.mark)).toEqual(['京津冀GX']);
  });
});

describe('the order check', () => {
  it('answers a five-item order in one request, with the covered lines and what adopting them saves', async () => {
    const patient = uniquePatient();
    const hba1c = await register(patient, 'LAB_HBA1C');
    await register(patient, 'IMG_CT_CHEST');
    await register(patient, 'LAB_K', { value: '4.1' });
    const requests: string[] = [];
    const counting = createAllianceClient({
      baseUrl: server.baseUrl,
      token: await server.tokenFor('cln_pumch_endo_chen'),
      fetch: (request: Request) => {
        requests.push(request.url);
        return fetch(request);
      },
    });
    const order = await counting.recognition.checkOrder({
      idType: 'resident_id_card',
      idNumber: patient.idNumber,
      itemCodes: ['LAB_HBA1C', 'IMG_CT_CHEST', 'LAB_K', 'LAB_GLU', 'LAB_TSH'],
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]).not.toContain(patient.idNumber);
    expect(order.lines.map((l) => l.status)).toEqual([
      'recognized',
      'shared',
      'expired',
      'no_result',
      'no_result',
    ]);
    expect(order.lines[0]?.result?.id).toBe(hba1c.id);
    expect(order.coveredCount).toBe(2);
    expect(order.potentialSavingsFen).toBe((order.lines[0]?.priceFen ?? 0) + (order.lines[1]?.priceFen ?? 0));
  });

  it('throws a typed validation error for a duplicate item', async () => {
    const error = await failure(
      chen.recognition.checkOrder({
        idType: 'resident_id_card',
        idNumber: uniquePatient().idNumber,
        itemCodes: ['LAB_K', 'LAB_K'],
      }),
    );
    expect(error.code).toBe('validation_failed');
    expect(error.errors.map((e) => [e.pointer, e.code])).toEqual([['/itemCodes/1', 'duplicate_item']]);
  });
});

describe('adoption decisions', () => {
  it('records one decision for one idempotency key, with its price, and shows it on the result’s timeline', async () => {
    const result = await register(uniquePatient(), 'LAB_HBA1C');
    const input = {
      resultId: result.id,
      outcome: 'adopted' as const,
      explainedToPatient: true,
      departmentCode: '03.07',
    };
    const first = await chen.recognition.recordAdoption(input, { idempotencyKey: 'sdk-adopt-1' });
    const again = await chen.recognition.recordAdoption(input, { idempotencyKey: 'sdk-adopt-1' });
    expect(again).toEqual(first);
    expect(first).toMatchObject({ outcome: 'adopted', priceFen: 8000, hrMark: '京津冀HR' });
    const timeline = await chen.results.timeline(result.id);
    expect(timeline.items.filter((e) => e.action === 'adopt')).toHaveLength(1);
  });

  it('throws result_not_recognisable (409) for an expired result, and not_found to a stranger', async () => {
    const potassium = await register(uniquePatient(), 'LAB_K', { value: '4.1' });
    const expired = await failure(
      chen.recognition.recordAdoption({
        resultId: potassium.id,
        outcome: 'adopted',
        explainedToPatient: true,
        departmentCode: '03.07',
      }),
    );
    expect([expired.code, expired.status]).toEqual(['result_not_recognisable', 409]);
    const stranger = await failure(
      yang.recognition.recordAdoption({
        resultId: potassium.id,
        outcome: 'adopted',
        explainedToPatient: true,
        departmentCode: '03.01',
      }),
    );
    expect([stranger.code, stranger.status]).toEqual(['not_found', 404]);
    await expect(yang.results.timeline(potassium.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('names the fields at fault when not adopted without a reason or the patient told', async () => {
    const result = await register(uniquePatient(), 'LAB_HBA1C');
    const error = await failure(
      chen.recognition.recordAdoption({
        resultId: result.id,
        outcome: 'not_adopted',
        explainedToPatient: false,
        departmentCode: '03.07',
      }),
    );
    expect(error.errors.map((e) => e.code)).toEqual(['explanation_required', 'adoption_reason_required']);
  });
});
