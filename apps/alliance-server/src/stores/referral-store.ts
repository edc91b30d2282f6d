import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type Schemas = components['schemas'];
type Referral = Schemas['Referral'];
type ReferralStatus = Schemas['ReferralStatus'];
type ActorRef = Schemas['ActorRef'];

/** The free-form parts of a referral form kept together in `referrals.details`. */
export interface ReferralDetails {
  clinicalSummary?: string;
  allergies?: string;
  rehabPlan?: string;
  medications?: string;
  followUpDates?: string[];
  escortRequired?: boolean;
  mainResults?: string;
  tcmDiagnosis?: Schemas['TcmDiagnosis'];
  sendingRecordNumbers?: Schemas['RecordNumbers'];
  escort?: Schemas['Escort'];
}

/** An attachment as the referral select aggregates it. */
export interface AttachmentJson {
  id: string;
  kind: Schemas['Attachment']['kind'];
  title: string;
  resultId: string | null;
  contentType: string | null;
  sizeBytes: number | string | null;
  sha256: string | null;
  addedAt: string;
  addedBy: string;
}

/** A `referrals` row with its attachments and the children the reader may see. */
export interface ReferralRow {
  id: string;
  number: string;
  version: number;
  status: ReferralStatus;
  direction: Referral['direction'];
  urgency: Referral['urgency'];
  green_channel_category: Referral['greenChannelCategory'] | null;
  sending_institution_id: string;
  sending_department_id: string | null;
  receiving_institution_id: string;
  receiving_department_id: string | null;
  receiving_clinician_id: string | null;
  parent_referral_id: string | null;
  /** The consultation the referral follows from (migration 010); absent from rows selected before it. */
  consultation_id?: string | null;
  patient: Schemas['Patient'];
  patient_key: string;
  diagnosis: Schemas['Diagnosis'];
  reason: string;
  details: ReferralDetails;
  consent: Schemas['Consent'];
  appointment: Schemas['ReferralAppointment'] | null;
  rejection: Schemas['ReasonRecord'] | null;
  cancellation: Schemas['ReasonRecord'] | null;
  report: Schemas['ReferralReport'] | null;
  closing_note: string | null;
  return_record: Schemas['ReturnRecord'] | null;
  escalated_at: Date | string | null;
  signature: Schemas['ReferralSignature'] | null;
  receiving_record_numbers: Schemas['RecordNumbers'] | null;
  submitted_at: Date | string | null;
  answer_due_at: Date | string | null;
  expires_at: Date | string | null;
  arrived_at: Date | string | null;
  closed_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  created_by: ActorRef;
  attachments: AttachmentJson[];
  child_ids: string[];
}

/**
 * The columns of a referral's content: what a create writes and an edit of a draft writes again, in the one order
 * both statements list them, and whether each is stored as JSON.
 */
const CONTENT_COLUMNS = {
  direction: 'value',
  urgency: 'value',
  green_channel_category: 'value',
  sending_department_id: 'value',
  receiving_institution_id: 'value',
  receiving_department_id: 'value',
  receiving_clinician_id: 'value',
  parent_referral_id: 'value',
  patient: 'json',
  patient_key: 'value',
  diagnosis: 'json',
  reason: 'value',
  details: 'json',
  consent: 'json',
} as const satisfies Partial<Record<keyof ReferralRow, 'json' | 'value'>>;

type ContentColumn = keyof typeof CONTENT_COLUMNS;
const CONTENT_COLUMN_NAMES = Object.keys(CONTENT_COLUMNS) as ContentColumn[];

/** The content columns an edit of a draft writes, all of them at once (the merged content). */
export type ReferralContentRow = Pick<ReferralRow, ContentColumn> & { updated_at: Date };

/** A new referral, version 1: the columns of a stored one that a create writes, with its instants as written. */
export type NewReferralRow = Pick<
  ReferralRow,
  'id' | 'number' | 'status' | 'sending_institution_id' | 'created_by' | ContentColumn
