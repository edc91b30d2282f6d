// Bundle sizes, ours and the peers', measured in this run with one set of esbuild settings: minified ESM for the
// browser, react and react-dom external (every page has them already), everything else bundled, gzip level 9.
import type { BuildOptions, Metafile, OutputFile } from 'esbuild';
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

export interface BundleEntry {
  id: string;
  name: string;
  /** What the entry imports, as a module a page would write. */
  source: string;
  note?: string;
  /**
   * Split as a bundler does a page's `import()`s: only what loads up front is counted, and the lazily loaded chunks
   * are given apart (`lazyGzipBytes`). Without it, esbuild inlines every `import()` into the one file.
   */
  split?: boolean;
  /**
   * A page in one locale: split as a bundler does, then everything the page loads when it renders all it imports in
   * that locale — the up-front chunks and the lazy ones, but not the chunks only another locale's messages reach.
   * `minBytes`/`gzipBytes` are the zh-CN page's; `pages` gives each locale's.
   */
  perLocale?: boolean;
}

export type PageLocale = 'zh-CN' | 'zh-TW' | 'en';

export interface PageSize {
  minBytes: number;
  gzipBytes: number;
  /** The part of `minBytes` that is `@yilian/domain` (minified, before gzip). */
  domainMinBytes: number;
}

export interface BundleSize extends BundleEntry {
  minBytes: number;
  gzipBytes: number;
  /** With `split`: the chunks loaded only on first use, together, min+gzip. */
  lazyGzipBytes?: number;
  /** With `perLocale`: the page in each locale. */
  pages?: Record<PageLocale, PageSize>;
}

/** A widget entry's own code: what a page showing it loads that no other widget entry loads too. */
export interface OwnCode {
  id: string;
  name: string;
  pages: Record<PageLocale, PageSize>;
  /** A page showing only this entry: its own code and all it shares (the SDK, the domain, Radix, common parts). */
  alone: Record<PageLocale, PageSize>;
}

/** The client libraries: ours beside the HTTP clients a hospital team would otherwise use. */
export const CLIENT_BUNDLES: BundleEntry[] = [
  // `events.subscribe` loads its own chunk (the SSE parser) on first use, as `.size-limit.json` counts it.
  { id: 'sdk', name: '`@yilian/sdk` (main entry)', source: `export * from '@yilian/sdk';`, split: true },
  {
    id: 'openapi-fetch',
    name: '`openapi-fetch` 0.17 (our raw client, loaded on first use)',
    source: `export { default } from 'openapi-fetch';`,
  },
  {
    id: 'medplum-client',
    name: '`MedplumClient` (`@medplum/core` 4.5)',
    source: `export { MedplumClient } from '@medplum/core';`,
  },
  { id: 'stripe', name: '`stripe` 23 (browser build)', source: `export { default } from 'stripe';` },
];

/** The widgets: the whole `@yilian/react` entry against the comparable components of the peers. */
export const WIDGET_BUNDLES: BundleEntry[] = [
  {
    id: 'react',
    name: '`@yilian/react` (every widget + SDK + domain + Radix), a page in one locale',
    source: `export * from '@yilian/react';`,
    perLocale: true,
  },
  {
    id: 'medplum-react',
    name: 'Medplum React 4.5: `ResourceForm`, `ServiceRequestTimeline`, `Scheduler`, `DiagnosticReportDisplay` (+ provider, client, Mantine 7)',
    source: `export { MedplumProvider, ResourceForm, ServiceRequestTimeline, Scheduler, DiagnosticReportDisplay } from '@medplum/react';
export { MedplumClient } from '@medplum/core';
export { MantineProvider } from '@mantine/core';`,
  },
  {
    id: 'stripe-react',
    name: '`@stripe/react-stripe-js` 7: `Elements`, `PaymentElement` + `loadStripe`',
    source: `export { Elements, PaymentElement } from '@stripe/react-stripe-js';
export { loadStripe } from '@stripe/stripe-js';`,
    note: 'loader only: the payment UI itself comes from js.stripe.com at run time',
  },
  {
    id: 'calcom-embed',
    name: '`@calcom/embed-react` 1.5',
    source: `export { default } from '@calcom/embed-react';`,
    note: 'loader only: the booking UI itself loads from cal.com in an iframe',
  },
];

