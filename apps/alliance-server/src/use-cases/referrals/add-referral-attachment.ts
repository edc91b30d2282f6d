import type { components } from '@yilian/contract';
import { isTerminal } from '@yilian/domain';
import { Failure, failures } from '../../failure.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import {
  insertAttachments,
  lockReferralStatus,
  nextAttachmentPosition,
  touchReferral,
} from '../../stores/referral-store.js';
import { iso } from '../shared/present.js';
import { attachmentIssues, attachmentRow } from './attachments.js';
import type { ReferralWriteContext } from './context.js';
import { expireDue } from './expire-due.js';
import { mustLoadReferral } from './load-referral.js';
import { toAttachment } from './present-referral.js';

type Schemas = components['schemas'];

/**
 * Adds an attachment to a referral the caller's institution may see while it is not finished; a result it names
 * must be one the caller may see, of the referral's patient. Attachments do not change the referral's version.
 * @returns the attachment as stored
 */
export async function addReferralAttachment(
  ctx: ReferralWriteContext,
  referralId: string,
  attachment: Schemas['AttachmentInput'],
): Promise<Schemas['Attachment']> {
  const { tx, actor, now } = ctx;
  await expireDue(tx, now, { referralId });
  const row = await mustLoadReferral(tx, referralId, actor);
  // Serialises attachments of one referral so positions never collide between server processes.
  const status = (await lockReferralStatus(tx, row.id)) ?? row.status;
  if (isTerminal(status)) {
    throw new Failure('invalid_transition', { members: { allowedCommands: [] } });
  }
  const neighbours = await allianceNeighbours(tx, actor.institutionId);
  const issues = await attachmentIssues(tx, [attachment], () => '', neighbours, row.patient_key);
  if (issues.length > 0) {
    throw failures.validation(issues);
  }
  const added = attachmentRow(row.id, await nextAttachmentPosition(tx, row.id), attachment, now, actor);
  await insertAttachments(tx, [added]);
  await touchReferral(tx, row.id, now);
  return toAttachment({
    id: added.id,
    kind: added.kind,
    title: added.title,
    resultId: added.result_id,
    contentType: added.content_type,
    sizeBytes: added.size_bytes,
    sha256: added.sha256,
    addedAt: iso(now),
    addedBy: added.added_by,
  });
}
