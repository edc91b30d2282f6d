// `pnpm bench`: builds what it measures, runs every scenario on this machine in this run, prints one table and
// writes it as Markdown to bench/results/ (latest.md; quick.md for BENCH_QUICK=1). Never asserts on time: a ✗ is
// information for whoever optimises next, the exit code only says whether the bench itself ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import type { BundleSize, OwnCode, PageLocale, PageSize } from './bundles.js';
import { measureBundles } from './bundles.js';
import type { ClientResult, ClientRun } from './sdk/client.js';
import { benchServers, startServer } from './server/run.js';
import { startWorker } from './worker.js';

const quick = process.env.BENCH_QUICK === '1';
// While optimising, one part can be measured alone (its table goes to results/partial.md, never latest.md):
// BENCH_ONLY=bundles,client,server,scale; BENCH_DATABASES=PostgreSQL; BENCH_SCENARIOS=booking,slots.
const list = (name: string) => (process.env[name] ?? '').split(',').filter(Boolean);
const only = list('BENCH_ONLY');
const wants = (section: 'bundles' | 'client' | 'server' | 'scale') =>
  only.length === 0 || only.includes(section);
const partial = only.length > 0 || list('BENCH_DATABASES').length > 0 || list('BENCH_SCENARIOS').length > 0;
const started = Date.now();
const log = (line: string) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['contract', 'domain', 'sdk', 'react'];

