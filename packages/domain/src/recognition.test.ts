import type { components } from '@yilian/contract';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  NATIONAL_RETEST_REASONS,
  RETEST_REASONS,
  RecognitionCheckError,
  bestRecognition,
  effectiveDirection,
  evaluateRecognition,
  isRecognisable,
  isRecognitionObligatory,
  performedMark,
  recogniseInLists,
  recognitionRate,
  retestReasonsFor,
  validateAdoption,
  validateRetest,
  type EvaluateRecognitionInput,
} from './recognition.js';
import { addDays, shanghaiDate, startOfShanghaiDay } from './shanghai-time.js';

type Schemas = components['schemas'];

const HBA1C: Schemas['CatalogueItem'] = {
  code: 'LAB_HBA1C',
  kind: 'lab',
  name: { zh: '糖化血红蛋白', zhHant: '糖化血紅蛋白', en: 'Glycated haemoglobin' },
  abbreviation: 'HbA1c',
  validityDays: 60,
  scope: '京津冀',
  listType: 'recognition',
  regionId: 'rgn_jingjinji',
};

const QUALIFIED: Schemas['Qualification'] = {
  institutionId: 'ins_cangzhou_central',
  itemCode: 'LAB_HBA1C',
  scope: '京津冀',
  validFrom: '2024-01-01T00:00:00+08:00',
};

const RESULT = {
  id: 'res_01',
  itemCode: 'LAB_HBA1C',
  performingInstitutionId: 'ins_cangzhou_central',
  performedAt: '2026-11-10T08:30:00+08:00',
};

function check(overrides: Partial<EvaluateRecognitionInput> = {}) {
  return evaluateRecognition({
    item: HBA1C,
    qualifications: [QUALIFIED],
    result: RESULT,
    requestingInstitutionId: 'ins_pumch',
    at: '2026-11-22T10:00:00+08:00',
    ...overrides,
  });
}

