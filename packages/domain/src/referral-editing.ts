import type { components } from '@yilian/contract';
import { allowedCommands } from './referral-lifecycle.js';
import type { ReferralActor, ReferralParties } from './referral-lifecycle.js';

type ReferralStatus = components['schemas']['ReferralStatus'];

/**
 * The statuses in which the sending side may still edit a referral's content (`updateReferral`): the referring
 * doctor's working copy, and a referral the receiver returned for more information (退回补充), which the sender
 * completes and resubmits. Once submitted the receiver decides on what was sent, so the content is frozen.
 * @example REFERRAL_EDITABLE_STATUSES.includes('returned') // true
 */
export const REFERRAL_EDITABLE_STATUSES: readonly ReferralStatus[] = ['draft', 'returned'];

/**
 * Whether a referral's content may still be edited in this status.
 * @param status - a referral status
 * @example isEditable('draft') // true
 * @example isEditable('submitted') // false
 */
export function isEditable(status: ReferralStatus): boolean {
  return REFERRAL_EDITABLE_STATUSES.includes(status);
}

/**
 * The outcome of `decideReferralEdit`, in the order a server answers: not a party (`not_found`, so outsiders
 * learn nothing), a party that may not edit (`forbidden`: the receiving side, or a role that does not write
 * referrals), then a status whose content is frozen (`referral_not_editable`).
 * @example const decision: ReferralEditDecision = { ok: false, problem: 'referral_not_editable' };
 */
export type ReferralEditDecision =
  { ok: true } | { ok: false; problem: 'not_found' | 'forbidden' | 'referral_not_editable' };

/**
 * Decides whether the actor may edit the referral's content now: only the sending institution, by a role that
 * may create and submit referrals there (the same rule as creating one), while the status is editable.
 * @param referral - status, urgency and the two institutions
 * @param actor - who edits
 * @example decideReferralEdit({ status: 'draft', sendingInstitutionId: 'a', receivingInstitutionId: 'b', urgency: 'routine' }, { role: 'referrer', institutionId: 'a' }) // { ok: true }
 */
export function decideReferralEdit(referral: ReferralParties, actor: ReferralActor): ReferralEditDecision {
  if (
    actor.institutionId !== referral.sendingInstitutionId &&
    actor.institutionId !== referral.receivingInstitutionId
  ) {
    return { ok: false, problem: 'not_found' };
  }
  // Editing is writing what the sender then submits: whoever may submit the draft may edit it.
  const asDraft: ReferralParties = { ...referral, status: 'draft' };
  if (!allowedCommands(asDraft, actor).includes('submit')) {
    return { ok: false, problem: 'forbidden' };
  }
  if (!isEditable(referral.status)) {
    return { ok: false, problem: 'referral_not_editable' };
  }
  return { ok: true };
}
