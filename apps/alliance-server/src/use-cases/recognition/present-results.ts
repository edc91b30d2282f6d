import type { components } from '@yilian/contract';
import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';
import {
  applicableScopes,
  catalogueListings,
  qualificationsFor,
} from '../../stores/recognition-list-store.js';
import type { ResultRow } from '../../stores/result-store.js';
import { iso } from '../shared/present.js';
import type { RecognitionFacts } from './decide-recognition.js';
import { decideRecognition, recognitionFacts } from './decide-recognition.js';
import { toCatalogueItem, toQualification, toResult } from './present-recognition.js';

type Result = components['schemas']['Result'];

/**
 * The `<scope>HR` mark of a result: printed when, in a scope applicable at the registering institution, the item is
 * listed and the performing institution was qualified at `performedAt` (the domain's rule, evaluated at age 0).
 */
export function hrMarkOf(row: ResultRow, facts: RecognitionFacts): string | undefined {
  const performedAt = iso(row.performed_at);
  const outcome = decideRecognition(
    facts,
    { itemCode: row.item_code, performingInstitutionId: row.performing_institution_id, performedAt },
    row.registered_by_institution_id,
    performedAt,
  );
  return outcome.decision === 'recognized' ? outcome.hrMark : undefined;
}

/** Result rows as `actor` may see them, each with its HR mark in the registering institution's scopes. */
export async function presentResults(
  db: Queryable,
  actor: Actor,
  rows: readonly ResultRow[],
): Promise<Result[]> {
  const codes = [...new Set(rows.map((r) => r.item_code))];
  const registrars = [...new Set(rows.map((r) => r.registered_by_institution_id))];
  const qualifications = (await qualificationsFor(db, codes)).map(toQualification);
  const listingsBy = new Map<string, RecognitionFacts['listings']>();
  for (const institutionId of registrars) {
    const listings = await catalogueListings(db, codes, await applicableScopes(db, institutionId));
    listingsBy.set(institutionId, listings.map(toCatalogueItem));
  }
  return rows.map((row) =>
    toResult(
      row,
      actor,
      hrMarkOf(row, { listings: listingsBy.get(row.registered_by_institution_id) ?? [], qualifications }),
    ),
  );
}

/** One result row as `actor` may see it, with its HR mark. */
export async function presentResult(db: Queryable, actor: Actor, row: ResultRow): Promise<Result> {
  const facts = await recognitionFacts(db, row.registered_by_institution_id, [row.item_code]);
  return toResult(row, actor, hrMarkOf(row, facts));
}
