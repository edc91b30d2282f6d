import type { components } from '@yilian/contract';
import { REFERRAL_EDITABLE_STATUSES, decideReferralEdit, normalizeIdNumber } from '@yilian/domain';
import { failures, Failure } from '../../failure.js';
import { appendAudit } from '../../stores/audit-store.js';
import type { ReferralRow } from '../../stores/referral-store.js';
import { replaceAttachments, updateReferralContentIfVersion } from '../../stores/referral-store.js';
import { actorRef, compact, iso } from '../shared/present.js';
import { attachmentRow } from './attachments.js';
import type { ReferralWriteContext } from './context.js';
import { checkReferralContent, detailsOf } from './create-referral.js';
import { mustLoadReferral, versionConflict } from './load-referral.js';
import { toReferral } from './present-referral.js';

type Schemas = components['schemas'];
type ReferralCreate = Schemas['ReferralCreate'];
type ReferralUpdate = Schemas['ReferralUpdate'];

/** What an edit asks: the referral, the version the editor last saw (its `If-Match`), and the changed fields. */
export interface UpdateReferralInput {
  referralId: string;
  /** `undefined` when the `If-Match` names no version, which matches none. */
  expectedVersion: number | undefined;
  changes: ReferralUpdate;
}

/** The stored referral's content in the shape of a create, so an edit is checked exactly as a create is. */
function contentOf(row: ReferralRow): ReferralCreate {
  return compact({
    direction: row.direction,
    urgency: row.urgency,
    greenChannelCategory: row.green_channel_category ?? undefined,
    sendingInstitutionId: row.sending_institution_id,
    sendingDepartmentId: row.sending_department_id ?? undefined,
    receivingInstitutionId: row.receiving_institution_id,
    receivingDepartmentId: row.receiving_department_id ?? undefined,
    receivingClinicianId: row.receiving_clinician_id ?? undefined,
    parentReferralId: row.parent_referral_id ?? undefined,
    patient: row.patient,
    diagnosis: row.diagnosis,
    reason: row.reason,
    ...row.details,
    attachments: row.attachments.map((a) =>
      compact({
        kind: a.kind,
        title: a.title,
        resultId: a.resultId ?? undefined,
        contentType: a.contentType ?? undefined,
        sizeBytes: a.sizeBytes ?? undefined,
        sha256: a.sha256 ?? undefined,
      }),
    ),
    consent: row.consent,
  }) as ReferralCreate;
}

/** `changes` applied to `stored`: a given field replaces the stored one, `null` removes it, a missing one stays. */
function mergeFields(stored: object, changes: object): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored };
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) {
      delete merged[field];
    } else if (value !== undefined) {
      merged[field] = value;
    }
  }
  return merged;
}

/**
 * The stored content with the edit applied as a JSON merge patch (RFC 7396): a given field replaces the stored
 * one, `null` removes it, a missing one stays; the patient is merged field by field (the sender reads its ID
 * number masked, so an edit of the name must not need it again).
 */
export function mergeReferralContent(stored: ReferralCreate, changes: ReferralUpdate): ReferralCreate {
  const { patient, ...rest } = changes;
  const merged = mergeFields(stored, rest);
  if (patient !== undefined) {
    merged.patient = mergeFields(stored.patient, patient);
  }
  return merged as unknown as ReferralCreate;
}

/**
 * Saves the sending side's edit of a referral that is still editable (a draft): the merged content passes the
 * checks of a create, and is written only at the version the editor saw (one compare-and-set), with its audit.
 * Outsiders get `not_found`, the receiving side or a role that does not write referrals `forbidden`, a referral
 * no longer editable `referral_not_editable`, a stale `If-Match` `version_conflict`.
 * @returns the referral after the edit
 */
export async function updateReferral(
  ctx: ReferralWriteContext & { patientKeySecret: string },
  input: UpdateReferralInput,
): Promise<Schemas['Referral']> {
  const { tx, actor, now } = ctx;
  const row = await mustLoadReferral(tx, input.referralId, actor);
  const parties = {
    status: row.status,
    direction: row.direction,
    sendingInstitutionId: row.sending_institution_id,
    receivingInstitutionId: row.receiving_institution_id,
    urgency: row.urgency,
  };
  const decision = decideReferralEdit(parties, actor);
  if (!decision.ok && decision.problem !== 'referral_not_editable') {
    throw decision.problem === 'not_found'
      ? failures.notFound()
      : failures.forbidden({ requiredRoles: ['referrer', 'coordinator'] });
  }
  // A stale version first: the editor's view is out of date whatever the status now is.
  if (input.expectedVersion !== row.version) {
    throw await versionConflict(tx, row.id, actor);
  }
  if (!decision.ok) {
    throw new Failure('referral_not_editable', { members: { currentStatus: row.status } });
  }
  const body = mergeReferralContent(contentOf(row), input.changes);
  const { key } = await checkReferralContent(ctx, body);
  const version = await updateReferralContentIfVersion(tx, row.id, row.version, REFERRAL_EDITABLE_STATUSES, {
    direction: body.direction,
    urgency: body.urgency,
    green_channel_category: body.greenChannelCategory ?? null,
    sending_department_id: body.sendingDepartmentId ?? null,
    receiving_institution_id: body.receivingInstitutionId,
    receiving_department_id: body.receivingDepartmentId ?? null,
    receiving_clinician_id: body.receivingClinicianId ?? null,
    parent_referral_id: body.parentReferralId ?? null,
    patient: compact({
      ...body.patient,
      idNumber: normalizeIdNumber(body.patient.idType, body.patient.idNumber),
      idNumberMasked: undefined,
    }),
    patient_key: key,
    diagnosis: body.diagnosis,
    reason: body.reason,
    details: detailsOf(body),
    consent: { ...body.consent, grantedAt: iso(body.consent.grantedAt) },
    updated_at: now,
  });
  if (version === undefined) {
    throw await versionConflict(tx, row.id, actor);
  }
  if (input.changes.attachments !== undefined) {
    await replaceAttachments(
      tx,
      row.id,
      input.changes.attachments.map((a, position) => attachmentRow(row.id, position, a, now, actor)),
    );
  }
  await appendAudit(tx, {
    resourceType: 'referral',
    resourceId: row.id,
    at: now,
    actor: actorRef(actor),
    action: 'update',
    fromStatus: row.status,
    toStatus: row.status,
  });
  return toReferral(await mustLoadReferral(tx, row.id, actor), actor);
}
