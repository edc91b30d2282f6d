import js from '@eslint/js';
import { createTypeScriptImportResolver, defaultConditionNames } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The package boundaries of ARCHITECTURE.md ("Who may import whom"), as lint rules. Tests may reach further
// (the SDK's tests start the reference server, stories run it in the page), so most rules skip them.
const TESTS = ['**/*.test.ts', '**/*.test-d.ts', '**/*.test.tsx'];

/** `@typescript-eslint/no-restricted-imports` patterns: a package and its subpaths, with why. */
const forbid = (message, ...packages) => ({
  group: packages.flatMap((name) => [name, `${name}/*`]),
  message,
});
const UI = forbid(
  'React code lives in @yilian/react (ARCHITECTURE.md).',
  'react',
  'react-dom',
  '@yilian/react',
);
const HTTP = forbid('HTTP code lives in the server (its routes/ and http/).', 'hono', '@hono/*');
const DATABASE = forbid(
  'Database code lives in the server (its stores/ and db/).',
  '@electric-sql/pglite',
  'pg',
);
const SDK = forbid(
  'The server implements the contract; it never calls itself through the SDK.',
  '@yilian/sdk',
);
const APPS = {
  group: ['@yilian/alliance-server', '@yilian/alliance-server/*', '@yilian/portal', '@yilian/portal/*'],
  message: 'Packages never import the apps (ARCHITECTURE.md: contract → domain → sdk → react → apps).',
};
const APP_FILES = {
  regex: '(^|/)apps/',
  message: 'Packages never import the apps (ARCHITECTURE.md: contract → domain → sdk → react → apps).',
};
const SERVER_BROWSER = {
  // The stories' and tests' only way to the reference server: its in-browser entry point.
  regex: '^@yilian/(alliance-server(?!/browser$)|portal)',
  message:
    'Stories and browser tests reach the reference server only through @yilian/alliance-server/browser.',
};
const STORY_SERVER = {
  regex: '(^|/)story-alliance(\\.[jt]sx?)?$',
  message: 'story-alliance starts the reference server in the page: only stories and tests may import it.',
};
const NOT_FOR_DOMAIN = [
  forbid('The domain imports nothing of ours but the contract.', '@yilian/sdk'),
  UI,
  HTTP,
  DATABASE,
  APPS,
  APP_FILES,
];
const REACT_WITH_SERVER = [
  'packages/react/src/**/*.test.ts',
  'packages/react/src/**/*.test.tsx',
  'packages/react/src/**/*.stories.tsx',
  'packages/react/src/internal/story-alliance.tsx',
  // Story fixtures shared by several story files (never part of the package, like story-alliance).
  'packages/react/src/internal/story-*.ts',
];
const restrict = (files, ignores, options) => ({
  files,
  ignores,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', options] },
});

const SERVER = 'apps/alliance-server/src';
const SERVER_LAYERS = [`${SERVER}/use-cases/**`, `${SERVER}/stores/**`, `${SERVER}/routes/**`];
const NO_HTTP = forbid(
  'Use-cases and stores know no HTTP: throw a Failure, the route maps it.',
  'hono',
  '@hono/*',
);
const ROUTE_DB = {
  // A route may name the connection type it hands to its use-case, nothing more of db/.
  regex: '(^|/)db/',
  allowTypeImports: true,
  message: 'Routes call one use-case; SQL lives in stores/ (a route may `import type` from db/).',
};
/** `import-x/no-restricted-paths` zones: the server's three layers, data flowing routes → use-cases → stores. */
// Tests may reach further than the code they test (ARCHITECTURE.md): a route's test seeds through a store.
const serverZone = (layer, from, message) => ({
  target: `${SERVER}/${layer}/**/!(*.test).ts`,
  from: from.map((folder) => `${SERVER}/${folder}`),
  message,
});

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-tsc/**',
      '**/storybook-static/**',
      '**/.data/**',
      '**/coverage/**',
      'storybook-static/**',
      'packages/contract/src/schema.d.ts',
      'packages/contract/src/document.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/**/*.{ts,tsx}', 'apps/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Parse TypeScript when following imports (the plugin's default is .js only: no-cycle would see nothing).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          // Workspace packages resolve to their sources, as in tsc and vitest: no build needed to lint.
          conditionNames: ['@yilian/source', ...defaultConditionNames],
          alwaysTryTypes: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          // Zones are relative to this file, wherever eslint is started from.
          basePath: import.meta.dirname,
          zones: [
            serverZone(
              'use-cases',
              ['http', 'routes'],
              'Use-cases know no HTTP: throw a Failure, the route maps it.',
            ),
            serverZone(
              'stores',
              ['http', 'routes', 'use-cases'],
              'Stores hold SQL only: decisions belong to use-cases, HTTP to routes.',
            ),
            serverZone('routes', ['stores'], 'Routes call one use-case; SQL lives in stores/.'),
          ],
        },
      ],
    },
  },
  // domain: pure rules. Only types from the contract (in its sources; tests may compare with the document).
  restrict(['packages/domain/src/**'], TESTS, {
    paths: [
      {
        name: '@yilian/contract',
        allowTypeImports: true,
        message: 'The domain takes only types from the contract (use `import type`).',
      },
    ],
    patterns: NOT_FOR_DOMAIN,
  }),
  restrict(
    TESTS.map((glob) => `packages/domain/src/${glob}`),
    [],
    { patterns: NOT_FOR_DOMAIN },
  ),
  // sdk: runs in browsers and workers; its tests (and src/testing) start the reference server.
  restrict(['packages/sdk/src/**'], [...TESTS, 'packages/sdk/src/testing/**'], {
    patterns: [
      UI,
      HTTP,
      DATABASE,
      APPS,
      APP_FILES,
      {
        regex: '(^|/)testing/',
        message: 'src/testing starts the reference server: only tests may import it.',
      },
    ],
  }),
  // react: widgets; stories and browser tests run the reference server in the page, through its browser entry.
  restrict(['packages/react/src/**'], REACT_WITH_SERVER, {
    patterns: [HTTP, DATABASE, APPS, APP_FILES, STORY_SERVER],
  }),
  restrict(REACT_WITH_SERVER, [], { patterns: [HTTP, DATABASE, SERVER_BROWSER, APP_FILES] }),
  // server: implements the contract with the domain's rules; use-cases and stores know no HTTP, routes no SQL.
  restrict([`${SERVER}/**`], SERVER_LAYERS, { patterns: [SDK, UI] }),
  restrict([`${SERVER}/use-cases/**`, `${SERVER}/stores/**`], [], { patterns: [SDK, UI, NO_HTTP] }),
  restrict([`${SERVER}/routes/**`], [], { patterns: [SDK, UI, ROUTE_DB] }),
  {
    files: ['packages/react/**/*.{ts,tsx}', 'apps/portal/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests and scripts may print and poke at internals.
    files: [
      '**/*.test.ts',
      '**/*.test-d.ts',
      '**/*.test.tsx',
      'scripts/**',
      '**/scripts/**',
      '.ci/**',
      'bench/**',
    ],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
