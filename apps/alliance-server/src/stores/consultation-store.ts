import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type Schemas = components['schemas'];
type ConsultationStatus = Schemas['ConsultationStatus'];

/** The request as written, as the `request` column stores it (never changed after the request). */
export interface ConsultationRequestJson {
  invitingDepartmentId?: string;
  requestedDepartmentId?: string;
  requestedSpecialty?: string;
  requestedExpertIds: string[];
  preferredMode?: Schemas['ConsultationMode'];
  diagnosis?: Schemas['Diagnosis'];
  question: string;
  caseSummary: string;
  attachments: Schemas['ConsultationAttachment'][];
  consent: Schemas['Consent'];
}

/** A consultation row as stored, with the referrals that follow from it. */
export interface ConsultationRow {
  id: string;
  number: string;
  version: number;
  status: ConsultationStatus;
  urgency: Schemas['ConsultationUrgency'];
  inviting_institution_id: string;
  inviting_clinician_id: string;
  invited_institution_id: string;
  patient: Schemas['Patient'];
  patient_key: string;
  request: ConsultationRequestJson;
  schedule: Schemas['ConsultationSchedule'] | null;
  opinions: Schemas['ConsultationOpinion'][];
  acknowledgement: Schemas['ConsultationAcknowledgement'] | null;
  declination: Schemas['ReasonRecord'] | null;
  cancellation: Schemas['ReasonRecord'] | null;
  expert_ids: string[];
  scheduled_at: Date | string | null;
  session_started_at: Date | string | null;
  reported_at: Date | string | null;
  closed_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  created_by: Schemas['ActorRef'];
  referral_ids: string[];
}

/** A new consultation, stored at version 1. */
export type NewConsultationRow = Omit<
  ConsultationRow,
  | 'version'
  | 'schedule'
  | 'opinions'
  | 'acknowledgement'
  | 'declination'
  | 'cancellation'
  | 'scheduled_at'
  | 'session_started_at'
  | 'reported_at'
  | 'closed_at'
  | 'updated_at'
  | 'referral_ids'
>;

/** The columns a consultation command writes. */
export interface ConsultationChanges {
  status?: ConsultationStatus;
  schedule?: Schemas['ConsultationSchedule'];
  opinions?: Schemas['ConsultationOpinion'][];
  acknowledgement?: Schemas['ConsultationAcknowledgement'];
  declination?: Schemas['ReasonRecord'];
  cancellation?: Schemas['ReasonRecord'];
  expert_ids?: string[];
  scheduled_at?: Date;
  session_started_at?: Date;
  reported_at?: Date;
  closed_at?: Date;
  updated_at: Date;
}

const JSON_COLUMNS: ReadonlySet<string> = new Set([
  'schedule',
  'opinions',
  'acknowledgement',
  'declination',
  'cancellation',
  'expert_ids',
]);

/** The filters of a consultation list and its counts. */
export interface ConsultationFilter {
  statuses?: readonly ConsultationStatus[];
  side?: Schemas['ConsultationSide'];
  urgency?: Schemas['ConsultationUrgency'];
  expertClinicianId?: string;
  partyInstitutionId?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

const SIDES = [
  { side: 'inviting', visible: 'c.inviting_institution_id = $1' },
  { side: 'invited', visible: 'c.invited_institution_id = $1' },
] as const;

function sideConditions(
  filter: ConsultationFilter,
  params: unknown[],
): { side: Schemas['ConsultationSide']; where: string }[] {
  const common: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    common.push(sql.replace(/\?/g, `$${params.length}`));
  };
  if (filter.statuses && filter.statuses.length > 0) {
    add('c.status = ANY(?)', filter.statuses);
  }
  if (filter.urgency) {
    add('c.urgency = ?', filter.urgency);
  }
  if (filter.expertClinicianId) {
    add('c.expert_ids @> ?::jsonb', JSON.stringify([filter.expertClinicianId]));
  }
  if (filter.partyInstitutionId) {
    add('(c.inviting_institution_id = ? OR c.invited_institution_id = ?)', filter.partyInstitutionId);
  }
  if (filter.createdFrom) {
    add('c.created_at >= ?', filter.createdFrom);
  }
  if (filter.createdTo) {
    add('c.created_at < ?', filter.createdTo);
  }
  return SIDES.filter(({ side }) => filter.side === undefined || filter.side === side).map(
    ({ side, visible }) => ({ side, where: [visible, ...common].join(' AND ') }),
  );
}

const SELECT = `SELECT c.*,
  ARRAY(SELECT r.id FROM referrals r WHERE r.consultation_id = c.id ORDER BY r.created_at, r.id) AS referral_ids`;

/**
 * A consultation the reader's institution is party to (it invites or is invited), or `undefined`, answered as a
 * 404 either way.
 */
