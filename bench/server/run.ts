// Server scenarios: the reference server against its bare-route ceiling on each database, then the scale runs.
import { schemaExample } from '@yilian/contract';
import { signToken } from '@yilian/alliance-server';
import type { Worker } from '../worker.js';
import { startWorker } from '../worker.js';
import type { Command, Target } from './child.js';
import type { Template } from './fixtures.js';
import {
  BENCH_SECRETS,
  INSTITUTION_ID,
  NOW,
  SLOT_QUERY,
  VIEWER,
  bookingActivitySql,
  bookingSlotIds,
  growSql,
  sweepSql,
} from './fixtures.js';
import type { CannonResult, LoadCommand, LoadRequest, ProbeResult } from './load.js';

export interface Settings {
  quick: boolean;
  databaseUrl?: string;
  log: (line: string) => void;
  /** PGlite servers started earlier (their boot takes seconds), while nothing timed was running. */
  preboot?: Promise<[Worker, Worker]>;
  /** Only these databases (`PGlite`, `PostgreSQL`); all when empty. */
  databases?: string[];
  /** Only these scenarios (`institution`, `slots`, `referrals`, `booking`); all when empty. */
  scenarios?: string[];
  /** Run the server scenarios (default true) and the scale runs (default true). */
  server?: boolean;
  scale?: boolean;
}

export interface Measured extends CannonResult {
  cpuMicrosPerRequest: number;
  statementsPerRequest: number;
  /** Requests per second of each round, in order. */
  rounds: number[];
}
export interface ScenarioResult {
  id: 'institution' | 'slots' | 'referrals' | 'booking';
  name: string;
  server: Measured;
  ceiling: Measured;
}
export interface DatabaseResult {
  database: 'PGlite' | 'PostgreSQL';
  scenarios: ScenarioResult[];
}
export interface ScaleResult {
  database: 'PGlite' | 'PostgreSQL';
  multipliers: number[];
  rows: {
    id: 'referrals' | 'results' | 'events';
    name: string;
    unit: string;
    p50: number[];
    samples: number[];
  }[];
}

type Server = { worker: Worker; port: number };
const send = (w: Worker, command: Command) => w.call<unknown>(command);

/** A dedicated schema on the given database, so the bench never touches the tables of the app or its tests. */
function benchSchemaUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.set('options', '-c search_path=yilian_bench');
  return u.toString();
}

export async function startServer(target: Target, databaseUrl: string | undefined): Promise<Worker> {
  return startWorker('./server/child.ts', { target, databaseUrl });
}

async function listen(worker: Worker): Promise<Server> {
  return { worker, port: await worker.call<number>({ type: 'listen' }) };
}

