// `@yilian/react/recognition`: the recognition badge alone, for a smaller bundle. Its one list of public names is
// RecognitionBadge/index.ts; `@yilian/react` re-exports the same names one by one (pinned by exports.ssr.test.tsx).
export * from './RecognitionBadge/index.js';
