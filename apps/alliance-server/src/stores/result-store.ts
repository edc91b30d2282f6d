import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type Schemas = components['schemas'];

/** A registered result as stored (`results`). */
export interface ResultRow {
  id: string;
  item_code: string;
  kind: Schemas['ResultKind'];
  performing_institution_id: string;
  performed_at: Date;
  reported_at: Date | null;
  report_status: Schemas['Result']['reportStatus'];
  value: string | null;
  unit: string | null;
  reference_range: string | null;
  /** An imaging result's image study (what is recognised); `null` for lab results. */
  study: Schemas['ImagingStudyRef'] | null;
  /** The radiologist's impression: for information, never the recognised content. */
  impression: string | null;
  /** The whole identity, as registered (never masked). */
  patient: Schemas['Patient'];
  /** `patientKey` of the identity document: what a search by identity matches. */
  patient_key: string;
  referral_id: string | null;
  registered_at: Date;
  registered_by: Schemas['ActorRef'];
  registered_by_institution_id: string;
}

/** A re-test record as stored (`retest_records`). */
export interface RetestRecordRow {
  id: string;
  result_id: string;
  reason: Schemas['RetestReason'];
  reason_text: string | null;
  explained_to_patient: boolean | null;
  decision_at_record: Schemas['RecognitionDecision'];
  recorded_at: Date;
  recorded_by: Schemas['ActorRef'];
  /** The institution that recorded it. */
  institution_id: string;
}

/** What a search by identity filters on; `before` is the sort key of the last row of the previous page. */
export interface ResultSearch {
  patientKey: string;
  /** Only results registered by, or performed at, one of these institutions. */
  institutionIds: readonly string[];
  itemCodes?: readonly string[] | undefined;
  performedFrom?: Date | undefined;
  before?: { at: Date; id: string } | undefined;
  /** How many rows to read at most. */
  limit: number;
}

/** Stores a result and answers it as stored. */
export async function insertResult(tx: Queryable, row: ResultRow): Promise<ResultRow> {
  const { rows } = await tx.query<ResultRow>(
    `INSERT INTO results (id, item_code, kind, performing_institution_id, performed_at, reported_at, report_status, value, unit,
       reference_range, patient, patient_key, referral_id, registered_at, registered_by, registered_by_institution_id,
       study, impression)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING *`,
    [
      row.id,
      row.item_code,
      row.kind,
      row.performing_institution_id,
      row.performed_at,
      row.reported_at,
      row.report_status,
      row.value,
      row.unit,
      row.reference_range,
      JSON.stringify(row.patient),
      row.patient_key,
      row.referral_id,
      row.registered_at,
      JSON.stringify(row.registered_by),
      row.registered_by_institution_id,
      row.study === null ? null : JSON.stringify(row.study),
      row.impression,
    ],
  );
  const [stored] = rows;
  if (!stored) {
    throw new Error('INSERT … RETURNING answered no row');
  }
  return stored;
}

/**
 * A result registered by, or performed at, one of the institutions; `undefined` for any other id.
 * @param institutionIds - the institutions whose results may be read
 */
export async function findResultOf(
  db: Queryable,
  resultId: string,
  institutionIds: readonly string[],
): Promise<ResultRow | undefined> {
  const { rows } = await db.query<ResultRow>(
    `SELECT * FROM results WHERE id = $1
     AND (registered_by_institution_id = ANY($2) OR performing_institution_id = ANY($2))`,
    [resultId, [...institutionIds]],
  );
  return rows[0];
}

/** A patient's results, newest performed first (then by id, descending), after the `before` key when given. */
export async function searchResultRows(db: Queryable, search: ResultSearch): Promise<ResultRow[]> {
  const params: unknown[] = [search.patientKey, [...search.institutionIds], search.limit];
  const where = [
    'patient_key = $1',
    '(registered_by_institution_id = ANY($2) OR performing_institution_id = ANY($2))',
  ];
  if (search.itemCodes && search.itemCodes.length > 0) {
    params.push([...search.itemCodes]);
    where.push(`item_code = ANY($${params.length})`);
  }
  if (search.performedFrom !== undefined) {
    params.push(search.performedFrom);
    where.push(`performed_at >= $${params.length}`);
  }
  if (search.before !== undefined) {
    params.push(search.before.at, search.before.id);
    where.push(`(performed_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  const { rows } = await db.query<ResultRow>(
    `SELECT * FROM results WHERE ${where.join(' AND ')} ORDER BY performed_at DESC, id DESC LIMIT $3`,
    params,
  );
  return rows;
}

/** Stores a re-test record. */
export async function insertRetestRecord(tx: Queryable, row: RetestRecordRow): Promise<void> {
  await tx.query(
    `INSERT INTO retest_records (id, result_id, reason, reason_text, explained_to_patient, decision_at_record, recorded_at,
       recorded_by, institution_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      row.id,
      row.result_id,
      row.reason,
      row.reason_text,
      row.explained_to_patient,
      row.decision_at_record,
      row.recorded_at,
      JSON.stringify(row.recorded_by),
      row.institution_id,
    ],
  );
}

/**
 * A patient's results of the given items performed at or before `performedBy`, among those registered by, or
 * performed at, one of the institutions: what an order check weighs, newest first. Bounded per item by `perItem`.
 */
export async function resultRowsForItems(
  db: Queryable,
  filter: {
    patientKey: string;
    institutionIds: readonly string[];
    itemCodes: readonly string[];
    performedBy: Date;
    perItem: number;
  },
): Promise<ResultRow[]> {
  const { rows } = await db.query<ResultRow>(
    `SELECT * FROM (
       SELECT r.*, row_number() OVER (PARTITION BY item_code ORDER BY performed_at DESC, id DESC) AS rank_in_item
       FROM results r
       WHERE patient_key = $1 AND item_code = ANY($3) AND performed_at <= $4
         AND (registered_by_institution_id = ANY($2) OR performing_institution_id = ANY($2))
     ) ranked WHERE rank_in_item <= $5 ORDER BY item_code, performed_at DESC, id DESC`,
    [
      filter.patientKey,
      [...filter.institutionIds],
      [...filter.itemCodes],
      filter.performedBy,
      filter.perItem,
    ],
  );
  return rows.map(({ rank_in_item: _rank, ...row }: ResultRow & { rank_in_item?: unknown }) => row);
}
