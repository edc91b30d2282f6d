import type { components } from '@yilian/contract';
import {
  RecognitionCheckError,
  effectiveDirection,
  recogniseInLists,
  retestReasonsFor,
} from '@yilian/domain';
import type { Queryable } from '../../db/database.js';
import { failures } from '../../failure.js';
import {
  applicableRegions,
  catalogueListings,
  institutionRecognitionFacts,
  itemPrices,
  qualificationsFor,
} from '../../stores/recognition-list-store.js';
import { toCatalogueItem, toQualification } from './present-recognition.js';

type Schemas = components['schemas'];
type CatalogueItem = Schemas['CatalogueItem'];
type Qualification = Schemas['Qualification'];
type RecognitionOutcome = Schemas['RecognitionOutcome'];

/** The facts of a result that a decision needs (a registered result's, or those given in a check). */
export interface ResultFacts {
  id?: string;
  itemCode: string;
  performingInstitutionId: string;
  performedAt: string;
  study?: Schemas['ImagingStudyRef'];
}

/**
 * What a decision at one institution reads: the items' listings in the lists of its regions (widest first), the
 * qualification registry, the re-test reasons and the direction rule of its regions, the institutions' levels,
 * and the items' prices at the institution.
 */
export interface RecognitionFacts {
  listings: CatalogueItem[];
  qualifications: Qualification[];
  retestReasons: Schemas['RetestReason'][];
  direction: Schemas['RecognitionDirection'];
  levels: ReadonlyMap<string, Schemas['InstitutionLevel']>;
  prices: ReadonlyMap<string, number>;
}

/**
 * The domain's decision for a result presented at `requestingInstitutionId`: the most favourable outcome over the
 * item's listings in the institution's regions (`recogniseInLists`), with the direction rule between the two
 * institutions and the item's price at the requesting one. An invalid check (e.g. `at` before `performedAt`) is a
 * `validation_failed` failure with the domain's field issues.
 */
export function decideRecognition(
  facts: RecognitionFacts,
  result: ResultFacts,
  requestingInstitutionId: string,
  at: string,
): RecognitionOutcome {
  const requestingLevel = facts.levels.get(requestingInstitutionId);
  const performingLevel = facts.levels.get(result.performingInstitutionId);
  try {
    const outcome = recogniseInLists({
      listings: facts.listings,
      qualifications: facts.qualifications,
      result,
      requestingInstitutionId,
      at,
      retestReasons: facts.retestReasons,
      ...(requestingLevel && performingLevel
        ? { direction: { rule: facts.direction, requestingLevel, performingLevel } }
        : {}),
    });
    // The price says what adopting saves: only for an item on one of the institution's lists.
    const priceFen = facts.prices.get(result.itemCode);
    return priceFen === undefined || outcome.decision === 'item_not_in_list'
      ? outcome
      : { ...outcome, priceFen };
  } catch (error) {
    if (error instanceof RecognitionCheckError) {
      throw failures.validation(error.errors);
    }
    throw error;
  }
}

/**
 * The facts that decide on results of these items, performed at these institutions, presented at an institution.
 */
export async function recognitionFacts(
  db: Queryable,
  institutionId: string,
  codes: readonly string[],
  performingInstitutionIds: readonly string[] = [],
): Promise<RecognitionFacts> {
  const regions = await applicableRegions(db, institutionId);
  const [listings, qualifications, institutions, prices] = await Promise.all([
    catalogueListings(
      db,
      codes,
      regions.map((r) => r.id),
    ),
    qualificationsFor(db, codes),
    institutionRecognitionFacts(db, [institutionId, ...performingInstitutionIds]),
    itemPrices(db, codes, institutionId),
  ]);
  const configs = regions.map((r) => ({
    retestReasonExtensions: r.retest_reason_extensions,
    direction: r.direction ?? undefined,
  }));
  return {
    listings: listings.map((row) => toCatalogueItem(row)),
    qualifications: qualifications.map(toQualification),
    retestReasons: retestReasonsFor(configs),
    direction: effectiveDirection(configs),
    levels: new Map(institutions.map((i) => [i.id, i.level])),
    prices: new Map(prices.map((p) => [p.item_code, p.price_fen])),
  };
}
