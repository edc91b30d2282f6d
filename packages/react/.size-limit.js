import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The sizes of the widget entries as a page first loads them. The zh-TW and en strings are dynamic imports (#12),
// which a zh-CN page never fetches: each check leaves them out (esbuild would otherwise inline them).
const withoutLazyLocales = (config) => ({
  ...config,
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'lazy-locales-apart',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
});

/**
 * The locale of a dynamically imported module, if it is one locale's messages: `@yilian/domain/messages/en`, or a
 * chunk of ours built from `src/i18n/en/…` alone (its source map says; the chunk's name does not).
 */
function localeOf(path, dir) {
  const named = /\/messages\/(zh-CN|zh-TW|en)$/.exec(path);
  if (named) {
    return named[1];
  }
  const map = `${resolve(dir, path)}.map`;
  if (!existsSync(map)) {
    return undefined;
  }
  const locales = new Set(
    JSON.parse(readFileSync(map, 'utf8')).sources.map(
      (source) => /\/i18n\/(zh-CN|zh-TW|en)\//.exec(source)?.[1],
    ),
  );
  return locales.size === 1 ? [...locales][0] : undefined;
}

// A page in one locale: everything it loads, lazily or not, except the other locales' messages.
const pageIn = (locale) => (config) => ({
  ...config,
  plugins: [
    ...(config.plugins ?? []),
    {
      name: `page-in-${locale}`,
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind !== 'dynamic-import') {
            return undefined;
          }
          const of = localeOf(args.path, args.resolveDir);
          return of !== undefined && of !== locale ? { path: args.path, external: true } : undefined;
        });
      },
    },
  ],
});

// What every page has already (React) or what has its own budget (the SDK, the domain, Radix): an entry's own code.
const SHARED = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@radix-ui/react-dialog',
  '@yilian/sdk',
  '@yilian/domain',
];

/** An entry's own code, as a page first loads it (its lazy locales apart). */
const entry = (name, file, limit) => ({
  name,
  path: `dist/${file}.js`,
  import: '*',
  gzip: true,
  ignore: SHARED,
  limit,
  modifyEsbuildConfig: withoutLazyLocales,
});

/** Everything a page in `locale` with every widget loads, React excepted. */
const page = (locale, limit) => ({
  name: `${locale === 'en' ? 'an' : 'a'} ${locale} page with every widget: @yilian/react, the SDK, the domain and Radix (React excluded)`,
  path: 'dist/index.js',
  import: '*',
  gzip: true,
  ignore: ['react', 'react-dom', 'react/jsx-runtime'],
  limit,
  modifyEsbuildConfig: pageIn(locale),
});

export default [
  entry(
    '@yilian/react: every widget (own code; @yilian/sdk and @yilian/domain are their own packages)',
    'index',
    '76.9 kB',
  ),
  entry('@yilian/react/referral-form', 'referral-form', '20.2 kB'),
  entry('@yilian/react/referral-tracker', 'referral-tracker', '19.7 kB'),
  entry('@yilian/react/referral-inbox', 'referral-inbox', '10.7 kB'),
  entry('@yilian/react/consultation-request', 'consultation-request', '16.5 kB'),
  entry('@yilian/react/consultation-tracker', 'consultation-tracker', '13.6 kB'),
  entry('@yilian/react/consultation-inbox', 'consultation-inbox', '9.2 kB'),
  entry('@yilian/react/calendar', 'calendar', '14.5 kB'),
  entry('@yilian/react/appointments', 'appointments', '7.8 kB'),
  entry('@yilian/react/free-clinic-queue', 'free-clinic-queue', '10.2 kB'),
  entry('@yilian/react/recognition', 'recognition', '7.5 kB'),
  entry('@yilian/react/order-check', 'order-check', '9.2 kB'),
  entry(
    '@yilian/react/alliance-dashboard (own code and the d3-array functions it bundles)',
    'alliance-dashboard',
    '11.2 kB',
  ),
  page('zh-CN', '104.5 kB'),
  page('en', '118 kB'),
  {
    name: '@yilian/react/styles.css',
    path: 'dist/styles.css',
    gzip: true,
    limit: '7.2 kB',
  },
];
