import type { components } from '@yilian/contract';
import { shanghaiDate } from '@yilian/domain';
import type { Actor } from '../auth.js';
import type { Database, Queryable } from '../db/database.js';
import { appendAudit, appendEvent, compact, iso, isoOrUndefined, patientFor } from './common.js';

type Schemas = components['schemas'];
type Referral = Schemas['Referral'];
type ReferralStatus = Schemas['ReferralStatus'];
type ReferralCommand = Schemas['ReferralCommand'];
type EventType = Schemas['EventType'];
type ActorRef = Schemas['ActorRef'];

/** The free-form parts of a referral form kept together in `referrals.details`. */
export interface ReferralDetails {
  clinicalSummary?: string;
  allergies?: string;
  rehabPlan?: string;
  medications?: string;
  followUpDates?: string[];
  escortRequired?: boolean;
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

/**
 * Who may see a referral: the sending institution always, the receiving one once it has been submitted to it
 * (a draft is still the referring doctor's working copy, DOMAIN §3 and PIPL minimum necessary).
 * @param param - the SQL placeholder holding the reader's institution id, e.g. `$2`
 */
export function visibleTo(param: string, alias = 'r'): string {
  return `(${alias}.sending_institution_id = ${param} OR (${alias}.receiving_institution_id = ${param} AND ${alias}.submitted_at IS NOT NULL))`;
}

/**
 * The select of a referral with its attachments (in order) and the child referrals the reader may see.
 * @param readerParam - the SQL placeholder holding the reader's institution id
 */
export function referralSelect(readerParam: string): string {
  return `SELECT r.*,
    COALESCE((SELECT json_agg(json_build_object('id', a.id, 'kind', a.kind, 'title', a.title, 'resultId', a.result_id,
        'contentType', a.content_type, 'sizeBytes', a.size_bytes, 'sha256', a.sha256, 'addedAt', a.added_at, 'addedBy', a.added_by)
        ORDER BY a.position)
      FROM referral_attachments a WHERE a.referral_id = r.id), '[]') AS attachments,
    ARRAY(SELECT c.id FROM referrals c WHERE c.parent_referral_id = r.id AND ${visibleTo(readerParam, 'c')}
      ORDER BY c.created_at, c.id) AS child_ids
  FROM referrals r`;
}

/** An attachment row as the contract writes it. */
export function toAttachment(a: AttachmentJson): Schemas['Attachment'] {
  return compact({
    id: a.id,
    kind: a.kind,
    title: a.title,
    resultId: a.resultId ?? undefined,
    contentType: a.contentType ?? undefined,
    sizeBytes: a.sizeBytes === null ? undefined : Number(a.sizeBytes),
    sha256: a.sha256 ?? undefined,
    addedAt: iso(a.addedAt),
    addedBy: a.addedBy,
  });
}

function toReason(record: Schemas['ReasonRecord'] | null): Schemas['ReasonRecord'] | undefined {
  return record ? compact({ ...record, at: iso(record.at) }) : undefined;
}

/** A referral row as this actor may read it: the identity number and phone masked unless its role needs them. */
export function toReferral(row: ReferralRow, actor: Actor): Referral {
  const details = row.details ?? {};
  return compact({
    id: row.id,
    number: row.number,
    version: row.version,
    status: row.status,
    direction: row.direction,
    urgency: row.urgency,
    greenChannelCategory: row.green_channel_category ?? undefined,
    sendingInstitutionId: row.sending_institution_id,
    sendingDepartmentId: row.sending_department_id ?? undefined,
    receivingInstitutionId: row.receiving_institution_id,
    receivingDepartmentId: row.receiving_department_id ?? undefined,
    receivingClinicianId: row.receiving_clinician_id ?? undefined,
    parentReferralId: row.parent_referral_id ?? undefined,
    childReferralIds: row.child_ids,
    patient: patientFor(actor, row.patient),
    diagnosis: row.diagnosis,
    reason: row.reason,
    clinicalSummary: details.clinicalSummary,
    allergies: details.allergies,
    rehabPlan: details.rehabPlan,
    medications: details.medications,
    followUpDates: details.followUpDates,
    escortRequired: details.escortRequired,
    attachments: row.attachments.map(toAttachment),
    consent: compact({ ...row.consent, grantedAt: iso(row.consent.grantedAt) }),
    appointment: row.appointment
      ? compact({ ...row.appointment, scheduledAt: iso(row.appointment.scheduledAt) })
      : undefined,
    rejection: toReason(row.rejection),
    cancellation: toReason(row.cancellation),
    report: row.report
      ? compact({ ...row.report, dischargedAt: isoOrUndefined(row.report.dischargedAt) })
      : undefined,
    closingNote: row.closing_note ?? undefined,
    submittedAt: isoOrUndefined(row.submitted_at),
    answerDueAt: isoOrUndefined(row.answer_due_at),
    arrivedAt: isoOrUndefined(row.arrived_at),
    closedAt: isoOrUndefined(row.closed_at),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    createdBy: row.created_by,
  });
}

/** The `ETag` of a referral version. */
export function etag(version: number): string {
  return `"${version}"`;
}

/** The version an `If-Match` names (`"3"`, `W/"3"` or `3`), or `undefined` when it names none. */
export function parseIfMatch(header: string): number | undefined {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** A referral the reader's institution may see, or `undefined` (answered as a 404 either way). */
export async function loadReferral(
  db: Queryable,
  referralId: string,
  institutionId: string,
): Promise<ReferralRow | undefined> {
  const { rows } = await db.query<ReferralRow>(
    `${referralSelect('$2')} WHERE r.id = $1 AND ${visibleTo('$2')}`,
    [referralId, institutionId],
  );
  return rows[0];
}

/** The last audit event of a referral: who changed it, and when (for a 412). */
export async function lastChange(
  db: Queryable,
  referralId: string,
): Promise<{ at: Date | string; actor: ActorRef | null } | undefined> {
  const { rows } = await db.query<{ at: Date | string; actor: ActorRef | null }>(
    `SELECT at, actor FROM audit_events WHERE resource_type = 'referral' AND resource_id = $1 ORDER BY id DESC LIMIT 1`,
    [referralId],
  );
  return rows[0];
}

/** The feed event each command writes. */
export const COMMAND_EVENTS: Record<ReferralCommand, EventType> = {
  submit: 'referral.submitted',
  accept: 'referral.accepted',
  reject: 'referral.rejected',
  cancel: 'referral.cancelled',
  record_arrival: 'referral.arrived',
  start_treatment: 'referral.treatment_started',
  report: 'referral.reported',
  close: 'referral.closed',
  mark_no_show: 'referral.no_show',
};

/** The institutions that may read a referral's feed events: the receiver only once it was submitted to it. */
export function feedParties(
  row: { sending_institution_id: string; receiving_institution_id: string },
  submitted: boolean,
): string[] {
  return submitted
    ? [row.sending_institution_id, row.receiving_institution_id]
    : [row.sending_institution_id];
}

/** 转诊单号 `ZZ-YYYYMMDD-NNNNNN`: the Shanghai day of creation and the alliance-wide sequence. */
export async function nextReferralNumber(db: Queryable, now: Date): Promise<string> {
  const { rows } = await db.query<{ n: string | number }>(`SELECT nextval('referral_number_seq') AS n`);
  const n = Number(rows[0]?.n ?? 0);
  return `ZZ-${shanghaiDate(now).replace(/-/g, '')}-${String(n).padStart(6, '0')}`;
}

/**
 * Moves every submitted referral whose answer window has run out to `expired`, in the caller's transaction: one
 * conditional UPDATE (so two processes never expire the same referral twice), then its audit and feed events,
 * dated at the expiry instant so the result does not depend on when the sweep runs.
 * @param scope - only one referral, or only those an institution is party to (keeps row locks small)
 * @returns the number of referrals expired
 */
export async function expireDue(
  tx: Queryable,
  now: Date,
  scope: { referralId?: string; institutionId?: string } = {},
): Promise<number> {
  const { rows } = await tx.query<{
    id: string;
    version: number;
    expires_at: Date | string;
    sending_institution_id: string;
    receiving_institution_id: string;
  }>(
    `UPDATE referrals SET status = 'expired', version = version + 1, updated_at = expires_at
     WHERE status = 'submitted' AND expires_at <= $1
       AND ($2::text IS NULL OR id = $2)
       AND ($3::text IS NULL OR sending_institution_id = $3 OR receiving_institution_id = $3)
     RETURNING id, version, expires_at, sending_institution_id, receiving_institution_id`,
    [now, scope.referralId ?? null, scope.institutionId ?? null],
  );
  for (const row of rows) {
    const at = new Date(row.expires_at);
    await appendAudit(tx, {
      resourceType: 'referral',
      resourceId: row.id,
      at,
      actor: null,
      action: 'expire',
      fromStatus: 'submitted',
      toStatus: 'expired',
    });
    await appendEvent(tx, {
      type: 'referral.expired',
      resourceId: row.id,
      at,
      data: { status: 'expired', version: row.version },
      institutionIds: feedParties(row, true),
    });
  }
  return rows.length;
}

/**
 * Expires, in one transaction, every submitted referral whose SLA (domain `expiresAt`, stored at submission) has
 * run out by `now`. The routes call it before each read and transition, so behaviour follows the server's clock;
 * the CLI calls it on an interval.
 * @param db - the database
 * @param now - the server clock's instant
 * @param scope - optionally one referral or one institution's referrals
 * @example await expireDueReferrals(db, new Date()) // 3
 */
export async function expireDueReferrals(
  db: Database,
  now: Date,
  scope: { referralId?: string; institutionId?: string } = {},
): Promise<number> {
  return db.transaction((tx) => expireDue(tx, now, scope));
}