/** Creates one referral, its events and one result through the API: the templates the scale SQL clones. */
export async function createTemplates(base: string, headers: Record<string, string>): Promise<Template> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': `template-${path}` },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { id?: string };
    if (!response.ok || !json.id) {
      throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(json)}`);
    }
    return json.id;
  };
  const referralId = await post('/v1/referrals', {
    ...schemaExample('ReferralCreate'),
    consent: { ...schemaExample('ReferralCreate').consent, grantedAt: '2026-11-23T08:30:00+08:00' },
  });
  const resultId = await post('/v1/results', schemaExample('ResultRegister'));
  // Reading the feed publishes the events these writes appended (numbers them in commit order), so the copies
  // carry their final sequence numbers.
  const feed = await fetch(`${base}/v1/events`, { headers });
  if (!feed.ok) {
    throw new Error(`GET /v1/events: ${feed.status}`);
  }
  return { referralId, resultId };
}

/** Copies the template rows (and the events the API wrote) from one database to another. */
async function copyTemplates(from: Worker, to: Worker, template: Template): Promise<void> {
  for (const [table, where] of [
    ['referrals', `id = '${template.referralId}'`],
    ['results', `id = '${template.resultId}'`],
    ['events', 'true'],
  ] as const) {
    const rows = await from.call<{ row: unknown }[]>({
      type: 'query',
      sql: `SELECT row_to_json(t) AS row FROM ${table} t WHERE ${where}`,
    });
    for (const { row } of rows) {
      await to.call({
        type: 'query',
        sql: `INSERT INTO ${table} SELECT * FROM json_populate_record(null::${table}, $1)`,
        params: [JSON.stringify(row)],
      });
    }
  }
  await to.call({
    type: 'query',
    sql: "SELECT setval('events_sequence_seq', (SELECT max(sequence) FROM events))",
  });
}

async function institutions(worker: Worker): Promise<string[]> {
  const rows = await worker.call<{ id: string }[]>({
    type: 'query',
    sql: 'SELECT id FROM institutions ORDER BY id',
  });
  return rows.map((r) => r.id);
}

export async function benchServers(
  settings: Settings,
): Promise<{ databases: DatabaseResult[]; scale?: ScaleResult }> {
  const { quick, log } = settings;
  // The server and its ceiling are measured in alternating rounds (the order flips every round), so the load the
  // other engineers' processes put on a shared machine falls on both sides alike; the spread of the per-round
  // ratios shows how much that load moved the figure.
  const rounds = quick ? 1 : 3;
  const seconds = quick ? 1 : 2;
  const warmup = quick ? 0.5 : 2;
  const connections = 20;
  const token = await signToken(VIEWER, BENCH_SECRETS.tokenSecret, { now: NOW, expiresIn: '24h' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const load = await startWorker('./server/load.ts');
  const databases: DatabaseResult[] = [];
  let scale: ScaleResult | undefined;
  const kinds: { database: DatabaseResult['database']; url?: string }[] = [{ database: 'PGlite' }];
  if (settings.databaseUrl) {
    kinds.push({ database: 'PostgreSQL', url: benchSchemaUrl(settings.databaseUrl) });
  }
  const wanted = settings.databases?.length
    ? kinds.filter((k) => settings.databases!.includes(k.database))
    : kinds;
  kinds.splice(0, kinds.length, ...wanted);
  try {
    for (const kind of kinds) {
      log(`server: ${kind.database}: starting the reference server and the ceiling`);
      // Two PGlite databases are set up side by side (each server owns its in-memory copy); PostgreSQL once.
      const [alliance, ceiling] =
        !kind.url && settings.preboot
          ? await settings.preboot
          : await Promise.all([startServer('alliance', kind.url), startServer('ceiling', kind.url)]);
      try {
        const tag = kind.database.toLowerCase();
        if (kind.url) {
          await send(alliance, {
            type: 'exec',
            sql: 'DROP SCHEMA IF EXISTS yilian_bench CASCADE; CREATE SCHEMA yilian_bench;',
          });
          await send(alliance, { type: 'setup' });
          await send(alliance, { type: 'exec', sql: bookingActivitySql(`${tag}_alliance`) });
          await send(alliance, { type: 'exec', sql: bookingActivitySql(`${tag}_ceiling`) });
        } else {
          await Promise.all(
            (
              [
                [alliance, 'alliance'],
                [ceiling, 'ceiling'],
              ] as const
            ).map(async ([w, t]) => {
              await send(w, { type: 'setup' });
              await send(w, { type: 'exec', sql: bookingActivitySql(`${tag}_${t}`) });
            }),
          );
        }
        const server = await listen(alliance);
        const bare = await listen(ceiling);
        const template = await createTemplates(`http://127.0.0.1:${server.port}`, headers);
        const ids = await institutions(alliance);
        if (!kind.url) {
          await copyTemplates(alliance, ceiling, template);
        }
        await Promise.all([
          send(alliance, { type: 'exec', sql: growSql(0, 1000, template, ids) }),
          kind.url ? undefined : send(ceiling, { type: 'exec', sql: growSql(0, 1000, template, ids) }),
        ]);
        // The grown data holds referrals past their deadlines. The reference server sweeps the caller's on its first
        // list read (on PostgreSQL for the ceiling too, which shares its tables); the ceiling's own PGlite copy gets
        // the same rows changed by SQL, so both list the same page rather than the ceiling's probe finding one due.
        const first = await fetch(`http://127.0.0.1:${server.port}/v1/referrals`, { headers });
        if (!first.ok) {
          throw new Error(`GET /v1/referrals: ${first.status}`);
        }
        if (!kind.url) {
          await send(ceiling, { type: 'exec', sql: sweepSql(VIEWER.institutionId) });
        }

        const scenarios: {
          id: ScenarioResult['id'];
          name: string;
          request: (s: Server, t: Target) => LoadRequest;
        }[] = [
          {
            id: 'institution',
            name: 'an institution (GET /v1/institutions/{id})',
            request: (s) => ({
              url: `http://127.0.0.1:${s.port}/v1/institutions/${INSTITUTION_ID}`,
              headers,
            }),
          },
          {
            id: 'slots',
            name: 'slots for three weeks (GET /v1/slots)',
            request: (s) => ({
              url: `http://127.0.0.1:${s.port}/v1/slots?${new URLSearchParams(SLOT_QUERY)}`,
              headers,
            }),
          },
          {
            id: 'referrals',
            name: 'the referral list (GET /v1/referrals, 1,000 referrals)',
            request: (s) => ({ url: `http://127.0.0.1:${s.port}/v1/referrals`, headers }),
          },
          {
            id: 'booking',
            name: 'a booking (POST /v1/appointments, distinct patients)',
            request: (s, t) => ({
              url: `http://127.0.0.1:${s.port}/v1/appointments`,
              method: 'POST',
              headers,
              bookingSlots: bookingSlotIds(`${tag}_${t}`),
            }),
          },
        ];
        type Used = { cpuMicros: number; answered: number; statements: number };
        const round = async (s: Server, request: LoadRequest) => {
          await send(s.worker, { type: 'mark' });
          const result = await load.call<CannonResult>({
            type: 'cannon',
            request,
            seconds,
            connections,
          } satisfies LoadCommand);
          return { result, used: (await send(s.worker, { type: 'measure' })) as Used };
        };
        const median = (values: number[]) => values.slice().sort((a, b) => a - b)[values.length >> 1]!;
        const combine = (parts: Awaited<ReturnType<typeof round>>[]): Measured => {
          const sum = (f: (p: (typeof parts)[number]) => number) => parts.reduce((t, p) => t + f(p), 0);
          const statuses: Record<string, number> = {};
          for (const { result } of parts) {
            for (const [code, n] of Object.entries(result.statuses)) {
              statuses[code] = (statuses[code] ?? 0) + n;
            }
          }
          const answered = Math.max(
            1,
            sum((p) => p.used.answered),
          );
          return {
            requests: sum((p) => p.result.requests),
            rps: sum((p) => p.result.requests) / (seconds * parts.length),
            p50: median(parts.map((p) => p.result.p50)),
            p99: median(parts.map((p) => p.result.p99)),
            statuses,
            errors: sum((p) => p.result.errors),
            cpuMicrosPerRequest: sum((p) => p.used.cpuMicros) / answered,
            statementsPerRequest: sum((p) => p.used.statements) / answered,
            rounds: parts.map((p) => p.result.rps),
          };
        };
        const results: ScenarioResult[] = [];
        const chosen = settings.scenarios?.length
          ? scenarios.filter((s) => settings.scenarios!.includes(s.id))
          : scenarios;
        for (const scenario of settings.server === false ? [] : chosen) {
          log(`server: ${kind.database}: ${scenario.name}`);
          const sides = [
            {
              s: server,
              request: scenario.request(server, 'alliance'),
              parts: [] as Awaited<ReturnType<typeof round>>[],
            },
            {
              s: bare,
              request: scenario.request(bare, 'ceiling'),
              parts: [] as Awaited<ReturnType<typeof round>>[],
            },
          ];
          for (const side of sides) {
            await load.call<CannonResult>({
              type: 'cannon',
              request: side.request,
              seconds: warmup,
              connections,
            } satisfies LoadCommand);
          }
          for (let r = 0; r < rounds; r++) {
            for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
              side.parts.push(await round(side.s, side.request));
            }
          }
          await Promise.all(
            sides.map((side) => send(side.s.worker, { type: 'profile', label: `${tag}-${scenario.id}` })),
          );
          const measured = { server: combine(sides[0]!.parts), ceiling: combine(sides[1]!.parts) };
          // A read that answered an error measured something else than the other side did (a booking's 409 is a
          // refusal, counted in its row).
          for (const [side, m] of Object.entries(measured)) {
            if (scenario.id !== 'booking' && Object.keys(m.statuses).some((code) => !code.startsWith('2'))) {
              throw new Error(
                `${kind.database} ${scenario.id}: the ${side} answered ${JSON.stringify(m.statuses)}`,
              );
            }
          }
          results.push({ id: scenario.id, name: scenario.name, ...measured });
        }
        databases.push({ database: kind.database, scenarios: results });
        await send(ceiling, { type: 'close' }).catch(() => undefined);

        // Scale: on PostgreSQL when there is one (the production database), else on PGlite.
        if (kind === kinds[kinds.length - 1] && settings.scale !== false) {
          scale = await benchScale(settings, kind.database, server, load, template, ids, headers);
        }
        await send(alliance, { type: 'close' }).catch(() => undefined);
      } finally {
        alliance.stop();
        ceiling.stop();
      }
    }
  } finally {
    load.stop();
  }
  return { databases, scale };
}

