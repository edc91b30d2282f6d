import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type ResultKind = components['schemas']['ResultKind'];
type ListType = components['schemas']['RecognitionListType'];

/** A listing of an item in one scope's recognition list (`catalogue_items`). */
export interface CatalogueRow {
  code: string;
  kind: ResultKind;
  name_zh: string;
  name_zh_hant: string | null;
  name_en: string | null;
  abbreviation: string | null;
  category: string | null;
  loinc: string | null;
  /** `null` where no window is sourced for the item in this list. */
  validity_days: number | null;
  scope: string;
  list_id: string;
  list_type: ListType;
  region_id: string;
}

/** An institution's qualification for an item in a scope (`qualifications`); `valid_to` null while current. */
export interface QualificationRow {
  institution_id: string;
  item_code: string;
  scope: string;
  valid_from: Date;
  valid_to: Date | null;
}

/** A recognition region (`recognition_regions`); `direction` null inherits from the parent. */
export interface RegionRow {
  id: string;
  name_zh: string;
  name_zh_hant: string | null;
  name_en: string | null;
  level: components['schemas']['RecognitionRegionLevel'];
  parent_id: string | null;
  scope: string;
  direction: components['schemas']['RecognitionDirection'] | null;
  retest_reason_extensions: components['schemas']['RetestReason'][];
}

/** A region's list (`recognition_lists`) with its items and the institutions currently qualified for one of them. */
export interface RecognitionListRow {
  id: string;
  region_id: string;
  type: ListType;
  scope: string;
  name_zh: string;
  name_zh_hant: string | null;
  name_en: string | null;
  item_codes: string[];
  qualified_institution_ids: string[];
}

/** What recognition needs to know of an institution: its level and its narrowest region. */
export interface InstitutionRecognitionRow {
  id: string;
  level: components['schemas']['InstitutionLevel'];
  recognition_region_id: string | null;
}

// Widest first: a 全国 mark outranks a compact's, which outranks a province's.
const WIDEST_FIRST = `CASE r.level WHEN 'national' THEN 0 WHEN 'compact' THEN 1 WHEN 'province' THEN 2 ELSE 3 END`;

const LISTING = `SELECT c.*, l.type AS list_type, l.region_id FROM catalogue_items c
  JOIN recognition_lists l ON l.id = c.list_id JOIN recognition_regions r ON r.id = l.region_id`;

/** Every region, parents before children. */
export async function listRegions(db: Queryable): Promise<RegionRow[]> {
  const { rows } = await db.query<RegionRow>(
    `WITH RECURSIVE tree AS (
       SELECT r.*, 0 AS depth FROM recognition_regions r WHERE parent_id IS NULL
       UNION ALL SELECT c.*, t.depth + 1 FROM recognition_regions c JOIN tree t ON c.parent_id = t.id
     ) SELECT id, name_zh, name_zh_hant, name_en, level, parent_id, scope, direction, retest_reason_extensions
       FROM tree ORDER BY depth, id`,
  );
  return rows;
}

/**
 * The regions whose lists apply at an institution: its own region, then each parent up to 全国 (DOMAIN §5). An
 * institution with no region recognises only 全国 marks.
 */
export async function applicableRegions(db: Queryable, institutionId: string): Promise<RegionRow[]> {
  const { rows } = await db.query<RegionRow>(
    `WITH RECURSIVE chain AS (
       SELECT r.*, 0 AS depth FROM recognition_regions r
         WHERE r.id = COALESCE((SELECT recognition_region_id FROM institutions WHERE id = $1),
                               (SELECT id FROM recognition_regions WHERE parent_id IS NULL))
       UNION ALL SELECT p.*, c.depth + 1 FROM recognition_regions p JOIN chain c ON p.id = c.parent_id
     ) SELECT id, name_zh, name_zh_hant, name_en, level, parent_id, scope, direction, retest_reason_extensions
       FROM chain ORDER BY depth`,
    [institutionId],
  );
  return rows;
}

/** Level and region of the given institutions. */
export async function institutionRecognitionFacts(
  db: Queryable,
  ids: readonly string[],
): Promise<InstitutionRecognitionRow[]> {
  const { rows } = await db.query<InstitutionRecognitionRow>(
    'SELECT id, level, recognition_region_id FROM institutions WHERE id = ANY($1)',
    [[...ids]],
  );
  return rows;
}

