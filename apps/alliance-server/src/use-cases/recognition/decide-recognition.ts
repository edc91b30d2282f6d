import type { components } from '@yilian/contract';
import { RecognitionCheckError, evaluateRecognition } from '@yilian/domain';
import type { Queryable } from '../../db/database.js';
import { failures } from '../../failure.js';
import {
  applicableScopes,
  catalogueListings,
  qualificationsFor,
} from '../../stores/recognition-list-store.js';
import { toCatalogueItem, toQualification } from './present-recognition.js';

type Schemas = components['schemas'];
type CatalogueItem = Schemas['CatalogueItem'];
type Qualification = Schemas['Qualification'];
type RecognitionOutcome = Schemas['RecognitionOutcome'];
type RecognitionDecision = Schemas['RecognitionDecision'];

/** The facts of a result that a decision needs (a registered result's, or those given in a check). */
export interface ResultFacts {
  id?: string;
  itemCode: string;
  performingInstitutionId: string;
  performedAt: string;
}

/** What a decision reads from the recognition lists: the items' listings in the applicable scopes, and the registry. */
export interface RecognitionFacts {
  listings: CatalogueItem[];
  qualifications: Qualification[];
}

// The most favourable first.
const DECISION_RANK: Record<RecognitionDecision, number> = {
  recognized: 0,
  shared: 1,
  expired: 2,
  institution_not_qualified: 3,
  item_not_in_list: 4,
};

/**
 * The decision of the domain's `evaluateRecognition` for a result presented at `requestingInstitutionId`. An
 * institution in alliances of several scopes has several applicable lists; the result is evaluated against the
 * item's listing in each and the most favourable outcome is returned (recognized in any applicable list is
 * recognized). With no listing the domain answers `item_not_in_list`. An invalid check (e.g. `at` before
 * `performedAt`) is a `validation_failed` failure with the domain's field issues.
 */
export function decideRecognition(
  { listings, qualifications }: RecognitionFacts,
  result: ResultFacts,
  requestingInstitutionId: string,
  at: string,
): RecognitionOutcome {
  const candidates = listings.filter((item) => item.code === result.itemCode);
  try {
    const outcomes = (candidates.length > 0 ? candidates : [undefined]).map((item) =>
      evaluateRecognition({ item, qualifications, result, requestingInstitutionId, at }),
    );
    return outcomes.reduce((best, next) =>
      DECISION_RANK[next.decision] < DECISION_RANK[best.decision] ? next : best,
    );
  } catch (error) {
    if (error instanceof RecognitionCheckError) {
      throw failures.validation(error.errors);
    }
    throw error;
  }
}

/** The listings and qualifications that decide on results of these items presented at an institution. */
export async function recognitionFacts(
  db: Queryable,
  institutionId: string,
  codes: readonly string[],
): Promise<RecognitionFacts> {
  const scopes = await applicableScopes(db, institutionId);
  const [listings, qualifications] = await Promise.all([
    catalogueListings(db, codes, scopes),
    qualificationsFor(db, codes),
  ]);
  return { listings: listings.map(toCatalogueItem), qualifications: qualifications.map(toQualification) };
}