> & {
  submitted_at: Date | null;
  answer_due_at: Date | null;
  expires_at: Date | null;
  /** Also its `updated_at`. */
  created_at: Date;
};

/** The content's parameters, in `CONTENT_COLUMN_NAMES` order: JSON columns as JSON text. */
function contentParams(row: Pick<ReferralRow, ContentColumn>): unknown[] {
  return CONTENT_COLUMN_NAMES.map((column) =>
    CONTENT_COLUMNS[column] === 'json' ? JSON.stringify(row[column]) : row[column],
  );
}

/** `$from, $from+1, …` for `count` parameters. */
function placeholders(from: number, count: number): string {
  return Array.from({ length: count }, (_, index) => `$${from + index}`).join(', ');
}

const CONTENT_COUNT = CONTENT_COLUMN_NAMES.length;
// id, number, status, sending institution; then the content; then the instants and the author.
const INSERT_REFERRAL_SQL = `INSERT INTO referrals (id, number, version, status, sending_institution_id,
   ${CONTENT_COLUMN_NAMES.join(', ')}, submitted_at, answer_due_at, expires_at, created_at, updated_at, created_by)
 VALUES ($1, $2, 1, $3, $4, ${placeholders(5, CONTENT_COUNT)}, ${placeholders(5 + CONTENT_COUNT, 4)},
   $${5 + CONTENT_COUNT + 3}, $${5 + CONTENT_COUNT + 4})`;
// id, expected version, statuses; then the content and its instant.
const UPDATE_CONTENT_SQL = `UPDATE referrals SET ${CONTENT_COLUMN_NAMES.map((column, index) => `${column} = $${4 + index}`).join(', ')},
   updated_at = $${4 + CONTENT_COUNT}, version = version + 1
 WHERE id = $1 AND version = $2 AND status = ANY($3) RETURNING version`;

/** A new `referral_attachments` row. */
export interface NewAttachmentRow {
  id: string;
  referral_id: string;
  position: number;
  kind: Schemas['Attachment']['kind'];
  title: string;
  result_id: string | null;
  content_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  added_at: Date;
  added_by: string;
}

/** What a command writes to a referral besides its version: the new status and the columns the command fills. */
export interface ReferralChanges {
  status: ReferralStatus;
  updated_at: Date;
  submitted_at?: Date;
  answer_due_at?: Date;
  /** `null` for green channel, which never expires. */
  expires_at?: Date | null;
  /** `null` clears it: a resubmission starts a new answer SLA, which may escalate again. */
  escalated_at?: Date | null;
  return_record?: Schemas['ReturnRecord'];
  appointment?: Schemas['ReferralAppointment'];
  receiving_department_id?: string;
  receiving_clinician_id?: string | null;
  rejection?: Schemas['ReasonRecord'];
  cancellation?: Schemas['ReasonRecord'];
  arrived_at?: Date;
  report?: Schemas['ReferralReport'];
  closing_note?: string;
  closed_at?: Date;
  signature?: Schemas['ReferralSignature'];
  receiving_record_numbers?: Schemas['RecordNumbers'];
}

/** The columns of `ReferralChanges`, and whether each is stored as JSON. */
const CHANGE_COLUMNS: Readonly<Record<keyof ReferralChanges, 'json' | 'value'>> = {
  status: 'value',
  updated_at: 'value',
  submitted_at: 'value',
  answer_due_at: 'value',
  expires_at: 'value',
  escalated_at: 'value',
  return_record: 'json',
  appointment: 'json',
  receiving_department_id: 'value',
  receiving_clinician_id: 'value',
  rejection: 'json',
  cancellation: 'json',
  arrived_at: 'value',
  report: 'json',
  closing_note: 'value',
  closed_at: 'value',
  signature: 'json',
  receiving_record_numbers: 'json',
};