export async function findConsultation(
  db: Queryable,
  consultationId: string,
  readerInstitutionId: string,
): Promise<ConsultationRow | undefined> {
  const { rows } = await db.query<ConsultationRow>(
    `${SELECT} FROM consultations c WHERE c.id = $1
       AND (c.inviting_institution_id = $2 OR c.invited_institution_id = $2)`,
    [consultationId, readerInstitutionId],
  );
  return rows[0];
}

/**
 * The consultations the reader's institution is party to, newest first after the cursor key: each side read on its
 * own index in keyset order and merged (an institution is never on both sides of one consultation).
 */
export async function listConsultations(
  db: Queryable,
  readerInstitutionId: string,
  query: ConsultationFilter & { after?: { at: Date; id: string } | undefined; limit: number },
): Promise<ConsultationRow[]> {
  const params: unknown[] = [readerInstitutionId];
  const sides = sideConditions(query, params);
  let after: string | undefined;
  if (query.after) {
    params.push(query.after.at, query.after.id);
    after = `(c.created_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length})`;
  }
  params.push(query.limit);
  const limit = `$${params.length}`;
  const selects = sides.map(
    ({ where }) =>
      `(SELECT c.* FROM consultations c WHERE ${[where, ...(after ? [after] : [])].join(' AND ')}
        ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit})`,
  );
  const { rows } = await db.query<ConsultationRow>(
    `${SELECT} FROM (${selects.join(' UNION ALL ')}) c ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit}`,
    params,
  );
  return rows;
}

/** How many consultations match, per side of the reader and status. */
export async function countConsultations(
  db: Queryable,
  readerInstitutionId: string,
  filter: ConsultationFilter,
): Promise<{ side: Schemas['ConsultationSide']; status: ConsultationStatus; n: number }[]> {
  const params: unknown[] = [readerInstitutionId];
  const selects = sideConditions(filter, params).map(
    ({ side, where }) =>
      `(SELECT '${side}' AS side, c.status, count(*) AS n FROM consultations c WHERE ${where} GROUP BY c.status)`,
  );
  const { rows } = await db.query<{
    side: Schemas['ConsultationSide'];
    status: ConsultationStatus;
    n: string | number;
  }>(selects.join(' UNION ALL '), params);
  return rows.map((row) => ({ side: row.side, status: row.status, n: Number(row.n) }));
}

/** The next value of the alliance-wide consultation number sequence. */
export async function nextConsultationSequence(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string | number }>(`SELECT nextval('consultation_number_seq') AS n`);
  return Number(rows[0]?.n ?? 0);
}

/** Inserts a new consultation at version 1. */
export async function insertConsultation(tx: Queryable, row: NewConsultationRow): Promise<void> {
  await tx.query(
    `INSERT INTO consultations (id, number, version, status, urgency, inviting_institution_id, inviting_clinician_id,
       invited_institution_id, patient, patient_key, request, expert_ids, created_at, updated_at, created_by)
     VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13)`,
    [
      row.id,
      row.number,
      row.status,
      row.urgency,
      row.inviting_institution_id,
      row.inviting_clinician_id,
      row.invited_institution_id,
      JSON.stringify(row.patient),
      row.patient_key,
      JSON.stringify(row.request),
      JSON.stringify(row.expert_ids),
      row.created_at,
      JSON.stringify(row.created_by),
    ],
  );
}

/**
 * The compare-and-set of a transition: writes the changes and the next version only if the consultation is still
 * at `expectedVersion`, so of two decisions on the same version only the first matches a row.
 * @returns the new version, or `undefined` when the consultation had moved on
 */
export async function updateConsultationIfVersion(
  tx: Queryable,
  consultationId: string,
  expectedVersion: number,
  changes: ConsultationChanges,
): Promise<number | undefined> {
  const params: unknown[] = [consultationId, expectedVersion];
  const assignments = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => {
      params.push(JSON_COLUMNS.has(column) ? JSON.stringify(value) : value);
      return `${column} = $${params.length}`;
    });
  const { rows } = await tx.query<{ version: number }>(
    `UPDATE consultations SET ${assignments.join(', ')}, version = version + 1
     WHERE id = $1 AND version = $2 RETURNING version`,
    params,
  );
  return rows[0]?.version;
}

/** A consultation's status, for a referral that says it follows from it; `undefined` when not party to it. */
export async function consultationStatusFor(
  db: Queryable,
  consultationId: string,
  readerInstitutionId: string,
): Promise<ConsultationStatus | undefined> {
  const { rows } = await db.query<{ status: ConsultationStatus }>(
    `SELECT status FROM consultations WHERE id = $1
       AND (inviting_institution_id = $2 OR invited_institution_id = $2)`,
    [consultationId, readerInstitutionId],
  );
  return rows[0]?.status;
}

/** Records that a referral follows from a consultation (both show the link). */
export async function linkReferralToConsultation(
  tx: Queryable,
  referralId: string,
  consultationId: string,
): Promise<void> {
  await tx.query('UPDATE referrals SET consultation_id = $2 WHERE id = $1', [referralId, consultationId]);
}
