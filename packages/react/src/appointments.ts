// `@yilian/react/appointments`: a patient's or clinician's appointment list alone, for a smaller bundle. Its one list
// of public names is MyAppointments/index.ts; `@yilian/react` re-exports the same names one by one (pinned by
// exports.ssr.test.tsx).
export * from './MyAppointments/index.js';
