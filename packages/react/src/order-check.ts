// `@yilian/react/order-check`: the order check alone, for a smaller bundle. Its one list of public names is
// OrderCheck/index.ts; `@yilian/react` re-exports the same names one by one (pinned by exports.ssr.test.tsx).
export * from './OrderCheck/index.js';
