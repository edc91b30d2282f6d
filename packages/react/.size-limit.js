import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The sizes of the widget entries' code. Every locale's strings are dynamic imports (#12), zh-CN included, of which a
// page fetches its own language's only: each entry check leaves them all out (esbuild would otherwise inline them);
// the page checks below count the one locale's.
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

/** An entry's own code, its strings apart. */
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
    '65 kB',
  ),
  entry('@yilian/react/referral-form', 'referral-form', '18 kB'),
  entry('@yilian/react/referral-tracker', 'referral-tracker', '16.2 kB'),
  entry('@yilian/react/referral-inbox', 'referral-inbox', '10 kB'),
  entry('@yilian/react/consultation-request', 'consultation-request', '13.6 kB'),
  entry('@yilian/react/consultation-tracker', 'consultation-tracker', '11 kB'),
  entry('@yilian/react/consultation-inbox', 'consultation-inbox', '6.4 kB'),
  entry('@yilian/react/calendar', 'calendar', '13.7 kB'),
  entry('@yilian/react/appointments', 'appointments', '6.7 kB'),
  entry('@yilian/react/free-clinic-queue', 'free-clinic-queue', '9.8 kB'),
  entry('@yilian/react/recognition', 'recognition', '7.1 kB'),
  entry('@yilian/react/order-check', 'order-check', '8.2 kB'),
  entry(
    '@yilian/react/alliance-dashboard (own code and the d3-array functions it bundles)',
    'alliance-dashboard',
    '10.5 kB',
  ),
  page('zh-CN', '103 kB'),
  page('zh-TW', '103 kB'),
  page('en', '101 kB'),
  {
    name: '@yilian/react/styles.css',
    path: 'dist/styles.css',
    gzip: true,
    limit: '7.3 kB',
  },
];
