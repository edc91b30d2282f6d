import type { components } from '@yilian/contract';
import { listAudit } from '../../stores/audit-store.js';
import type { ReferralReadContext } from './context.js';
import { expireDueReferrals } from './expire-due.js';
import { mustLoadReferral } from './load-referral.js';
import { toReferral } from './present-referral.js';
import { toTimelineEvent } from '../shared/timeline.js';

type Schemas = components['schemas'];

/** A referral the caller's institution may see, expired first if its answer window has run out. */
export async function getReferral(
  ctx: ReferralReadContext,
  referralId: string,
): Promise<Schemas['Referral']> {
  await expireDueReferrals(ctx.db, ctx.now, { referralId });
  return toReferral(await mustLoadReferral(ctx.db, referralId, ctx.actor), ctx.actor);
}

/** The audit timeline of a referral the caller's institution may see, oldest first. */
export async function getReferralTimeline(
  ctx: ReferralReadContext,
  referralId: string,
): Promise<Schemas['Timeline']> {
  await expireDueReferrals(ctx.db, ctx.now, { referralId });
  await mustLoadReferral(ctx.db, referralId, ctx.actor);
  const rows = await listAudit(ctx.db, 'referral', referralId);
  return { items: rows.map(toTimelineEvent) };
}
