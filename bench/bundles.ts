// Bundle sizes, ours and the peers', measured in this run with one set of esbuild settings: minified ESM for the
// browser, react and react-dom external (every page has them already), everything else bundled, gzip level 9.
import { build } from 'esbuild';
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
}

export interface BundleSize extends BundleEntry {
  minBytes: number;
  gzipBytes: number;
  /** With `split`: the chunks loaded only on first use, together, min+gzip. */
  lazyGzipBytes?: number;
}

/** The client libraries: ours beside the HTTP clients a hospital team would otherwise use. */
export const CLIENT_BUNDLES: BundleEntry[] = [
  // `events.subscribe` loads its own chunk (the SSE parser) on first use, as `.size-limit.json` counts it.
  { id: 'sdk', name: '`@yilian/sdk` (main entry)', source: `export * from '@yilian/sdk';`, split: true },
  {
    id: 'openapi-fetch',
    name: '`openapi-fetch` 0.17 (what our SDK wraps)',
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
    name: '`@yilian/react` (every widget + SDK + domain + Radix)',
    source: `export * from '@yilian/react';`,
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

/** Bundles one entry with the shared settings and measures it minified and gzipped (level 9). */
export async function measureBundle(entry: BundleEntry): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: entry.source, resolveDir: BENCH_DIR, sourcefile: `${entry.id}.js`, loader: 'js' },
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

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;

export async function measureBundles(): Promise<{ clients: BundleSize[]; widgets: BundleSize[] }> {
  const clients: BundleSize[] = [];
  for (const entry of CLIENT_BUNDLES) {
    clients.push(await measureBundle(entry));
  }
  const widgets: BundleSize[] = [];
  for (const entry of WIDGET_BUNDLES) {
    widgets.push(await measureBundle(entry));
  }
  return { clients, widgets };
}