/** A referral the expiry sweep moved to `expired`. */
export interface ExpiredReferralRow {
  id: string;
  version: number;
  expires_at: Date | string;
  sending_institution_id: string;
  receiving_institution_id: string;
}

/** A green-channel referral the escalation sweep found unanswered at its SLA. */
export interface EscalatedReferralRow {
  id: string;
  version: number;
  answer_due_at: Date | string;
  sending_institution_id: string;
  receiving_institution_id: string;
}

/** Which referrals a sweep or a list is limited to. */
export interface ReferralScope {
  referralId?: string;
  institutionId?: string;
}

/** The filters of a referral list or count, all optional. */
export interface ReferralFilter {
  direction?: Referral['direction'];
  statuses?: readonly ReferralStatus[];
  urgency?: Referral['urgency'];
  partyInstitutionId?: string;
  side?: 'sending' | 'receiving';
  createdFrom?: Date;
  createdTo?: Date;
  /** A department of the reader's institution: its sending department where it sends, receiving where it receives. */
  departmentId?: string;
  /** The beginning of a referral number, upper case, letters, digits and hyphens only. */
  numberPrefix?: string;
}

/** The order of a referral list, as the contract's `ReferralSort` names it. */
export type ReferralListOrder = Schemas['ReferralSort'];

/** A page request of a referral list: its filters, its order, how many rows, and where the last page ended. */
export type ReferralListQuery = ReferralFilter & {
  /** How many rows to read. */
  limit: number;
} & (
    | { sort: 'newest'; after?: { at: Date; id: string } }
    | { sort: 'green_first'; after?: { rank: number; due: Date | null; at: Date; id: string } }
  );

/** A listed referral row with its rank in the green-first order (green channel 0, urgent 1, routine 2). */
export type ListedReferralRow = ReferralRow & { sort_rank: number };

/**
 * The green-first rank and deadline as SQL, spelled exactly as migration 005's queue indexes spell them so that the
 * planner matches the expressions to the indexes.
 */
const URGENCY_RANK = `(CASE r.urgency WHEN 'green_channel' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END)`;
const DUE_OR_NEVER = `COALESCE(r.answer_due_at, 'infinity'::timestamptz)`;

/** The two sides of the reader's visibility, each with its own department column. */
const SIDES = [
  { side: 'sending', visible: 'r.sending_institution_id = $1', department: 'r.sending_department_id' },
  {
    side: 'receiving',
    visible: 'r.receiving_institution_id = $1 AND r.submitted_at IS NOT NULL',
    department: 'r.receiving_department_id',
  },
] as const;

/**
 * The WHERE of each side a filter asks for, the reader's institution as `$1` and the values in `params`.
 * @returns the sides with their conditions joined by AND
 */
function sideConditions(
  filter: ReferralFilter,
  params: unknown[],
): { side: 'sending' | 'receiving'; where: string }[] {
  const common: string[] = [];
  const add = (into: string[], sql: string, value: unknown) => {
    params.push(value);
    into.push(sql.replace(/\?/g, `$${params.length}`));
  };
  if (filter.direction) {
    add(common, 'r.direction = ?', filter.direction);
  }
  if (filter.statuses && filter.statuses.length > 0) {
    add(common, 'r.status = ANY(?)', filter.statuses);
  }
  if (filter.urgency) {
    add(common, 'r.urgency = ?', filter.urgency);
  }
  if (filter.partyInstitutionId) {
    add(
      common,
      '(r.sending_institution_id = ? OR r.receiving_institution_id = ?)',
      filter.partyInstitutionId,
    );
  }
  if (filter.createdFrom) {
    add(common, 'r.created_at >= ?', filter.createdFrom);
  }
  if (filter.createdTo) {
    add(common, 'r.created_at < ?', filter.createdTo);
  }
  if (filter.numberPrefix) {
    // The prefix holds no LIKE wildcard (the contract's pattern admits letters, digits and hyphens only).
    add(common, 'r.number LIKE ?', `${filter.numberPrefix}%`);
  }
  let department: string | undefined;
  if (filter.departmentId) {
    params.push(filter.departmentId);
    department = `$${params.length}`;
  }
  return SIDES.filter(({ side }) => filter.side === undefined || filter.side === side).map(
    ({ side, visible, department: column }) => ({
      side,
      where: [visible, ...common, ...(department ? [`${column} = ${department}`] : [])].join(' AND '),
    }),
  );
}

