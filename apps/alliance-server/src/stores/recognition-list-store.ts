import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type ResultKind = components['schemas']['ResultKind'];

/** A listing of an item in one scope's recognition list (`catalogue_items`). */
export interface CatalogueRow {
  code: string;
  kind: ResultKind;
  name_zh: string;
  name_en: string | null;
  abbreviation: string | null;
  category: string | null;
  loinc: string | null;
  validity_days: number;
  scope: string;
}

/** An institution's qualification for an item in a scope (`qualifications`); `valid_to` null while current. */
export interface QualificationRow {
  institution_id: string;
  item_code: string;
  scope: string;
  valid_from: Date;
  valid_to: Date | null;
}

/** The recognition scopes that apply at an institution: the `recognition_scope` of each of its alliances. */
export async function applicableScopes(db: Queryable, institutionId: string): Promise<string[]> {
  const { rows } = await db.query<{ scope: string }>(
    `SELECT DISTINCT a.recognition_scope AS scope FROM alliances a
     JOIN alliance_members m ON m.alliance_id = a.id WHERE m.institution_id = $1 ORDER BY 1`,
    [institutionId],
  );
  return rows.map((r) => r.scope);
}

/** The listings in the given scopes, optionally of one scope and one kind only, by scope, kind and code. */
export async function listCatalogue(
  db: Queryable,
  filter: { scopes: readonly string[]; scope?: string | undefined; kind?: ResultKind | undefined },
): Promise<CatalogueRow[]> {
  const { rows } = await db.query<CatalogueRow>(
    `SELECT * FROM catalogue_items WHERE scope = ANY($1)
       AND ($2::text IS NULL OR scope = $2) AND ($3::text IS NULL OR kind = $3)
     ORDER BY scope, kind, code`,
    [[...filter.scopes], filter.scope ?? null, filter.kind ?? null],
  );
  return rows;
}

/** Whether an item is listed in any of the given scopes. */
export async function isListedIn(db: Queryable, code: string, scopes: readonly string[]): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM catalogue_items WHERE code = $1 AND scope = ANY($2)', [
    code,
    [...scopes],
  ]);
  return rows.length > 0;
}

/** The listings of the given items in the given scopes, by code and scope. */
export async function catalogueListings(
  db: Queryable,
  codes: readonly string[],
  scopes: readonly string[],
): Promise<CatalogueRow[]> {
  if (codes.length === 0 || scopes.length === 0) {
    return [];
  }
  const { rows } = await db.query<CatalogueRow>(
    'SELECT * FROM catalogue_items WHERE code = ANY($1) AND scope = ANY($2) ORDER BY code, scope',
    [[...codes], [...scopes]],
  );
  return rows;
}

/** The kind of an item as listed in any scope (the first scope by name), or `undefined` for an unlisted code. */
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
