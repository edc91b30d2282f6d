import type { components } from '@yilian/contract';
import { performedMark } from '@yilian/domain';
import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';
import { catalogueListings, qualificationsFor } from '../../stores/recognition-list-store.js';
import type { ResultRow } from '../../stores/result-store.js';
import { iso } from '../shared/present.js';
import { toCatalogueItem, toQualification, toResult as presentRow } from './present-recognition.js';

type Result = components['schemas']['Result'];

/**
 * Result rows as `actor` may see them, each with the mark its performing institution printed: from that
 * institution's own qualification for the item at the time performed, in the widest list holding the item —
 * whoever registered the result (DOMAIN §5).
 */
export async function presentResults(
  db: Queryable,
  actor: Actor,
  rows: readonly ResultRow[],
): Promise<Result[]> {
  const codes = [...new Set(rows.map((r) => r.item_code))];
  const [listings, qualifications] = await Promise.all([
    catalogueListings(db, codes),
    qualificationsFor(db, codes),
  ]);
  const items = listings.map((row) => toCatalogueItem(row));
  const registry = qualifications.map(toQualification);
  return rows.map((row) => toResult(row, actor, items, registry));
}

function toResult(
  row: ResultRow,
  actor: Actor,
  listings: Parameters<typeof performedMark>[0],
  qualifications: Parameters<typeof performedMark>[1],
): Result {
  const mark = performedMark(listings, qualifications, {
    itemCode: row.item_code,
    performingInstitutionId: row.performing_institution_id,
    performedAt: iso(row.performed_at),
  });
  return presentRow(row, actor, mark);
}

/** The mark a result carries (from its performing institution, as `presentResults` prints it), if any. */
export async function performedMarkOf(db: Queryable, row: ResultRow): Promise<string | undefined> {
  const [listings, qualifications] = await Promise.all([
    catalogueListings(db, [row.item_code]),
    qualificationsFor(db, [row.item_code]),
  ]);
  return performedMark(
    listings.map((l) => toCatalogueItem(l)),
    qualifications.map(toQualification),
    {
      itemCode: row.item_code,
      performingInstitutionId: row.performing_institution_id,
      performedAt: iso(row.performed_at),
    },
  );
}

/** One result row as `actor` may see it, with its mark. */
export async function presentResult(db: Queryable, actor: Actor, row: ResultRow): Promise<Result> {
  const [result] = await presentResults(db, actor, [row]);
  if (!result) {
    throw new Error('presentResults answered no result for one row');
  }
  return result;
}