/**
 * Who may see a referral: the sending institution always, the receiving one once it has been submitted to it
 * (a draft is still the referring doctor's working copy, DOMAIN §3 and PIPL minimum necessary).
 * @param param - the SQL placeholder holding the reader's institution id, e.g. `$2`
 */
function visibleTo(param: string, alias = 'r'): string {
  return `(${alias}.sending_institution_id = ${param} OR (${alias}.receiving_institution_id = ${param} AND ${alias}.submitted_at IS NOT NULL))`;
}

/**
 * The select of a referral with its attachments (in order) and the child referrals the reader may see.
 * @param readerParam - the SQL placeholder holding the reader's institution id
 * @param from - the referral rows, aliased `r`
 */
function referralSelect(readerParam: string, from = 'referrals r'): string {
  return `SELECT r.*,
    COALESCE((SELECT json_agg(json_build_object('id', a.id, 'kind', a.kind, 'title', a.title, 'resultId', a.result_id,
        'contentType', a.content_type, 'sizeBytes', a.size_bytes, 'sha256', a.sha256, 'addedAt', a.added_at, 'addedBy', a.added_by)
        ORDER BY a.position)
      FROM referral_attachments a WHERE a.referral_id = r.id), '[]') AS attachments,
    ARRAY(SELECT c.id FROM referrals c WHERE c.parent_referral_id = r.id AND ${visibleTo(readerParam, 'c')}
      ORDER BY c.created_at, c.id) AS child_ids
  FROM ${from}`;
}

/** A referral the reader's institution may see, or `undefined` (answered as a 404 either way). */
export async function findReferral(
  db: Queryable,
  referralId: string,
  readerInstitutionId: string,
): Promise<ReferralRow | undefined> {
  const { rows } = await db.query<ReferralRow>(
    `${referralSelect('$2')} WHERE r.id = $1 AND ${visibleTo('$2')}`,
    [referralId, readerInstitutionId],
  );
  return rows[0];
}

/**
 * The referrals the reader's institution may see, in the query's order. The visibility rule is an OR of two sides
 * (it sends, or it receives a submitted referral), which no single index answers; so each side is read on its own
 * index in keyset order, `limit` rows at most, and the two are merged (`UNION ALL`: a referral never has the same
 * institution on both sides). The cost follows the page, not the institution's history.
 */
export async function listReferrals(
  db: Queryable,
  readerInstitutionId: string,
  query: ReferralListQuery,
): Promise<ListedReferralRow[]> {
  const { sql, params } = listSql(readerInstitutionId, query);
  const { rows } = await db.query<ListedReferralRow>(sql, params);
  return ranked(rows);
}

/**
 * The rows with their rank as a number, changed in place: a copy of a row of some fifty columns (`{ ...row }`)
 * cost more CPU than presenting it, and the rows are the driver's, made for this call alone (#12).
 */
function ranked<TRow extends { sort_rank: number }>(rows: TRow[]): TRow[] {
  for (const row of rows) {
    row.sort_rank = Number(row.sort_rank);
  }
  return rows;
}

/**
 * `listReferrals`, asking in the same statement whether a sweep is due for the reader's institution (the probe of
 * `hasDueReferrals`): a list read is then one round trip, not two. When one is due the page is not read (`due`
 * and no rows): the caller sweeps and lists again, so the page never shows a referral its deadline has changed.
 */
