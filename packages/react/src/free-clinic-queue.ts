// `@yilian/react/free-clinic-queue`: the 义诊 registration desk and waiting-room display alone, for a smaller bundle.
// Its one list of public names is FreeClinicQueue/index.ts; `@yilian/react` re-exports the same names one by one
// (pinned by exports.ssr.test.tsx).
export * from './FreeClinicQueue/index.js';