describe('evaluateRecognition', () => {
  test('recognizes the contract example: 12 days into a 60-day window, lapsing on 10 January', () => {
    expect(check()).toEqual({
      decision: 'recognized',
      itemCode: 'LAB_HBA1C',
      resultId: 'res_01',
      hrMark: '京津冀HR',
      markedName: {
        zh: '【京津冀HR】糖化血红蛋白',
        zhHant: '【京津冀HR】糖化血紅蛋白',
        en: '【京津冀HR】Glycated haemoglobin',
      },
      itemName: HBA1C.name,
      kind: 'lab',
      listType: 'recognition',
      regionId: 'rgn_jingjinji',
      obligatory: true,
      validityDays: 60,
      ageDays: 12,
      lapsesAt: '2027-01-10T00:00:00+08:00',
      reasons: [
        {
          code: 'item_in_list',
          message: {
            zh: '该项目在京津冀互认目录内。',
            zhHant: '該項目在京津冀互認目錄內。',
            en: 'The item is on the 京津冀 recognition list.',
          },
        },
        {
          code: 'issuer_qualified',
          message: {
            zh: '出具机构在检查检验时具备该项目的京津冀资质。',
            zhHant: '出具機構在檢查檢驗時具備該項目的京津冀資質。',
            en: 'The performing institution was qualified for this item (京津冀) when the result was produced.',
          },
        },
        {
          code: 'within_window',
          message: {
            zh: '结果在60天互认有效期内（已过12天）。',
            zhHant: '結果在60天互認有效期內（已過12天）。',
            en: 'The result is within its 60-day window (12 days old).',
          },
        },
      ],
      retestReasons: [
        'condition_changed',
        'rapidly_changing',
        'critical_decision',
        'emergency',
        'forensic',
        'other',
      ],
    });
  });

  test('answers item_not_in_list for an absent item, without a mark or window, and stops there', () => {
    const outcome = check({ item: undefined, qualifications: [] });
    expect(outcome.decision).toBe('item_not_in_list');
    expect(outcome.reasons.map((r) => r.code)).toEqual(['item_not_in_list']);
    expect(outcome.hrMark).toBeUndefined();
    expect(outcome.validityDays).toBeUndefined();
    expect(outcome.lapsesAt).toBeUndefined();
    expect(outcome.retestReasons).toEqual([...NATIONAL_RETEST_REASONS]);
  });

  test('treats a catalogue item of another code as not in the list', () => {
    expect(check({ item: { ...HBA1C, code: 'LAB_GLU' } }).decision).toBe('item_not_in_list');
  });

  test('checks the item before the institution', () => {
    expect(check({ item: undefined }).decision).toBe('item_not_in_list');
  });

  test('answers institution_not_qualified without a qualification for the institution, item and scope', () => {
    for (const qualifications of [
      [],
      [{ ...QUALIFIED, institutionId: 'ins_other' }],
      [{ ...QUALIFIED, itemCode: 'LAB_GLU' }],
      [{ ...QUALIFIED, scope: '全国' }],
      [{ ...QUALIFIED, validFrom: '2026-11-10T08:30:00.001+08:00' }],
    ]) {
      const outcome = check({ qualifications });
      expect(outcome.decision).toBe('institution_not_qualified');
      expect(outcome.reasons.map((r) => r.code)).toEqual(['item_in_list', 'issuer_not_qualified']);
      expect(outcome.hrMark).toBe('京津冀HR');
      expect(outcome.lapsesAt).toBeUndefined();
    }
  });

  test('says qualification_lapsed when the only qualification ended before the result', () => {
    const outcome = check({ qualifications: [{ ...QUALIFIED, validTo: '2026-11-10T08:30:00+08:00' }] });
    expect(outcome.decision).toBe('institution_not_qualified');
    expect(outcome.reasons.map((r) => r.code)).toEqual(['item_in_list', 'qualification_lapsed']);
  });

  test('counts a qualification from its validFrom instant and until just before its validTo', () => {
    expect(check({ qualifications: [{ ...QUALIFIED, validFrom: RESULT.performedAt }] }).decision).toBe(
      'recognized',
    );
    expect(
      check({ qualifications: [{ ...QUALIFIED, validTo: '2026-11-10T08:30:00.001+08:00' }] }).decision,
    ).toBe('recognized');
  });

  test('judges the qualification at the performing time, not at the check', () => {
    const endedSince = { ...QUALIFIED, validTo: '2026-11-15T00:00:00+08:00' };
    expect(check({ qualifications: [endedSince] }).decision).toBe('recognized');
  });

  test('uses any one covering qualification among several', () => {
    const lapsed = { ...QUALIFIED, validTo: '2025-01-01T00:00:00+08:00' };
    const current = { ...QUALIFIED, validFrom: '2025-06-01T00:00:00+08:00' };
    expect(check({ qualifications: [lapsed, current] }).decision).toBe('recognized');
  });

  test('answers expired past the window, with the window and age', () => {
    const outcome = check({ at: '2027-01-10T00:00:00+08:00' });
    expect(outcome).toMatchObject({
      decision: 'expired',
      validityDays: 60,
      ageDays: 61,
      lapsesAt: '2027-01-10T00:00:00+08:00',
    });
    expect(outcome.reasons.at(-1)).toEqual({
      code: 'outside_window',
      message: {
        zh: '结果已超过60天互认有效期（已过61天）。',
        zhHant: '結果已超過60天互認有效期（已過61天）。',
        en: 'The result is past its 60-day window (61 days old).',
      },
    });
  });

  test('still recognizes on the last day of the window, one millisecond before the lapse', () => {
    expect(check({ at: '2027-01-09T23:59:59.999+08:00' })).toMatchObject({
      decision: 'recognized',
      ageDays: 60,
    });
  });

  test('counts Shanghai calendar days: a result at 23:59 is one day old at 00:00', () => {
    const item = { ...HBA1C, validityDays: 0 };
    const result = { ...RESULT, performedAt: '2026-11-10T15:59:00Z' };
    expect(check({ item, result, at: '2026-11-10T15:59:59Z' })).toMatchObject({
      decision: 'recognized',
      ageDays: 0,
    });
    expect(check({ item, result, at: '2026-11-10T16:00:00Z' })).toMatchObject({
      decision: 'expired',
      ageDays: 1,
      lapsesAt: '2026-11-11T00:00:00+08:00',
    });
  });

  test('writes "1 day old" in the singular', () => {
    expect(check({ at: '2026-11-11T10:00:00+08:00' }).reasons.at(-1)?.message.en).toBe(
      'The result is within its 60-day window (1 day old).',
    );
  });

  test('leaves resultId out when the result has no id', () => {
    const { itemCode, performingInstitutionId, performedAt } = RESULT;
    expect(check({ result: { itemCode, performingInstitutionId, performedAt } })).not.toHaveProperty(
      'resultId',
    );
  });

  test('throws RecognitionCheckError when the check is before the result was performed', () => {
    expect(() => check({ at: '2026-11-10T08:29:59.999+08:00' })).toThrow(RecognitionCheckError);
    try {
      check({ at: '2026-11-10T08:29:59+08:00' });
    } catch (error) {
      expect(error).toBeInstanceOf(RecognitionCheckError);
      expect((error as RecognitionCheckError).errors).toEqual([{ pointer: '/at', code: 'out_of_range' }]);
      expect((error as RecognitionCheckError).code).toBe('validation_failed');
    }
  });

  test('throws RecognitionCheckError for instants that do not parse and windows that are not whole days', () => {
    expect(() => check({ at: 'now' })).toThrow(RecognitionCheckError);
    expect(() => check({ result: { ...RESULT, performedAt: '2026-11-10' } })).toThrow(RecognitionCheckError);
    expect(() => check({ item: { ...HBA1C, validityDays: -1 } })).toThrow(RecognitionCheckError);
    expect(() => check({ item: { ...HBA1C, validityDays: 1.5 } })).toThrow(RecognitionCheckError);
  });

  test('flips from recognized to expired exactly at lapsesAt for any result time and window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2034, 0, 1) }),
        fc.integer({ min: 0, max: 400 }),
        (performedMs, validityDays) => {
          const item = { ...HBA1C, validityDays };
          const result = { ...RESULT, performedAt: new Date(performedMs).toISOString() };
          const lapse = startOfShanghaiDay(
            addDays(shanghaiDate(new Date(performedMs)), validityDays + 1),
          ).getTime();
          const before = check({ item, result, at: new Date(lapse - 1) });
          const at = check({ item, result, at: new Date(lapse) });
          expect(before.decision).toBe('recognized');
          expect(at.decision).toBe('expired');
          expect(before.lapsesAt).toBe(at.lapsesAt);
          expect(Date.parse(at.lapsesAt ?? '')).toBe(lapse);
          expect(at.lapsesAt?.endsWith('T00:00:00+08:00')).toBe(true);
          // 16:00Z is midnight in Shanghai.
          expect(new Date(lapse).toISOString().slice(11)).toBe('16:00:00.000Z');
        },
      ),
    );
  });

  test('recognizes exactly when the age in days is within the window, for any check time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2034, 0, 1) }),
        fc.integer({ min: 0, max: 200 * 86_400_000 }),
        fc.integer({ min: 0, max: 120 }),
        (performedMs, elapsedMs, validityDays) => {
          const outcome = check({
            item: { ...HBA1C, validityDays },
            result: { ...RESULT, performedAt: new Date(performedMs).toISOString() },
            at: new Date(performedMs + elapsedMs),
          });
          const ageDays = outcome.ageDays ?? Number.NaN;
          expect(outcome.decision).toBe(ageDays <= validityDays ? 'recognized' : 'expired');
          expect(outcome.retestReasons).toHaveLength(6);
        },
      ),
    );
  });
});