/** The listings in the given regions' lists, optionally filtered, by scope, kind and code. */
export async function listCatalogue(
  db: Queryable,
  filter: {
    regionIds: readonly string[];
    scope?: string | undefined;
    kind?: ResultKind | undefined;
  },
): Promise<CatalogueRow[]> {
  const { rows } = await db.query<CatalogueRow>(
    `${LISTING} WHERE l.region_id = ANY($1)
       AND ($2::text IS NULL OR c.scope = $2) AND ($3::text IS NULL OR c.kind = $3)
     ORDER BY ${WIDEST_FIRST}, c.scope, c.kind, c.code`,
    [[...filter.regionIds], filter.scope ?? null, filter.kind ?? null],
  );
  return rows;
}

/** Whether an item is listed in a list of any of the given regions. */
export async function isListedIn(
  db: Queryable,
  code: string,
  regionIds: readonly string[],
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM catalogue_items c JOIN recognition_lists l ON l.id = c.list_id
     WHERE c.code = $1 AND l.region_id = ANY($2)`,
    [code, [...regionIds]],
  );
  return rows.length > 0;
}

/**
 * The listings of the given items in the lists of the given regions (every region when `regionIds` is omitted),
 * widest region first.
 */
export async function catalogueListings(
  db: Queryable,
  codes: readonly string[],
  regionIds?: readonly string[],
): Promise<CatalogueRow[]> {
  if (codes.length === 0 || regionIds?.length === 0) {
    return [];
  }
  const { rows } = await db.query<CatalogueRow>(
    `${LISTING} WHERE c.code = ANY($1) AND ($2::text[] IS NULL OR l.region_id = ANY($2))
     ORDER BY ${WIDEST_FIRST}, c.code, c.scope`,
    [[...codes], regionIds === undefined ? null : [...regionIds]],
  );
  return rows;
}

/** The kind of an item as listed in any list (the first scope by name), or `undefined` for an unlisted code. */
export async function catalogueKind(db: Queryable, code: string): Promise<ResultKind | undefined> {
  const { rows } = await db.query<{ kind: ResultKind }>(
    'SELECT kind FROM catalogue_items WHERE code = $1 ORDER BY scope LIMIT 1',
    [code],
  );
  return rows[0]?.kind;
}

/** The qualification registry for the given items: every institution, every scope, current and lapsed. */
export async function qualificationsFor(
  db: Queryable,
  codes: readonly string[],
): Promise<QualificationRow[]> {
  if (codes.length === 0) {
    return [];
  }
  const { rows } = await db.query<QualificationRow>(
    'SELECT * FROM qualifications WHERE item_code = ANY($1) ORDER BY item_code, institution_id, scope, valid_from',
    [[...codes]],
  );
  return rows;
}

/** The prices of the given items, at every institution or at one. */
export async function itemPrices(
  db: Queryable,
  codes: readonly string[],
  institutionId?: string,
): Promise<{ item_code: string; institution_id: string; price_fen: number }[]> {
  if (codes.length === 0) {
    return [];
  }
  const { rows } = await db.query<{ item_code: string; institution_id: string; price_fen: number }>(
    `SELECT item_code, institution_id, price_fen FROM item_prices
     WHERE item_code = ANY($1) AND ($2::text IS NULL OR institution_id = $2) ORDER BY item_code, institution_id`,
    [[...codes], institutionId ?? null],
  );
  return rows;
}

/**
 * The lists, optionally of one region and one type, each with its item codes and the institutions whose
 * qualification for one of its items holds at `at`.
 */
export async function listRecognitionLists(
  db: Queryable,
  filter: { regionId?: string | undefined; type?: ListType | undefined; at: Date },
): Promise<RecognitionListRow[]> {
  const { rows } = await db.query<RecognitionListRow>(
    `SELECT l.id, l.region_id, l.type, r.scope, l.name_zh, l.name_zh_hant, l.name_en,
       COALESCE((SELECT array_agg(c.code ORDER BY c.code) FROM catalogue_items c WHERE c.list_id = l.id), '{}') AS item_codes,
       COALESCE((SELECT array_agg(DISTINCT q.institution_id ORDER BY q.institution_id)
          FROM qualifications q JOIN catalogue_items c ON c.code = q.item_code AND c.scope = q.scope
          WHERE c.list_id = l.id AND q.valid_from <= $3 AND (q.valid_to IS NULL OR q.valid_to > $3)), '{}')
         AS qualified_institution_ids
     FROM recognition_lists l JOIN recognition_regions r ON r.id = l.region_id
     WHERE ($1::text IS NULL OR l.region_id = $1) AND ($2::text IS NULL OR l.type = $2)
     ORDER BY ${WIDEST_FIRST}, l.region_id, l.type`,
    [filter.regionId ?? null, filter.type ?? null, filter.at],
  );
  return rows;
}
