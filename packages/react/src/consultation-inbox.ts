// `@yilian/react/consultation-inbox`: the consultation work queue alone, for a smaller bundle. Its one list of public names
// is ConsultationInbox/index.ts; `@yilian/react` re-exports the same names one by one (pinned by exports.ssr.test.tsx).
export * from './ConsultationInbox/index.js';