describe('validateRetest', () => {
  test.each(RETEST_REASONS.filter((r) => r !== 'other'))('accepts %s without text', (reason) => {
    expect(validateRetest({ reason })).toEqual([]);
  });

  test('requires text for other', () => {
    expect(validateRetest({ reason: 'other' })).toEqual([
      { pointer: '/reasonText', code: 'retest_reason_text_required' },
    ]);
    expect(validateRetest({ reason: 'other', reasonText: '  ' })).toEqual([
      { pointer: '/reasonText', code: 'retest_reason_text_required' },
    ]);
    expect(validateRetest({ reason: 'other', reasonText: '外院报告单位不清。' })).toEqual([]);
  });

  test('refuses a missing or unknown reason', () => {
    expect(validateRetest({} as unknown as Parameters<typeof validateRetest>[0])).toEqual([
      { pointer: '/reason', code: 'required' },
    ]);
    expect(
      validateRetest({ reason: 'curiosity' } as unknown as Parameters<typeof validateRetest>[0]),
    ).toEqual([{ pointer: '/reason', code: 'invalid_enum' }]);
  });
});

const CT_CHEST: Schemas['CatalogueItem'] = {
  code: 'IMG_CT_CHEST',
  kind: 'imaging',
  name: { zh: '胸部CT平扫', zhHant: '胸部CT平掃', en: 'Chest CT (plain)' },
  scope: '京津冀',
  listType: 'sharing',
  regionId: 'rgn_jingjinji',
};
const STUDY = { studyInstanceUid: '1.2.156.1.20261110', modality: 'CT' };
const CT_RESULT = { ...RESULT, id: 'res_ct', itemCode: 'IMG_CT_CHEST', study: STUDY };
const CT_QUALIFIED = { ...QUALIFIED, itemCode: 'IMG_CT_CHEST' };

