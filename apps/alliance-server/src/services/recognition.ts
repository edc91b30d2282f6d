import type { components } from '@yilian/contract';
import { evaluateRecognition } from '@yilian/domain';
import type { Actor } from '../auth.js';
import type { Queryable } from '../db/database.js';
import { allianceNeighbours, compact, iso, isoOrUndefined, patientFor } from './common.js';

type CatalogueItem = components['schemas']['CatalogueItem'];
type Qualification = components['schemas']['Qualification'];
type Result = components['schemas']['Result'];
type Patient = components['schemas']['Patient'];
type ActorRef = components['schemas']['ActorRef'];
type RecognitionOutcome = components['schemas']['RecognitionOutcome'];
type RecognitionDecision = components['schemas']['RecognitionDecision'];

export interface CatalogueRow {
  code: string;
  kind: CatalogueItem['kind'];
  name_zh: string;
  name_en: string | null;
  abbreviation: string | null;
  category: string | null;
  loinc: string | null;
  validity_days: number;
  scope: string;
}

export function toCatalogueItem(row: CatalogueRow): CatalogueItem {
  return compact({
    code: row.code,
    kind: row.kind,
    name: compact({ zh: row.name_zh, en: row.name_en ?? undefined }),
    abbreviation: row.abbreviation ?? undefined,
    category: row.category ?? undefined,
    loinc: row.loinc ?? undefined,
    validityDays: row.validity_days,
    scope: row.scope,
  });
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

/** The listings of the given items in the given scopes. */
export async function catalogueListings(
  db: Queryable,
  codes: readonly string[],
  scopes: readonly string[],
): Promise<CatalogueItem[]> {
  if (codes.length === 0 || scopes.length === 0) {
    return [];
  }
  const { rows } = await db.query<CatalogueRow>(
    'SELECT * FROM catalogue_items WHERE code = ANY($1) AND scope = ANY($2) ORDER BY code, scope',
    [[...codes], [...scopes]],
  );
  return rows.map(toCatalogueItem);
}

/** The qualification registry for the given items (every institution, every scope, current and lapsed). */
export async function qualificationsFor(db: Queryable, codes: readonly string[]): Promise<Qualification[]> {
  if (codes.length === 0) {
    return [];
  }
  const { rows } = await db.query<{
    institution_id: string;
    item_code: string;
    scope: string;
    valid_from: Date;
    valid_to: Date | null;
  }>(
    'SELECT * FROM qualifications WHERE item_code = ANY($1) ORDER BY item_code, institution_id, scope, valid_from',
    [[...codes]],
  );
  return rows.map((r) =>
    compact({
      institutionId: r.institution_id,
      itemCode: r.item_code,
      scope: r.scope,
      validFrom: iso(r.valid_from),
      validTo: isoOrUndefined(r.valid_to),
    }),
  );
}

const DECISION_RANK: Record<RecognitionDecision, number> = {
  recognized: 0,
  expired: 1,
  institution_not_qualified: 2,
  item_not_in_list: 3,
};

/**
 * The decision of the domain's `evaluateRecognition` for a result presented at `requestingInstitutionId`. An
 * institution in alliances of several scopes has several applicable lists; the result is evaluated against the
 * item's listing in each and the most favourable outcome is returned (recognized in any applicable list is
 * recognized). With no listing the domain answers `item_not_in_list`. Throws the domain's `RecognitionCheckError`
 * for an invalid check (e.g. `at` before `performedAt`).
 */
export function decideRecognition(
  listings: readonly CatalogueItem[],
  qualifications: readonly Qualification[],
  result: { id?: string; itemCode: string; performingInstitutionId: string; performedAt: string },
  requestingInstitutionId: string,
  at: string,
): RecognitionOutcome {
  const candidates = listings.filter((item) => item.code === result.itemCode);
  const outcomes = (candidates.length > 0 ? candidates : [undefined]).map((item) =>
    evaluateRecognition({ item, qualifications, result, requestingInstitutionId, at }),
  );
  return outcomes.reduce((best, next) =>
    DECISION_RANK[next.decision] < DECISION_RANK[best.decision] ? next : best,
  );
}

/** Everything `decideRecognition` needs from the database for results of these items presented at an institution. */
export async function recognitionFacts(db: Queryable, institutionId: string, codes: readonly string[]) {
  const scopes = await applicableScopes(db, institutionId);
  const [listings, qualifications] = await Promise.all([
    catalogueListings(db, codes, scopes),
    qualificationsFor(db, codes),
  ]);
  return { scopes, listings, qualifications };
}

export interface ResultRow {
  id: string;
  item_code: string;
  kind: Result['kind'];
  performing_institution_id: string;
  performed_at: Date;
  reported_at: Date | null;
  report_status: Result['reportStatus'];
  value: string | null;
  unit: string | null;
  reference_range: string | null;
  patient: Patient;
  patient_key: string;
  referral_id: string | null;
  registered_at: Date;
  registered_by: ActorRef;
  registered_by_institution_id: string;
}

/**
 * The `<scope>HR` mark of a result: printed when, in a scope applicable at the registering institution, the item is
 * listed and the performing institution was qualified at `performedAt` (the domain's rule, evaluated at age 0).
 */
export function hrMarkOf(
  row: Pick<
    ResultRow,
    'item_code' | 'performing_institution_id' | 'performed_at' | 'registered_by_institution_id'
  >,
  listings: readonly CatalogueItem[],
  qualifications: readonly Qualification[],
): string | undefined {
  const performedAt = iso(row.performed_at);
  const outcome = decideRecognition(
    listings,
    qualifications,
    { itemCode: row.item_code, performingInstitutionId: row.performing_institution_id, performedAt },
    row.registered_by_institution_id,
    performedAt,
  );
  return outcome.decision === 'recognized' ? outcome.hrMark : undefined;
}

/** Result rows as `actor` may see them, each with its HR mark in the registering institution's scopes. */
export async function toResults(db: Queryable, actor: Actor, rows: readonly ResultRow[]): Promise<Result[]> {
  const codes = [...new Set(rows.map((r) => r.item_code))];
  const registrars = [...new Set(rows.map((r) => r.registered_by_institution_id))];
  const qualifications = await qualificationsFor(db, codes);
  const listingsBy = new Map<string, CatalogueItem[]>();
  for (const institutionId of registrars) {
    listingsBy.set(
      institutionId,
      await catalogueListings(db, codes, await applicableScopes(db, institutionId)),
    );
  }
  return rows.map((row) =>
    compact({
      id: row.id,
      itemCode: row.item_code,
      kind: row.kind,
      performingInstitutionId: row.performing_institution_id,
      performedAt: iso(row.performed_at),
      reportedAt: isoOrUndefined(row.reported_at),
      reportStatus: row.report_status,
      value: row.value ?? undefined,
      unit: row.unit ?? undefined,
      referenceRange: row.reference_range ?? undefined,
      patient: patientFor(actor, row.patient),
      referralId: row.referral_id ?? undefined,
      hrMark: hrMarkOf(row, listingsBy.get(row.registered_by_institution_id) ?? [], qualifications),
      registeredAt: iso(row.registered_at),
      registeredBy: row.registered_by,
    }),
  );
}

/**
 * A result the actor may see: registered by, or performed at, an institution that shares an alliance with the
 * actor's institution. `undefined` for any other id, so callers answer 404 without revealing existence.
 */
export async function visibleResult(
  db: Queryable,
  actor: Actor,
  resultId: string,
): Promise<ResultRow | undefined> {
  const visible = await allianceNeighbours(db, actor.institutionId);
  const { rows } = await db.query<ResultRow>(
    `SELECT * FROM results WHERE id = $1
     AND (registered_by_institution_id = ANY($2) OR performing_institution_id = ANY($2))`,
    [resultId, visible],
  );
  return rows[0];
}

/**
 * Serializes the transactions that append to the event feed from here until they commit, so feed sequence order is
 * commit order and a reader's `after` cursor never steps over an event that commits later with a smaller sequence.
 */
export async function lockEventFeed(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(7216100)');
}
