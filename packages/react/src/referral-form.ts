// `@yilian/react/referral-form`: the referral form and dialog alone, for a smaller bundle. Its one list of public names is
// ReferralForm/index.ts; `@yilian/react` re-exports the same names one by one (pinned by exports.ssr.test.tsx).
export * from './ReferralForm/index.js';