export async function listReferralsUnlessDue(
  db: Queryable,
  readerInstitutionId: string,
  query: ReferralListQuery,
  now: Date,
): Promise<{ due: boolean; rows: ListedReferralRow[] }> {
  const { sql, params, order } = listSql(readerInstitutionId, query);
  params.push(now);
  // One probe row; the page joined to it only when nothing is due (a one-time filter: it is not read otherwise).
  // MATERIALIZED: inlined, the probe's four subqueries were planned and run twice (for the column and the filter),
  // which made the one statement slower than the two it replaces (psql, 200 runs each).
  const { rows } = await db.query<ListedReferralRow & { sweep_due?: boolean | null }>(
    `WITH probe AS MATERIALIZED (SELECT ${institutionDueSql(`$${params.length}`, '$1')} AS sweep_due)
     SELECT probe.sweep_due, r.* FROM probe
     LEFT JOIN LATERAL (SELECT * FROM (${sql}) listed WHERE probe.sweep_due IS NOT TRUE) r ON true
     ORDER BY ${order}`,
    params,
  );
  if (rows[0]?.sweep_due === true) {
    return { due: true, rows: [] };
  }
  // No referral on the page: the one probe row, its page columns null. Otherwise every row is a referral; its
  // `sweep_due` column is left on it (no presenter reads it) rather than copying the row to drop it.
  return { due: false, rows: rows.length === 1 && rows[0]?.id === null ? [] : ranked(rows) };
}

/** The statement of a list page, its parameters (the reader's institution as `$1`) and its order over `r`. */
function listSql(
  readerInstitutionId: string,
  query: ReferralListQuery,
): { sql: string; params: unknown[]; order: string } {
  const params: unknown[] = [readerInstitutionId];
  const sides = sideConditions(query, params);
  let after: string | undefined;
  let order: string;
  if (query.sort === 'green_first') {
    order = 'sort_rank, sort_due, r.created_at, r.id';
    if (query.after) {
      const { rank, due, at, id } = query.after;
      params.push(rank, due, at, id);
      const n = params.length;
      after = `(${URGENCY_RANK}, ${DUE_OR_NEVER}, r.created_at, r.id) >
        ($${n - 3}::int, COALESCE($${n - 2}::timestamptz, 'infinity'::timestamptz), $${n - 1}::timestamptz, $${n})`;
    }
  } else {
    order = 'r.created_at DESC, r.id DESC';
    if (query.after) {
      params.push(query.after.at, query.after.id);
      after = `(r.created_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length})`;
    }
  }
  params.push(query.limit);
  const limit = `$${params.length}`;
  const innerOrder =
    query.sort === 'green_first'
      ? `${URGENCY_RANK}, ${DUE_OR_NEVER}, r.created_at, r.id`
      : 'r.created_at DESC, r.id DESC';
  const selects = sides.map(
    ({ where }) =>
      `(SELECT r.*, ${URGENCY_RANK} AS sort_rank, ${DUE_OR_NEVER} AS sort_due FROM referrals r
        WHERE ${[where, ...(after ? [after] : [])].join(' AND ')}
        ORDER BY ${innerOrder} LIMIT ${limit})`,
  );
  return {
    sql: `${referralSelect('$1', `(${selects.join(' UNION ALL ')}) r`)}
     ORDER BY ${order} LIMIT ${limit}`,
    params,
    order,
  };
}

/** How many referrals match a filter, per side of the reader and status. */
export interface ReferralCountRow {
  side: 'sending' | 'receiving';
  status: ReferralStatus;
  n: number;
}

/**
 * Counts the referrals the reader's institution may see that match `filter`, grouped by side and status: one
 * index range per side (migration 005's status indexes), never the rows themselves.
 */
export async function countReferrals(
  db: Queryable,
  readerInstitutionId: string,
  filter: ReferralFilter,
): Promise<ReferralCountRow[]> {
  const params: unknown[] = [readerInstitutionId];
  const sides = sideConditions(filter, params);
  const selects = sides.map(
    ({ side, where }) =>
      `(SELECT '${side}' AS side, r.status, count(*) AS n FROM referrals r WHERE ${where} GROUP BY r.status)`,
  );
  const { rows } = await db.query<{
    side: 'sending' | 'receiving';
    status: ReferralStatus;
    n: string | number;
  }>(selects.join(' UNION ALL '), params);
  return rows.map((row) => ({ side: row.side, status: row.status, n: Number(row.n) }));
}

