#!/usr/bin/env node
// The reference alliance server's command line: `serve` (default), `seed` and `tokens`.
import { serve } from '@hono/node-server';
import { parseArgs } from 'node:util';
import { createAllianceApp } from './app.js';
import { DEV_TOKEN_SECRET, signToken } from './auth.js';
import type { Logger } from './context.js';
import type { Database } from './db/database.js';
import { openPglite, openPostgres } from './db/database.js';
import { migrate } from './db/migrate.js';
import { loadMigrations } from './db/migrations-node.js';
import { CLINICIANS, INSTITUTIONS } from './seed/directory.js';
import { PATIENT_ACCOUNTS } from './seed/dispatch.js';
import { purgeExpiredIdempotencyKeys } from './http/idempotency.js';
import { seedAlliance } from './seed/seed.js';
import { expireDueReferrals } from './use-cases/referrals/expire-due.js';
import { deliverWebhooks } from './use-cases/webhooks/deliver-webhooks.js';
import { countInstitutions } from './stores/directory-store.js';
import { webhookFetch } from './webhook-transport.js';

const DEV_PATIENT_KEY_SECRET = 'yilian-dev-patient-key-do-not-use-in-production';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    demo: { type: 'boolean', default: false },
    dev: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    clinician: { type: 'string' },
    patient: { type: 'string' },
    role: { type: 'string' },
    'expires-in': { type: 'string', default: '12h' },
  },
});
const command = positionals[0] ?? 'serve';
// Development mode (published dev secrets, private webhook targets, demo personas) is asked for by a flag, never
// inferred from a missing variable: a deployment that forgets NODE_ENV still runs as production.
const dev = Boolean(values.dev || values.demo);

const log: Logger = (record) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`);
};

const DEV_SECRETS: Record<string, string> = {
  YILIAN_TOKEN_SECRET: DEV_TOKEN_SECRET,
  YILIAN_PATIENT_KEY_SECRET: DEV_PATIENT_KEY_SECRET,
};

/**
 * The secrets a command needs, from the environment; in development mode a missing one falls back to its
 * published dev value. Outside it, a missing secret or a published dev value ends the process, naming them all.
 */
function secrets<N extends string>(...names: N[]): Record<N, string> {
  if (dev && process.env.NODE_ENV === 'production') {
    console.error('--dev and --demo are development modes: refused with NODE_ENV=production.');
    process.exit(1);
  }
  const found = {} as Record<N, string>;
  const missing: string[] = [];
  const published: string[] = [];
  for (const name of names) {
    const value = process.env[name];
    if (dev) {
      found[name] = value || DEV_SECRETS[name]!;
    } else if (!value) {
      missing.push(name);
    } else if (value === DEV_SECRETS[name]) {
      published.push(name);
    } else {
      found[name] = value;
    }
  }
  if (missing.length > 0 || published.length > 0) {
    const lines = [
      ...(missing.length > 0 ? [`Missing secrets: ${missing.join(', ')} must be set.`] : []),
      ...(published.length > 0
        ? [`Published development secrets in ${published.join(', ')}: set secrets of your own.`]
        : []),
      `For local development only, run \`${command} --dev\` (or \`serve --demo\`) to use the published dev secrets.`,
    ];
    console.error(lines.join('\n'));
    process.exit(1);
  }
  return found;
}

async function openDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const db = url
    ? await openPostgres(url)
    : await openPglite(values['data-dir'] ?? process.env.YILIAN_DATA_DIR ?? '.data');
  await migrate(db, await loadMigrations());
  return db;
}

async function isEmpty(db: Database): Promise<boolean> {
  return (await countInstitutions(db)) === 0;
}

