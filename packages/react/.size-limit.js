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

export default [
  {
    name: '@yilian/react: every widget (own code; @yilian/sdk and @yilian/domain are their own packages)',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '76.9 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/referral-form',
    path: 'dist/referral-form.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '20.2 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/referral-tracker',
    path: 'dist/referral-tracker.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '19.7 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/referral-inbox',
    path: 'dist/referral-inbox.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '10.7 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/consultation-request',
    path: 'dist/consultation-request.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '16.5 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/consultation-tracker',
    path: 'dist/consultation-tracker.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '13.6 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/consultation-inbox',
    path: 'dist/consultation-inbox.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '9.2 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/calendar',
    path: 'dist/calendar.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '14.5 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/appointments',
    path: 'dist/appointments.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '7.8 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/free-clinic-queue',
    path: 'dist/free-clinic-queue.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '10.2 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/recognition',
    path: 'dist/recognition.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '7.5 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/order-check',
    path: 'dist/order-check.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '9.2 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: '@yilian/react/alliance-dashboard (own code and the d3-array functions it bundles)',
    path: 'dist/alliance-dashboard.js',
    import: '*',
    gzip: true,
    ignore: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@radix-ui/react-dialog',
      '@yilian/sdk',
      '@yilian/domain',
    ],
    limit: '11.2 kB',
    modifyEsbuildConfig: withoutLazyLocales,
  },
  {
    name: 'a zh-CN page with every widget: @yilian/react, the SDK, the domain and Radix (React excluded)',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
    limit: '104.5 kB',
    modifyEsbuildConfig: pageIn('zh-CN'),
  },
  {
    name: 'an en page with every widget: @yilian/react, the SDK, the domain and Radix (React excluded)',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
    limit: '118 kB',
    modifyEsbuildConfig: pageIn('en'),
  },
  {
    name: '@yilian/react/styles.css',
    path: 'dist/styles.css',
    gzip: true,
    limit: '7.2 kB',
  },
];
