// `@yilian/react/consultation-tracker`: the consultation tracker alone, for a smaller bundle. Its one list of public names
// is ConsultationTracker/index.ts; `@yilian/react` re-exports the same names one by one (pinned by exports.ssr.test.tsx).
export * from './ConsultationTracker/index.js';