async function main(): Promise<void> {
  if (command === 'tokens') {
    const tokenSecret = secrets('YILIAN_TOKEN_SECRET').YILIAN_TOKEN_SECRET;
    if (values.patient) {
      // As a hospital's backend would after its own login: a `patient` token naming the patient account.
      const account = PATIENT_ACCOUNTS.find((p) => p.id === values.patient);
      if (!account) {
        console.error(
          `No seeded patient account ${values.patient}. Known: ${PATIENT_ACCOUNTS.map((p) => p.id).join(', ')}`,
        );
        process.exit(1);
      }
      const token = await signToken(
        { institutionId: account.institutionId, role: 'patient', clinicianId: account.id },
        tokenSecret,
        { expiresIn: values['expires-in'] },
      );
      const institution =
        INSTITUTIONS.find((i) => i.id === account.institutionId)?.nameZh ?? account.institutionId;
      process.stdout.write(`# patient ${account.id} · ${institution}\n${token}\n`);
      return;
    }
    const people = CLINICIANS.filter((c) => !values.clinician || c.id === values.clinician);
    if (people.length === 0) {
      console.error(
        `No seeded clinician ${values.clinician}. Known: ${CLINICIANS.map((c) => c.id).join(', ')}`,
      );
      process.exit(1);
    }
    for (const person of people) {
      const role = (values.role as (typeof person)['role'] | undefined) ?? person.role;
      const token = await signToken(
        { institutionId: person.institutionId, role, clinicianId: person.id, name: person.name },
        tokenSecret,
        { expiresIn: values['expires-in'] },
      );
      const institution =
        INSTITUTIONS.find((i) => i.id === person.institutionId)?.nameZh ?? person.institutionId;
      process.stdout.write(`# ${person.name} · ${institution} · ${role} (${person.id})\n${token}\n`);
    }
    return;
  }

  if (command !== 'serve' && command !== 'seed') {
    console.error(
      `Unknown command ${command}. Use: serve [--dev | --demo] | seed | tokens [--dev] [--clinician ID] [--role ROLE] [--patient pat_ID]`,
    );
    process.exit(2);
  }
  if (command === 'seed') {
    const db = await openDatabase();
    await seedAlliance(db, new Date(), { history: true });
    log({ level: 'info', msg: 'seeded', database: db.kind });
    await db.close();
    return;
  }
  // Checked before the database opens: a misconfigured deployment fails at once, having touched nothing.
  const { YILIAN_TOKEN_SECRET: tokenSecret, YILIAN_PATIENT_KEY_SECRET: patientKeySecret } = secrets(
    'YILIAN_TOKEN_SECRET',
    'YILIAN_PATIENT_KEY_SECRET',
  );
  const db = await openDatabase();
  if (values.demo && (await isEmpty(db))) {
    await seedAlliance(db, new Date(), { history: true });
    log({ level: 'info', msg: 'seeded the demo alliance into an empty database', database: db.kind });
  }

  const app = createAllianceApp({
    db,
    config: {
      tokenSecret,
      patientKeySecret,
      rateLimitPerMinute: Number(process.env.YILIAN_RATE_LIMIT_PER_MINUTE ?? 600),
      demoPersonas: Boolean(values.demo),
      allowPrivateWebhookUrls: dev,
      eventStream: {
        ...(process.env.YILIAN_EVENT_STREAM_HEARTBEAT_SECONDS
          ? { heartbeatMs: Number(process.env.YILIAN_EVENT_STREAM_HEARTBEAT_SECONDS) * 1000 }
          : {}),
        ...(process.env.YILIAN_EVENT_STREAMS_PER_CLINICIAN
          ? { perClinician: Number(process.env.YILIAN_EVENT_STREAMS_PER_CLINICIAN) }
          : {}),
      },
    },
    log,
  });
  const hostname = values.host ?? process.env.HOST ?? '127.0.0.1';
  const port = Number(values.port ?? process.env.PORT ?? 8787);
  const server = serve({ fetch: app.fetch, hostname, port }, (info) => {
    const url = `http://${hostname}:${info.port}`;
    log({ level: 'info', msg: 'listening', url, database: db.kind });
    process.stdout.write(`\nYilian alliance server: ${url}/  (API reference at ${url}/docs)\n`);
    if (dev) {
      process.stdout.write(
        'Dev tokens for the seeded clinicians: pnpm --filter @yilian/alliance-server tokens --dev\n\n',
      );
    }
  });

  let stopping = false;
  // Background duties of the server's clock: expire unanswered referrals, escalate overdue green-channel ones (a
  // 15-minute SLA, so swept every 10 s) and deliver webhooks. Each run is
  // skipped while the previous one is still going; both are safe with several processes on one database.
  const every = (ms: number, name: string, duty: () => Promise<unknown>) => {
    let running = false;
    return setInterval(() => {
      if (running || stopping) {
        return;
      }
      running = true;
      duty()
        .catch((error: unknown) =>
          log({ level: 'error', msg: `${name} failed`, error: (error as Error).name }),
        )
        .finally(() => {
          running = false;
        });
    }, ms);
  };
  // Outside development mode the transport resolves each endpoint's name and refuses private addresses.
  const webhookTransport = webhookFetch({ allowPrivate: dev });
  const timers = [
    every(10_000, 'referral expiry and escalation', () => expireDueReferrals(db, new Date())),
    every(5_000, 'webhook delivery', () => deliverWebhooks(db, { now: new Date(), fetch: webhookTransport })),
    every(600_000, 'idempotency purge', () => purgeExpiredIdempotencyKeys(db, new Date(), 24)),
  ];
  const stop = (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    timers.forEach(clearInterval);
    log({ level: 'info', msg: 'shutting down: draining in-flight requests', signal });
    // close() stops accepting and waits for the requests in flight; then the database is closed.
    server.close(async () => {
      await db.close();
      log({ level: 'info', msg: 'stopped' });
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

await main();
