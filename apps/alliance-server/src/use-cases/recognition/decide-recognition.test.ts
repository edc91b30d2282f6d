import type { components } from '@yilian/contract';
import { describe, expect, it } from 'vitest';
import { Failure } from '../../failure.js';
import { decideRecognition } from './decide-recognition.js';

type CatalogueItem = components['schemas']['CatalogueItem'];
type Qualification = components['schemas']['Qualification'];

const listing = (scope: string, validityDays = 60): CatalogueItem => ({
  code: 'LAB_HBA1C',
  kind: 'lab',
  name: { zh: '糖化血红蛋白' },
  validityDays,
  scope,
  listType: 'recognition',
  regionId: 'rgn_jingjinji',
});
const qualified = (scope: string): Qualification => ({
  institutionId: 'ins_cz',
  itemCode: 'LAB_HBA1C',
  scope,
  validFrom: '2024-01-01T00:00:00+08:00',
});
const result = {
  itemCode: 'LAB_HBA1C',
  performingInstitutionId: 'ins_cz',
  performedAt: '2026-11-10T08:30:00+08:00',
};
const AT = '2026-11-22T10:00:00+08:00';

describe('deciding on a result at an institution with several applicable lists', () => {
  it('given the item listed in two scopes, the issuer qualified in the second only, recognizes it there', () => {
    const outcome = decideRecognition(
      { listings: [listing('京津冀'), listing('京蒙')], qualifications: [qualified('京蒙')] },
      result,
      'ins_pumch',
      AT,
    );
    expect(outcome).toMatchObject({ decision: 'recognized', hrMark: '京蒙HR' });
  });

  it('given expired in one scope and not qualified in the other, answers expired', () => {
    const outcome = decideRecognition(
      { listings: [listing('京津冀'), listing('京蒙', 7)], qualifications: [qualified('京蒙')] },
      result,
      'ins_pumch',
      AT,
    );
    expect(outcome.decision).toBe('expired');
  });

  it('given no listing of the item, answers item_not_in_list', () => {
    const outcome = decideRecognition({ listings: [], qualifications: [] }, result, 'ins_pumch', AT);
    expect(outcome.decision).toBe('item_not_in_list');
  });

  it('given a check dated before the result, refuses it as a validation failure on at', () => {
    let error: unknown;
    try {
      decideRecognition(
        { listings: [listing('京津冀')], qualifications: [] },
        result,
        'ins_pumch',
        '2026-11-09T00:00:00+08:00',
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Failure);
    expect((error as Failure).code).toBe('validation_failed');
    expect((error as Failure).issues).toEqual([{ pointer: '/at', code: 'out_of_range' }]);
  });
});
