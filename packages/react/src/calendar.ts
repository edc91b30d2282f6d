// `@yilian/react/calendar`: the calendar widgets alone, for a smaller bundle. Its one list of public names is
// ExpertCalendar/index.ts; `@yilian/react` re-exports the same names one by one (pinned by exports.ssr.test.tsx).
export * from './ExpertCalendar/index.js';
