import type { components } from '@yilian/contract';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  RETEST_REASONS,
  RecognitionCheckError,
  evaluateRecognition,
  validateRetest,
  type EvaluateRecognitionInput,
} from './recognition.js';
import { addDays, shanghaiDate, startOfShanghaiDay } from './shanghai-time.js';

type Schemas = components['schemas'];

const HBA1C: Schemas['CatalogueItem'] = {
  code: 'LAB_HBA1C',
  kind: 'lab',
  name: { zh: '糖化血红蛋白', en: 'Glycated haemoglobin' },
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
      validityDays: 60,
      ageDays: 12,
      lapsesAt: '2027-01-10T00:00:00+08:00',
      reasons: [
        {
          code: 'item_in_list',
          message: { zh: '该项目在京津冀互认目录内。', en: 'The item is on the 京津冀 recognition list.' },
        },
        {
          code: 'issuer_qualified',
          message: {
            zh: '出具机构在检查检验时具备该项目的京津冀互认资质。',
            en: 'The performing institution was qualified for this item (京津冀) when the result was produced.',
          },
        },
        {
          code: 'within_window',
          message: {
            zh: '结果在60天互认有效期内（已过12天）。',
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
        'patient_request',
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
    expect(outcome.retestReasons).toEqual([...RETEST_REASONS]);
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
          expect(outcome.retestReasons).toHaveLength(7);
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