/** The next value of the alliance-wide referral number sequence. */
export async function nextReferralSequence(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string | number }>(`SELECT nextval('referral_number_seq') AS n`);
  return Number(rows[0]?.n ?? 0);
}

/** Inserts a new referral at version 1. */
export async function insertReferral(tx: Queryable, row: NewReferralRow): Promise<void> {
  await tx.query(INSERT_REFERRAL_SQL, [
    row.id,
    row.number,
    row.status,
    row.sending_institution_id,
    ...contentParams(row),
    row.submitted_at,
    row.answer_due_at,
    row.expires_at,
    row.created_at,
    JSON.stringify(row.created_by),
  ]);
}

/** Inserts attachment rows. */
export async function insertAttachments(tx: Queryable, rows: readonly NewAttachmentRow[]): Promise<void> {
  for (const a of rows) {
    await tx.query(
      `INSERT INTO referral_attachments (id, referral_id, position, kind, title, result_id, content_type, size_bytes, sha256, added_at, added_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        a.id,
        a.referral_id,
        a.position,
        a.kind,
        a.title,
        a.result_id,
        a.content_type,
        a.size_bytes,
        a.sha256,
        a.added_at,
        a.added_by,
      ],
    );
  }
}

/**
 * Locks a referral row until the transaction ends and returns its status, or `undefined` when there is none.
 * Serialises the attachments of one referral so positions never collide between server processes.
 */
export async function lockReferralStatus(
  tx: Queryable,
  referralId: string,
): Promise<ReferralStatus | undefined> {
  const { rows } = await tx.query<{ status: ReferralStatus }>(
    'SELECT status FROM referrals WHERE id = $1 FOR UPDATE',
    [referralId],
  );
  return rows[0]?.status;
}

/** The position after a referral's last attachment (0 for the first). */
export async function nextAttachmentPosition(tx: Queryable, referralId: string): Promise<number> {
  const { rows } = await tx.query<{ next: number }>(
    'SELECT COALESCE(MAX(position), -1) + 1 AS next FROM referral_attachments WHERE referral_id = $1',
    [referralId],
  );
  return Number(rows[0]?.next ?? 0);
}

/** Stores the signature made when a new referral is submitted at once (a create does not make a new version). */
export async function setReferralSignature(
  tx: Queryable,
  referralId: string,
  signature: Schemas['ReferralSignature'],
): Promise<void> {
  await tx.query('UPDATE referrals SET signature = $2 WHERE id = $1', [
    referralId,
    JSON.stringify(signature),
  ]);
}

/** Sets a referral's `updated_at` (a change that does not make a new version, such as an added attachment). */
export async function touchReferral(tx: Queryable, referralId: string, at: Date): Promise<void> {
  await tx.query('UPDATE referrals SET updated_at = $2 WHERE id = $1', [referralId, at]);
}

/**
 * The compare-and-set of a transition: writes the changes and the next version only if the referral is still at
 * `expectedVersion`, so of two decisions on the same version only the first matches a row.
 * @returns the new version, or `undefined` when the referral had moved on
 */
export async function updateReferralIfVersion(
  tx: Queryable,
  referralId: string,
  expectedVersion: number,
  changes: ReferralChanges,
): Promise<number | undefined> {
  const params: unknown[] = [referralId, expectedVersion];
  const assignments = Object.entries(changes).map(([column, value]) => {
    const kind = CHANGE_COLUMNS[column as keyof ReferralChanges];
    if (kind === undefined) {
      throw new Error(`${column} is not a column a referral command writes`);
    }
    params.push(
      value === undefined || value === null ? null : kind === 'json' ? JSON.stringify(value) : value,
    );
    return `${column} = $${params.length}`;
  });
  const { rows } = await tx.query<{ version: number }>(
    `UPDATE referrals SET ${assignments.join(', ')}, version = version + 1 WHERE id = $1 AND version = $2 RETURNING version`,
    params,
  );
  return rows[0]?.version;
}

/**
 * Whether a sweep is due on either side of an institution, as an SQL expression (true, or false or null when not):
 * the earliest expiry and the earliest unescalated green-channel deadline on each side of the institution, one
 * entry of a partial index each (migrations 006 and 007), a plan no estimate of how many are due elsewhere can
 * turn into a table scan. A green channel has no expiry, so the deadlines are asked apart: without them an
 * institution whose only due referral is an unanswered green channel would never sweep it to escalation.
 * @param now - the placeholder of the instant, e.g. `$1`
 * @param institution - the placeholder of the institution id
 */
function institutionDueSql(now: string, institution: string): string {
  const earliestExpiry = (side: string) =>
    `(SELECT min(expires_at) FROM referrals WHERE status = 'submitted' AND ${side} = ${institution}) <= ${now}::timestamptz`;
  const earliestEscalation = (side: string) =>
    `(SELECT min(answer_due_at) FROM referrals WHERE status = 'submitted' AND urgency = 'green_channel'
        AND escalated_at IS NULL AND ${side} = ${institution}) <= ${now}::timestamptz`;
  return `(${earliestExpiry('sending_institution_id')} OR ${earliestExpiry('receiving_institution_id')}
    OR ${earliestEscalation('sending_institution_id')} OR ${earliestEscalation('receiving_institution_id')})`;
}

/**
 * Whether any submitted referral in the scope has run out by `now` (to expire) or is a green-channel referral
 * unanswered at its SLA and not yet escalated: read-only probes on the partial expiry and escalation indexes, so a
 * read opens a write transaction only when something is due.
 */
export async function hasDueReferrals(db: Queryable, now: Date, scope: ReferralScope = {}): Promise<boolean> {
  if (scope.institutionId !== undefined && scope.referralId === undefined) {
    const { rows } = await db.query<{ due: boolean | null }>(
      `SELECT ${institutionDueSql('$1', '$2')} AS due`,
      [now, scope.institutionId],
    );
    return rows[0]?.due === true;
  }
  const { rows } = await db.query<{ due: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM referrals
       WHERE status = 'submitted' AND expires_at <= $1
         AND ($2::text IS NULL OR id = $2)
         AND ($3::text IS NULL OR sending_institution_id = $3 OR receiving_institution_id = $3))
     OR EXISTS (SELECT 1 FROM referrals
       WHERE status = 'submitted' AND urgency = 'green_channel' AND escalated_at IS NULL AND answer_due_at <= $1
         AND ($2::text IS NULL OR id = $2)
         AND ($3::text IS NULL OR sending_institution_id = $3 OR receiving_institution_id = $3)) AS due`,
    [now, scope.referralId ?? null, scope.institutionId ?? null],
  );
  return rows[0]?.due === true;
}

/**
 * Marks every submitted green-channel referral unanswered at its answer deadline as escalated, in one conditional
 * UPDATE dated at the deadline: under concurrent sweeps a row is matched by one of them only (PostgreSQL rechecks
 * `escalated_at IS NULL` after waiting for the other's lock), so each referral escalates exactly once per
 * submission. The version does not change: nothing a clinician decided on has changed.
 * @param scope - only one referral, or only those an institution is party to
 * @returns the referrals it escalated
 */
export async function escalateDueRows(
  tx: Queryable,
  now: Date,
  scope: ReferralScope = {},
): Promise<EscalatedReferralRow[]> {
  const { rows } = await tx.query<EscalatedReferralRow>(
    // Rows are locked in id order, so sweeps of different scopes racing over the same rows cannot deadlock.
    `UPDATE referrals SET escalated_at = answer_due_at
     WHERE id IN (SELECT id FROM referrals
       WHERE status = 'submitted' AND urgency = 'green_channel' AND escalated_at IS NULL AND answer_due_at <= $1
         AND ($2::text IS NULL OR id = $2)
         AND ($3::text IS NULL OR sending_institution_id = $3 OR receiving_institution_id = $3)
       ORDER BY id FOR UPDATE)
       AND escalated_at IS NULL
     RETURNING id, version, answer_due_at, sending_institution_id, receiving_institution_id`,
    [now, scope.referralId ?? null, scope.institutionId ?? null],
  );
  return rows;
}

/**
 * Moves every submitted referral whose answer window has run out by `now` to `expired`, in one conditional
 * UPDATE (so two processes never expire the same referral twice), dated at its expiry instant.
 * @param scope - only one referral, or only those an institution is party to (keeps row locks small)
 * @returns the referrals it expired
 */
export async function expireDueRows(
  tx: Queryable,
  now: Date,
  scope: ReferralScope = {},
): Promise<ExpiredReferralRow[]> {
  const { rows } = await tx.query<ExpiredReferralRow>(
    // Rows are locked in id order, so sweeps of different scopes racing over the same rows cannot deadlock.
    `UPDATE referrals SET status = 'expired', version = version + 1, updated_at = expires_at
     WHERE id IN (SELECT id FROM referrals
       WHERE status = 'submitted' AND urgency <> 'green_channel' AND expires_at <= $1
         AND ($2::text IS NULL OR id = $2)
         AND ($3::text IS NULL OR sending_institution_id = $3 OR receiving_institution_id = $3)
       ORDER BY id FOR UPDATE)
       AND status = 'submitted'
     RETURNING id, version, expires_at, sending_institution_id, receiving_institution_id`,
    [now, scope.referralId ?? null, scope.institutionId ?? null],
  );
  return rows;
}

/**
 * Whether a result is of the patient with this key and registered by or performed at one of the institutions:
 * what an attachment may name.
 */
export async function resultVisibleForPatient(
  db: Queryable,
  resultId: string,
  institutionIds: readonly string[],
  patientKey: string,
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM results WHERE id = $1 AND patient_key = $3
       AND (registered_by_institution_id = ANY($2) OR performing_institution_id = ANY($2))`,
    [resultId, institutionIds, patientKey],
  );
  return rows.length > 0;
}

/** Whether the institution sends or receives the referral: what a booking or a result may cite as its referral. */
export async function isReferralParty(
  db: Queryable,
  referralId: string,
  institutionId: string,
): Promise<boolean> {
  const { rows } = await db.query(
    'SELECT 1 FROM referrals WHERE id = $1 AND (sending_institution_id = $2 OR receiving_institution_id = $2)',
    [referralId, institutionId],
  );
  return rows.length > 0;
}

/**
 * Writes a referral's edited content if it is still at `expectedVersion` and in one of `statuses`: one
 * compare-and-set, so an edit never lands on a version (or a status) the editor did not see.
 * @returns the new version, or `undefined` when the referral moved on
 */
export async function updateReferralContentIfVersion(
  tx: Queryable,
  referralId: string,
  expectedVersion: number,
  statuses: readonly ReferralStatus[],
  row: ReferralContentRow,
): Promise<number | undefined> {
  const { rows } = await tx.query<{ version: number }>(UPDATE_CONTENT_SQL, [
    referralId,
    expectedVersion,
    statuses,
    ...contentParams(row),
    row.updated_at,
  ]);
  return rows[0]?.version;
}

/** Replaces a referral's attachments with these rows (an edit that names the whole list). */
export async function replaceAttachments(
  tx: Queryable,
  referralId: string,
  rows: readonly NewAttachmentRow[],
): Promise<void> {
  await tx.query(`DELETE FROM referral_attachments WHERE referral_id = $1`, [referralId]);
  await insertAttachments(tx, rows);
}
