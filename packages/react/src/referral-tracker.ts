// `@yilian/react/referral-tracker`: the referral tracker alone, for a smaller bundle. Its one list of public names is
// ReferralTracker/index.ts; `@yilian/react` re-exports the same names one by one (pinned by exports.ssr.test.tsx).
export * from './ReferralTracker/index.js';
