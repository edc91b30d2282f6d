export { ReferralTracker } from './ReferralTracker.js';
export type { ReferralTrackerProps } from './ReferralTracker.js';
export type { DownReferralPrefill } from './down-referral.js';
export { useReferral } from './useReferral.js';
export type { ReferralView, UseReferralResult } from './useReferral.js';
