import type { components } from '@yilian/contract';
import { NATIONAL_RETEST_REASONS } from '@yilian/domain';
import { describe, expect, it } from 'vitest';
import { Failure } from '../../failure.js';
import type { RecognitionFacts } from './decide-recognition.js';
import { decideRecognition } from './decide-recognition.js';

type CatalogueItem = components['schemas']['CatalogueItem'];
type Qualification = components['schemas']['Qualification'];

const listing = (scope: string, regionId: string, validityDays = 60): CatalogueItem => ({
  code: 'LAB_HBA1C',
  kind: 'lab',
  name: { zh: '糖化血红蛋白' },
  validityDays,
  scope,
  listType: 'recognition',
  regionId,
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

function facts(overrides: Partial<RecognitionFacts> = {}): RecognitionFacts {
  return {
    listings: [listing('全国', 'rgn_cn'), listing('京津冀', 'rgn_jingjinji')],
    qualifications: [qualified('京津冀')],
    retestReasons: [...NATIONAL_RETEST_REASONS],
    direction: 'mutual',
    levels: new Map([
      ['ins_pumch', 'tertiary'],
      ['ins_cz', 'tertiary'],
    ]),
    prices: new Map([['LAB_HBA1C', 8000]]),
    ...overrides,
  };
}

describe('deciding on a result at an institution with several applicable lists', () => {
  it('given the item in two lists, the issuer qualified in the second only, recognizes it there with the price', () => {
    const outcome = decideRecognition(facts(), result, 'ins_pumch', AT);
    expect(outcome).toMatchObject({ decision: 'recognized', hrMark: '京津冀HR', priceFen: 8000 });
  });

  it('given the performer of a lower level under lower_recognises_higher, recognizes it as not obligatory', () => {
    const outcome = decideRecognition(
      facts({
        direction: 'lower_recognises_higher',
        levels: new Map([
          ['ins_pumch', 'tertiary'],
          ['ins_cz', 'secondary'],
        ]),
      }),
      result,
      'ins_pumch',
      AT,
    );
    expect(outcome).toMatchObject({ decision: 'recognized', obligatory: false });
  });

  it('given no listing, answers item_not_in_list without a price: nothing is saved by an unlisted item', () => {
    const outcome = decideRecognition(facts({ listings: [] }), result, 'ins_pumch', AT);
    expect(outcome.decision).toBe('item_not_in_list');
    expect(outcome).not.toHaveProperty('priceFen');
  });

  it('turns an invalid check into a validation failure with the domain’s field issues', () => {
    expect(() => decideRecognition(facts(), result, 'ins_pumch', '2026-11-01T00:00:00+08:00')).toThrow(
      Failure,
    );
  });
});