async function benchScale(
  settings: Settings,
  database: ScaleResult['database'],
  server: Server,
  load: Worker,
  template: Template,
  ids: string[],
  headers: Record<string, string>,
): Promise<ScaleResult> {
  const multipliers = settings.quick ? [1, 3, 10] : [1, 10, 100];
  const base = `http://127.0.0.1:${server.port}`;
  const patient = schemaExample('ResultRegister').patient;
  const probes: {
    id: ScaleResult['rows'][number]['id'];
    name: string;
    unit: string;
    request: LoadRequest;
  }[] = [
    {
      id: 'referrals',
      name: 'referral list',
      unit: 'referrals',
      request: { url: `${base}/v1/referrals`, headers },
    },
    {
      id: 'results',
      name: 'result search (one patient)',
      unit: 'results',
      request: {
        url: `${base}/v1/results/search`,
        method: 'POST',
        headers,
        body: JSON.stringify({ idType: patient.idType, idNumber: patient.idNumber }),
      },
    },
    {
      id: 'events',
      name: 'events feed (first page)',
      unit: 'events',
      request: { url: `${base}/v1/events`, headers },
    },
  ];
  const rows = probes.map((p) => ({
    id: p.id,
    name: p.name,
    unit: p.unit,
    p50: [] as number[],
    samples: [] as number[],
  }));
  let size = 1;
  for (const multiplier of multipliers) {
    if (multiplier > size) {
      settings.log(
        `scale: ${database}: growing to ${multiplier}× (${(multiplier * 1000).toLocaleString('en')} referrals)`,
      );
      await server.worker.call({ type: 'exec', sql: growSql(size * 1000, multiplier * 1000, template, ids) });
      size = multiplier;
    }
    for (const [i, p] of probes.entries()) {
      const result = await load.call<ProbeResult>({
        type: 'probe',
        request: p.request,
        seconds: settings.quick ? 0.5 : 2,
        minSamples: settings.quick ? 20 : 100,
      } satisfies LoadCommand);
      const ok = Object.entries(result.statuses).every(([code]) => code.startsWith('2'));
      if (!ok) {
        throw new Error(`scale probe ${p.id}: ${JSON.stringify(result.statuses)}`);
      }
      rows[i]!.p50.push(result.p50);
      rows[i]!.samples.push(result.samples);
    }
  }
  return { database, multipliers, rows };
}
