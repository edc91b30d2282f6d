// The public API of the referral tracker (also its own entry, `@yilian/react/referral-tracker`).
export { ReferralTracker, useReferral } from './ReferralTracker/index.js';
export type { ReferralTrackerProps, ReferralView, UseReferralResult } from './ReferralTracker/index.js';
