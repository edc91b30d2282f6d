// `@yilian/react/alliance-dashboard`: the alliance indicators (成效监测) alone. Its chart library (d3-scale) is bundled
// into this entry only, and `@yilian/react` does not re-export it, so no other widget's page pays for the charts.
// Its one list of public names is AllianceDashboard/index.ts (pinned by exports.ssr.test.tsx).
export * from './AllianceDashboard/index.js';