/** The widget entries of `@yilian/react` (its package.json `exports`), each measured for its own code. */
export const WIDGET_ENTRIES: string[] = Object.keys(
  (
    JSON.parse(readFileSync(new URL('../packages/react/package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, unknown>;
    }
  ).exports,
)
  .filter((key) => key !== '.' && !key.endsWith('.css') && !key.endsWith('.json'))
  .map((key) => key.slice(2));

const LOCALES: readonly PageLocale[] = ['zh-CN', 'zh-TW', 'en'];

const SETTINGS: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  // CSS imported by a package is a separate file a page also loads; only JavaScript is counted here.
  loader: { '.css': 'empty' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
  absWorkingDir: BENCH_DIR,
};

/** Bundles one entry with the shared settings and measures it minified and gzipped (level 9). */
export async function measureBundle(entry: BundleEntry): Promise<BundleSize> {
  if (entry.perLocale) {
    const split = await splitBuild({ [entry.id]: entry.source });
    const pages = pagesOf(split, [split.entryOutput(entry.id)]);
    return { ...entry, minBytes: pages['zh-CN'].minBytes, gzipBytes: pages['zh-CN'].gzipBytes, pages };
  }
  const result = await build({
    ...SETTINGS,
    stdin: { contents: entry.source, resolveDir: BENCH_DIR, sourcefile: `${entry.id}.js`, loader: 'js' },
    ...(entry.split ? { splitting: true, outdir: `${BENCH_DIR}.bundle-${entry.id}`, metafile: true } : {}),
  });
  const files = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const js = files.find((f) => f.path.endsWith(`/${entry.id}.js`)) ?? files[0] ?? result.outputFiles[0];
  if (!js) {
    throw new Error(`esbuild produced no output for ${entry.id}`);
  }
  if (!entry.split) {
    return { ...entry, minBytes: js.contents.byteLength, gzipBytes: gzip(js.contents) };
  }
  // The entry and the chunks it imports statically, as one file (they load together); the rest is lazy.
  const outputs = result.metafile?.outputs ?? {};
  const upFront = new Set<string>();
  const visit = (path: string) => {
    const key = Object.keys(outputs).find((k) => path.endsWith(k.replace(/^(\.\.\/)+/, '')));
    if (key === undefined || upFront.has(key)) {
      return;
    }
    upFront.add(key);
    for (const i of outputs[key]!.imports) {
      if (i.kind === 'import-statement') {
        visit(i.path);
      }
    }
  };
  visit(js.path);
  const isUpFront = (f: { path: string }) =>
    [...upFront].some((k) => f.path.endsWith(k.replace(/^(\.\.\/)+/, '')));
  const join = (list: typeof files) => Buffer.concat(list.map((f) => f.contents));
  const eager = join(files.filter(isUpFront));
  const lazy = files.filter((f) => !isUpFront(f));
  return {
    ...entry,
    minBytes: eager.byteLength,
    gzipBytes: gzip(eager),
    ...(lazy.length > 0 ? { lazyGzipBytes: gzip(join(lazy)) } : {}),
  };
}

interface SplitBuild {
  outputs: Metafile['outputs'];
  files: Map<string, OutputFile>;
  /** The metafile key of an entry's output file. */
  entryOutput(id: string): string;
}

/** One split build of several entries (id → module source), as a bundler builds a site's pages. */
async function splitBuild(entries: Record<string, string>): Promise<SplitBuild> {
  const result = await build({
    ...SETTINGS,
    entryPoints: Object.keys(entries).map((id) => ({ in: `page:${id}`, out: id })),
    splitting: true,
    metafile: true,
    outdir: `${BENCH_DIR}.bundle-pages`,
    plugins: [
      {
        name: 'pages',
        setup(b) {
          b.onResolve({ filter: /^page:/ }, (args) => ({ path: args.path.slice(5), namespace: 'page' }));
          b.onLoad({ filter: /.*/, namespace: 'page' }, (args) => ({
            contents: entries[args.path],
            resolveDir: BENCH_DIR,
            loader: 'js',
          }));
        },
      },
    ],
  });
  const outputs = result.metafile.outputs;
  const files = new Map(result.outputFiles.map((f) => [f.path, f]));
  return {
    outputs,
    files,
    entryOutput: (id) => {
      const key = Object.keys(outputs).find((k) => outputs[k]!.entryPoint === `page:${id}`);
      if (key === undefined) {
        throw new Error(`esbuild produced no output for ${id}`);
      }
      return key;
    },
  };
}

const localeOfInput = new Map<string, PageLocale | undefined>();

/**
 * The locale whose messages a bundled input file is, if it is one: `@yilian/domain/messages/<locale>`, or a chunk of
 * `@yilian/react` built from `src/i18n/<locale>/…` only (read from its source map).
 */
function messagesLocale(input: string): PageLocale | undefined {
  if (!localeOfInput.has(input)) {
    const path = resolve(BENCH_DIR, input);
    let sources: string[] = [path];
    const map = `${path}.map`;
    // A file that only re-exports has a map without sources: its own path says what it is.
    if (existsSync(map)) {
      const mapped = (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
      sources = mapped.length > 0 ? mapped : sources;
    }
    const locales = new Set(
      sources.map((source) => /\/(?:i18n|messages)\/(zh-CN|zh-TW|en)(?:\/|\.[cm]?[jt]s$)/.exec(source)?.[1]),
    );
    const [only] = locales;
    localeOfInput.set(input, locales.size === 1 ? (only as PageLocale | undefined) : undefined);
  }
  return localeOfInput.get(input);
}

/**
 * The output files a page loads in `locale` from its entry outputs: every static import, and every dynamic import
 * except those of another locale's messages (a lazy chunk whose entry module is messages of one locale).
 */
function pageFiles(split: SplitBuild, entries: readonly string[], locale: PageLocale): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) {
      return;
    }
    seen.add(key);
    for (const i of split.outputs[key]!.imports) {
      if (i.external) {
        continue;
      }
      if (i.kind === 'dynamic-import') {
        const target = split.outputs[i.path]?.entryPoint;
        const of = target === undefined ? undefined : messagesLocale(target);
        if (of !== undefined && of !== locale) {
          continue;
        }
      }
      visit(i.path);
    }
  };
  entries.forEach(visit);
  return seen;
}