/** The newest modification time under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the published packages when a `dist` is missing or older than its sources (a fresh clone has none). */
function ensureBuilt(): void {
  const stale = PACKAGES.filter((p) => {
    try {
      return statSync(`${ROOT}packages/${p}/dist/index.js`).mtimeMs < newest(`${ROOT}packages/${p}/src`);
    } catch {
      return true;
    }
  });
  if (stale.length === 0) {
    return;
  }
  log(`building ${stale.join(', ')} (dist missing or older than src)`);
  const { status } = spawnSync(
    'pnpm',
    ['--filter', '@yilian/react...', 'run', '--workspace-concurrency=1', 'build'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (status !== 0) {
    throw new Error(`build failed (exit ${status})`);
  }
}

async function benchSdk(): Promise<ClientResult[]> {
  const stub = await startWorker('./sdk/stub.ts');
  const client = await startWorker('./sdk/client.ts');
  try {
    const port = await stub.call<number>({ type: 'listen' });
    const warmup: ClientRun = { rounds: quick ? 1 : 5, batch: 100 };
    const run: ClientRun = { rounds: quick ? 3 : 15, batch: 500 };
    return await client.call<ClientResult[]>({ port, warmup, run });
  } finally {
    stub.stop();
    client.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The table

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const int = (v: number) => Math.round(v).toLocaleString('en');
const pct = (v: number) => `${Math.round(v * 100)} %`;
const ratio = (v: number) => `${v.toFixed(2)}×`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const medianOf = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Row {
  id: string;
  what: string;
  measured: string;
  compared: string;
  target: string;
  /** The row's headline figures (what its target reads), kept per run so runs can be set side by side. */
  figures?: Record<string, number>;
  /** Whether the row's target held in this run (absent: the row has none). */
  met?: boolean;
}

// A page in each locale: zh-CN first (the default), then the locales loaded on demand.
const PAGE_LOCALES: readonly PageLocale[] = ['zh-CN', 'en', 'zh-TW'];
const pagesText = (pages: Record<PageLocale, PageSize>, domain: boolean) =>
  PAGE_LOCALES.map(
    (l) =>
      `${l} ${kB(pages[l].gzipBytes)} (min ${kB(pages[l].minBytes)}${domain ? `, of it domain ${kB(pages[l].domainMinBytes)}` : ''})`,
  ).join('; ');
const largest = (pages: Record<PageLocale, PageSize>) =>
  Math.max(...PAGE_LOCALES.map((l) => pages[l].gzipBytes));

function bundleRows(section: string, ours: BundleSize, peers: BundleSize[], budget: number): Row[] {
  const size = ours.pages ? largest(ours.pages) : ours.gzipBytes;
  return [
    {
      id: `bundle:${ours.id}`,
      what: `${section}: ${ours.name}`,
      measured: ours.pages
        ? pagesText(ours.pages, true)
        : `${kB(ours.gzipBytes)} (min ${kB(ours.minBytes)})${ours.lazyGzipBytes === undefined ? '' : `; + ${kB(ours.lazyGzipBytes)} loaded on first use`}`,
      compared: peers.map((p) => `${p.id} ${ratio(p.gzipBytes / ours.gzipBytes)}`).join(', '),
      target: `≤ ${kB(budget)} ${mark(size <= budget)}`,
      figures: { kB: size / 1000 },
      met: size <= budget,
    },
    ...peers.map((p) => ({
      id: `bundle:${p.id}`,
      what: `${section}: ${p.name}${p.note ? ` — ${p.note}` : ''}`,
      measured: `${kB(p.gzipBytes)} (min ${kB(p.minBytes)})`,
      compared: `${ratio(p.gzipBytes / ours.gzipBytes)} ours`,
      target: '',
    })),
  ];
}

function ownCodeRows(entries: OwnCode[], budget: number): Row[] {
  return entries.map((entry) => ({
    id: `bundle:own:${entry.id}`,
    what: `Widget entry ${entry.name}: own code (shared with no other entry; the SDK, domain and Radix are shared)`,
    measured: pagesText(entry.pages, false),
    compared: `a page with only this entry: ${pagesText(entry.alone, false)}`,
    target: `≤ ${kB(budget)} ${mark(largest(entry.pages) <= budget)}`,
    figures: { kB: largest(entry.pages) / 1000 },
    met: largest(entry.pages) <= budget,
  }));
}

async function main(): Promise<void> {
  ensureBuilt();
  const databaseNames = list('BENCH_DATABASES');
  const pglite = wants('server') && (databaseNames.length === 0 || databaseNames.includes('PGlite'));
  // PGlite takes seconds to boot: the two servers boot while the bundles (sizes, not times) are measured.
  const preboot = pglite
    ? Promise.all([startServer('alliance', undefined), startServer('ceiling', undefined)])
    : undefined;
  if (wants('bundles')) {
    log('bundles: esbuild (minify, ESM, browser, react/react-dom external) + gzip -9');
  }
  const bundles = wants('bundles') ? await measureBundles() : { clients: [], widgets: [], widgetEntries: [] };
  await preboot;
  if (wants('client')) {
    log('sdk: raw fetch vs openapi-fetch vs @yilian/sdk against a stub');
  }
  const sdk = wants('client') ? await benchSdk() : [];
  const { databases, scale } =
    wants('server') || wants('scale')
      ? await benchServers({
          quick,
          databaseUrl: process.env.DATABASE_URL,
          log,
          preboot,
          databases: databaseNames,
          scenarios: list('BENCH_SCENARIOS'),
          server: wants('server'),
          scale: wants('scale'),
        })
      : { databases: [], scale: undefined };

  const rows: Row[] = [];
  const byId = (list: BundleSize[], id: string) => list.find((b) => b.id === id)!;
  if (wants('bundles')) {
    rows.push(
      ...bundleRows(
        'SDK bundle',
        byId(bundles.clients, 'sdk'),
        bundles.clients.filter((b) => b.id !== 'sdk'),
        5000,
      ),
      ...bundleRows(
        'Widgets bundle',
        byId(bundles.widgets, 'react'),
        bundles.widgets.filter((b) => b.id !== 'react'),
        40000,
      ),
      ...ownCodeRows(bundles.widgetEntries, 12000),
    );
  }

  // Each SDK configuration beside the hand-written fetch with the same guarantee: the default (every attempt
  // times out after 30 s) beside fetch with a 30 s AbortSignal.timeout, `timeoutMs: 0` beside bare fetch.
  const CLIENT_NAMES: Record<ClientResult['id'], string> = {
    fetch: 'raw `fetch` + `json()`',
    'fetch-timeout': 'raw `fetch` + `json()` with a 30 s `AbortSignal.timeout`',
    'openapi-fetch': '`openapi-fetch` `GET`',
    sdk: '`@yilian/sdk` `institutions.get` (default: 30 s timeout per attempt)',
    'sdk-no-timeout': '`@yilian/sdk` `institutions.get` with `timeoutMs: 0` (no timeout, as bare fetch)',
  };
  const BASELINE: Partial<Record<ClientResult['id'], ClientResult['id']>> = {
    'fetch-timeout': 'fetch',
    'openapi-fetch': 'fetch',
    sdk: 'fetch-timeout',
    'sdk-no-timeout': 'fetch',
  };
  for (const r of sdk) {
    const base = sdk.find((b) => b.id === BASELINE[r.id]);
    const lat = base ? r.medianMs / base.medianMs : 1;
    // CPU: the median of the rounds' own ratios. Both kinds ran side by side in each round, so a round the shared
    // machine slowed (a GC, another process) slows both, and one that hit only one kind does not move the median.
    const cpu = base ? medianOf(r.cpuRounds.map((used, i) => used / base.cpuRounds[i]!)) : 1;
    const judged = r.id === 'sdk' || r.id === 'sdk-no-timeout';
    rows.push({
      id: `client:${r.id}`,
      what: `Client call (GET an institution, stub server): ${CLIENT_NAMES[r.id]}`,
      measured: `median ${ms(r.medianMs)} ms, CPU ${int(r.cpuMicrosPerCall)} µs/call (median of ${r.cpuRounds.length} rounds; ${int(r.calls)} calls)`,
      compared: base ? `latency ${ratio(lat)}, CPU ${ratio(cpu)} ${CLIENT_NAMES[base.id]}` : 'baseline',
      target: judged ? `latency ≤ 1.10× ${mark(lat <= 1.1)}, CPU ≤ 1.15× ${mark(cpu <= 1.15)}` : '',
      ...(base ? { figures: { latency: lat, cpu } } : {}),
      ...(judged ? { met: lat <= 1.1 && cpu <= 1.15 } : {}),
    });
  }

  // Each round's own ratio (server and ceiling measured back to back): how far the shared machine moved it.
  const spread = (server: number[], ceiling: number[]) => {
    const shares = server.map((rps, i) => rps / ceiling[i]!).sort((a, b) => a - b);
    return shares.length > 1 ? ` (rounds ${pct(shares[0]!)}–${pct(shares[shares.length - 1]!)})` : '';
  };
  for (const db of databases) {
    for (const s of db.scenarios) {
      const share = s.server.rps / s.ceiling.rps;
      const goal = s.id === 'booking' ? 0.5 : 0.8;
      const booked = (m: typeof s.server) =>
        `, booked ${int(m.statuses['201'] ?? 0)} / refused ${int(m.requests - (m.statuses['201'] ?? 0))}`;
      const fmt = (m: typeof s.server) =>
        `${int(m.rps)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, CPU ${int(m.cpuMicrosPerRequest)} µs/req, ${m.statementsPerRequest.toFixed(1)} SQL/req${s.id === 'booking' ? booked(m) : ''}${m.errors ? `, ${m.errors} errors` : ''}`;
      const applies = s.id !== 'booking' || db.database === 'PostgreSQL';
      rows.push({
        id: `server:${db.database}:${s.id}`,
        what: `Server on ${db.database}: ${s.name}`,
        measured: fmt(s.server),
        compared: `ceiling ${fmt(s.ceiling)} → ${pct(share)} of ceiling${spread(s.server.rounds, s.ceiling.rounds)}, CPU/req ${ratio(s.server.cpuMicrosPerRequest / s.ceiling.cpuMicrosPerRequest)} the ceiling's`,
        target: applies ? `≥ ${pct(goal)} ${mark(share >= goal)}` : `(≥ 50 % on PostgreSQL)`,
        figures: { share, cpu: s.server.cpuMicrosPerRequest / s.ceiling.cpuMicrosPerRequest },
        ...(applies ? { met: share >= goal } : {}),
      });
    }
  }

  const [low, , high] = scale?.multipliers ?? [];
  for (const r of scale?.rows ?? []) {
    const growth = r.p50[2]! / r.p50[0]!;
    rows.push({
      id: `scale:${r.id}`,
      what: `Scale on ${scale!.database}: ${r.name}`,
      measured: scale!.multipliers
        .map(
          (m, i) =>
            `${m}× (${int(m * (r.id === 'results' ? 10_000 : r.id === 'events' ? 2000 : 1000))} ${r.unit}) p50 ${ms(r.p50[i]!)} ms`,
        )
        .join('; '),
      compared: `${high}× / ${low}×: ${ratio(growth)}`,
      target: r.id === 'results' ? '' : `≤ 2× ${mark(growth <= 2)}`,
      figures: { growth },
      ...(r.id === 'results' ? {} : { met: growth <= 2 }),
    });
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const header = [
    `# Yilian bench${quick ? ' (BENCH_QUICK=1 smoke: short runs, smaller scale — not figures to quote)' : ''}${partial ? ` (partial: ${[...only, ...list('BENCH_DATABASES'), ...list('BENCH_SCENARIOS')].join(', ')})` : ''}`,
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpu} · databases: ${databases.map((d) => d.database).join(', ')} · ${((Date.now() - started) / 1000).toFixed(0)} s`,
    '',
    'Every figure was measured in this run on this machine. Bundles: esbuild (minify, ESM, browser, react/react-dom external), gzip -9. Server: autocannon (20 connections) in its own process against the reference server and, in another process, the ceiling, in three alternating 2 s rounds each after a 2 s warm-up (the range is the per-round ratios) (bare Hono routes sending the same SQL on the same database driver); CPU is the server process’s own `process.cpuUsage()` per answered request (on PGlite that includes the database, on PostgreSQL it does not). Client calls: every kind runs 500 calls in turn, 15 rounds, in one process against a stub server in another; latency is the median call, CPU the median of the rounds’ own ratios to the baseline. Targets are ratios, never timed tests: ✗ is information, not a failure.',
    '',
  ];
  const esc = (s: string) => s.replaceAll('|', '\\|');
  const table = [
    '| row | measured | compared | target |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${esc(r.what)} | ${esc(r.measured)} | ${esc(r.compared)} | ${esc(r.target)} |`),
  ];
  const markdown = [...header, ...table, '', `<!-- rows: ${rows.map((r) => r.id).join(' ')} -->`, ''].join(
    '\n',
  );
  const formatted = await prettier.format(markdown, {
    ...((await prettier.resolveConfig(`${ROOT}README.md`)) ?? {}),
    parser: 'markdown',
  });
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${partial ? 'partial.md' : quick ? 'quick.md' : 'latest.md'}`;
  writeFileSync(file, formatted);
  console.log(formatted);
  log(`wrote ${file}`);
  if (!partial && !quick) {
    // Every full run's figures, for `pnpm --filter @yilian/bench run spread` to set the last runs side by side.
    const runs = `${dir}runs/`;
    mkdirSync(runs, { recursive: true });
    const at = new Date().toISOString();
    const record = {
      at,
      machine: `${cpus().length} × ${cpu}`,
      rows: rows.map(({ id, what, figures, met }) => ({ id, what, figures, met })),
    };
    writeFileSync(`${runs}${at.replace(/[:.]/g, '-')}.json`, `${JSON.stringify(record, null, 2)}\n`);
  }
}

await main();