describe('sharing (GX) lists', () => {
  test('answers shared, never recognized, for a qualified imaging result on a sharing list, with its study', () => {
    const outcome = check({ item: CT_CHEST, qualifications: [CT_QUALIFIED], result: CT_RESULT });
    expect(outcome).toMatchObject({
      decision: 'shared',
      hrMark: '京津冀GX',
      markedName: { zh: '【京津冀GX】胸部CT平扫', zhHant: '【京津冀GX】胸部CT平掃' },
      listType: 'sharing',
      obligatory: false,
      study: STUDY,
    });
    expect(outcome.reasons.map((r) => r.code)).toEqual([
      'item_in_sharing_list',
      'issuer_qualified',
      'no_window',
    ]);
    expect(outcome.lapsesAt).toBeUndefined();
  });

  test('answers institution_not_qualified on a sharing list when the performer holds no qualification', () => {
    expect(check({ item: CT_CHEST, qualifications: [], result: CT_RESULT }).decision).toBe(
      'institution_not_qualified',
    );
  });
});

describe('items without a sourced window', () => {
  test('recognizes at any age, says the doctor judges, and gives no lapse', () => {
    const { validityDays: _none, ...noWindow } = HBA1C;
    const outcome = check({ item: noWindow, at: '2029-01-01T00:00:00+08:00' });
    expect(outcome.decision).toBe('recognized');
    expect(outcome.lapsesAt).toBeUndefined();
    expect(outcome.validityDays).toBeUndefined();
    expect(outcome.reasons.at(-1)?.code).toBe('no_window');
  });
});

describe('direction', () => {
  const levels = ['primary', 'secondary', 'tertiary'] as const;
  test('binds lower and same levels to higher ones under lower_recognises_higher, everyone under mutual', () => {
    for (const requestingLevel of levels) {
      for (const performingLevel of levels) {
        expect(isRecognitionObligatory({ rule: 'mutual', requestingLevel, performingLevel })).toBe(true);
        expect(
          isRecognitionObligatory({ rule: 'lower_recognises_higher', requestingLevel, performingLevel }),
        ).toBe(levels.indexOf(performingLevel) >= levels.indexOf(requestingLevel));
      }
    }
  });

  test('still recognizes a lower-level result at a higher level, marked not obligatory with the reason', () => {
    const outcome = check({
      direction: {
        rule: 'lower_recognises_higher',
        requestingLevel: 'tertiary',
        performingLevel: 'secondary',
      },
    });
    expect(outcome.decision).toBe('recognized');
    expect(outcome.obligatory).toBe(false);
    expect(outcome.reasons.at(-1)?.code).toBe('direction_not_obligatory');
  });

  test('takes the nearest configured direction up the hierarchy, mutual when none is', () => {
    expect(effectiveDirection([])).toBe('mutual');
    expect(
      effectiveDirection([
        { retestReasonExtensions: [] },
        { retestReasonExtensions: [], direction: 'lower_recognises_higher' },
        { retestReasonExtensions: [], direction: 'mutual' },
      ]),
    ).toBe('lower_recognises_higher');
  });
});

describe('several lists and the performing mark', () => {
  const national = { ...HBA1C, scope: '全国', regionId: 'rgn_cn' };
  test('recognizes in any applicable list: the 全国 list when the performer holds a 全国 qualification', () => {
    const outcome = recogniseInLists({
      listings: [national, HBA1C],
      qualifications: [{ ...QUALIFIED, scope: '全国' }],
      result: RESULT,
      requestingInstitutionId: 'ins_baogang',
      at: '2026-11-22T10:00:00+08:00',
    });
    expect(outcome).toMatchObject({ decision: 'recognized', hrMark: '全国HR' });
  });

  test('answers item_not_in_list where no applicable list holds the item', () => {
    const outcome = recogniseInLists({
      listings: [],
      qualifications: [QUALIFIED],
      result: RESULT,
      requestingInstitutionId: 'ins_baogang',
      at: '2026-11-22T10:00:00+08:00',
    });
    expect(outcome.decision).toBe('item_not_in_list');
  });

  test('picks the most favourable outcome, the first among equals', () => {
    const expired = check({ at: '2027-03-01T00:00:00+08:00' });
    const recognized = check();
    expect(bestRecognition([expired, recognized])).toBe(recognized);
    expect(bestRecognition([recognized, { ...recognized }])).toBe(recognized);
  });

  test('marks a result from the performing institution’s qualification, the widest list first', () => {
    expect(performedMark([national, HBA1C], [QUALIFIED], RESULT)).toBe('京津冀HR');
    expect(performedMark([national, HBA1C], [QUALIFIED, { ...QUALIFIED, scope: '全国' }], RESULT)).toBe(
      '全国HR',
    );
    expect(
      performedMark([HBA1C], [{ ...QUALIFIED, institutionId: 'ins_registrar' }], RESULT),
    ).toBeUndefined();
    expect(
      performedMark([HBA1C], [{ ...QUALIFIED, validFrom: '2026-11-11T00:00:00+08:00' }], RESULT),
    ).toBeUndefined();
  });
});

