// `@yilian/react/consultation-request`: the consultation request form and dialog alone, for a smaller bundle. Its one list of public names
// is ConsultationRequest/index.ts; `@yilian/react` re-exports the same names one by one (pinned by exports.ssr.test.tsx).
export * from './ConsultationRequest/index.js';
