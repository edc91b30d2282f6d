import type { components } from '@yilian/contract';
import type { FieldIssue } from '@yilian/domain';
import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';
import { newId } from '../../ids.js';
import type { NewAttachmentRow } from '../../stores/referral-store.js';
import { resultVisibleForPatient } from '../../stores/referral-store.js';

type AttachmentInput = components['schemas']['AttachmentInput'];

/**
 * The field issues of attachments that name a result: the result must be one the caller may see (registered by or
 * performed at an institution of its alliances) and of the referral's patient. A `result` attachment must name one.
 * @param pointer - the pointer of the attachment at an index (`/attachments/0`, or `` for a body that is one)
 */
export async function attachmentIssues(
  db: Queryable,
  attachments: readonly AttachmentInput[],
  pointer: (index: number) => string,
  visibleInstitutionIds: readonly string[],
  patientKey: string,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const [index, attachment] of attachments.entries()) {
    if (attachment.resultId === undefined) {
      if (attachment.kind === 'result') {
        issues.push({ pointer: `${pointer(index)}/resultId`, code: 'required' });
      }
      continue;
    }
    if (!(await resultVisibleForPatient(db, attachment.resultId, visibleInstitutionIds, patientKey))) {
      issues.push({ pointer: `${pointer(index)}/resultId`, code: 'unknown_reference' });
    }
  }
  return issues;
}

/** The row of an attachment added to a referral at `position`, with a new id. */
export function attachmentRow(
  referralId: string,
  position: number,
  a: AttachmentInput,
  now: Date,
  actor: Actor,
): NewAttachmentRow {
  return {
    id: newId('att', now),
    referral_id: referralId,
    position,
    kind: a.kind,
    title: a.title,
    result_id: a.resultId ?? null,
    content_type: a.contentType ?? null,
    size_bytes: a.sizeBytes ?? null,
    sha256: a.sha256 ?? null,
    added_at: now,
    added_by: actor.clinicianId,
  };
}
