// `@yilian/react/referral-inbox`: the referral work queue alone, for a smaller bundle. Its one list of public names is
// ReferralInbox/index.ts; `@yilian/react` re-exports the same names one by one (pinned by exports.ssr.test.tsx).
export * from './ReferralInbox/index.js';