function sizeOf(split: SplitBuild, keys: Iterable<string>): PageSize {
  const list = [...keys].sort();
  // The files a page loads, as one file (as size-limit counts): gzip shares its dictionary across them.
  const bytes = Buffer.concat(list.map((key) => split.files.get(resolve(BENCH_DIR, key))!.contents));
  let domainMinBytes = 0;
  for (const key of list) {
    for (const [input, { bytesInOutput }] of Object.entries(split.outputs[key]!.inputs)) {
      if (input.includes('packages/domain/')) {
        domainMinBytes += bytesInOutput;
      }
    }
  }
  return { minBytes: bytes.byteLength, gzipBytes: gzip(bytes), domainMinBytes };
}

function pagesOf(split: SplitBuild, entries: readonly string[]): Record<PageLocale, PageSize> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, sizeOf(split, pageFiles(split, entries, locale))]),
  ) as Record<PageLocale, PageSize>;
}

/**
 * Each widget entry's own code: all the entries built together, split as a site's bundler splits them; a widget's
 * own files are those its page loads (in a locale) that no other widget entry's page loads. What they share — the
 * SDK, the domain, Radix and the widgets' common parts — is counted once, in the whole entry's page.
 */
export async function measureWidgetEntries(): Promise<OwnCode[]> {
  const split = await splitBuild(
    Object.fromEntries(WIDGET_ENTRIES.map((entry) => [entry, `export * from '@yilian/react/${entry}';`])),
  );
  return WIDGET_ENTRIES.map((entry) => {
    const pages = Object.fromEntries(
      LOCALES.map((locale) => {
        const others = new Set(
          WIDGET_ENTRIES.filter((other) => other !== entry).flatMap((other) => [
            ...pageFiles(split, [split.entryOutput(other)], locale),
          ]),
        );
        const own = [...pageFiles(split, [split.entryOutput(entry)], locale)].filter(
          (key) => !others.has(key),
        );
        return [locale, sizeOf(split, own)];
      }),
    ) as Record<PageLocale, PageSize>;
    return {
      id: entry,
      name: `\`@yilian/react/${entry}\``,
      pages,
      alone: pagesOf(split, [split.entryOutput(entry)]),
    };
  });
}

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;

export async function measureBundles(): Promise<{
  clients: BundleSize[];
  widgets: BundleSize[];
  widgetEntries: OwnCode[];
}> {
  const clients: BundleSize[] = [];
  for (const entry of CLIENT_BUNDLES) {
    clients.push(await measureBundle(entry));
  }
  const widgets: BundleSize[] = [];
  for (const entry of WIDGET_BUNDLES) {
    widgets.push(await measureBundle(entry));
  }
  return { clients, widgets, widgetEntries: await measureWidgetEntries() };
}