describe('re-test reasons by region', () => {
  test('offers the national six everywhere and adds the regions’ extensions once each, in contract order', () => {
    expect(retestReasonsFor([])).toEqual([...NATIONAL_RETEST_REASONS]);
    expect(NATIONAL_RETEST_REASONS).not.toContain('patient_request');
    expect(
      retestReasonsFor([
        { retestReasonExtensions: ['physician_deems_necessary', 'patient_request'] },
        { retestReasonExtensions: ['patient_request'] },
      ]),
    ).toEqual([...NATIONAL_RETEST_REASONS, 'patient_request', 'physician_deems_necessary']);
  });

  test('refuses a regional reason where the region does not offer it', () => {
    expect(validateRetest({ reason: 'patient_request' }, NATIONAL_RETEST_REASONS)).toEqual([
      { pointer: '/reason', code: 'retest_reason_not_in_region' },
    ]);
    expect(
      validateRetest(
        { reason: 'patient_request' },
        retestReasonsFor([{ retestReasonExtensions: ['patient_request'] }]),
      ),
    ).toEqual([]);
  });
});

describe('validateAdoption', () => {
  test('accepts adopted with the explanation answered, and not adopted with an offered reason and the patient told', () => {
    expect(validateAdoption({ outcome: 'adopted', explainedToPatient: true })).toEqual([]);
    expect(validateAdoption({ outcome: 'adopted', explainedToPatient: false })).toEqual([]);
    expect(
      validateAdoption({ outcome: 'not_adopted', reason: 'emergency', explainedToPatient: true }),
    ).toEqual([]);
    expect(
      validateAdoption({
        outcome: 'not_adopted',
        reason: 'other',
        reasonText: '外院报告单位不清。',
        explainedToPatient: true,
      }),
    ).toEqual([]);
  });

  test('names every field at fault', () => {
    expect(validateAdoption({})).toEqual([
      { pointer: '/outcome', code: 'required' },
      { pointer: '/explainedToPatient', code: 'required' },
    ]);
    expect(validateAdoption({ outcome: 'not_adopted', explainedToPatient: false })).toEqual([
      { pointer: '/explainedToPatient', code: 'explanation_required' },
      { pointer: '/reason', code: 'adoption_reason_required' },
    ]);
    expect(validateAdoption({ outcome: 'not_adopted', reason: 'other', explainedToPatient: true })).toEqual([
      { pointer: '/reasonText', code: 'retest_reason_text_required' },
    ]);
    expect(validateAdoption({ outcome: 'adopted', reason: 'emergency', explainedToPatient: true })).toEqual([
      { pointer: '/reason', code: 'adoption_reason_not_allowed' },
    ]);
    expect(
      validateAdoption(
        { outcome: 'not_adopted', reason: 'eqa_failed', explainedToPatient: true },
        NATIONAL_RETEST_REASONS,
      ),
    ).toEqual([{ pointer: '/reason', code: 'retest_reason_not_in_region' }]);
  });

  test('lets only recognized and shared results be decided on', () => {
    expect(
      (['recognized', 'shared', 'expired', 'institution_not_qualified', 'item_not_in_list'] as const).filter(
        isRecognisable,
      ),
    ).toEqual(['recognized', 'shared']);
  });

  test('computes the rate as adopted over decisions, null without decisions', () => {
    expect(recognitionRate({ adopted: 3, decisions: 4 })).toBe(0.75);
    expect(recognitionRate({ adopted: 0, decisions: 0 })).toBeNull();
  });
});
