/// <reference types="vite/client" />
// The reference server inside a browser (Storybook, the offline demo): the same app on in-memory PGlite, reached
// through a `fetch` that calls `app.fetch` directly. Nothing is mocked: the widgets talk to the real routes.
import { PGlite } from '@electric-sql/pglite';
import { createAllianceApp } from './app.js';
import type { Actor } from './auth.js';
import { signToken } from './auth.js';
import type { Clock } from './context.js';
import { pgliteDatabase } from './db/database.js';
import type { Queryable } from './db/database.js';
import type { Migration } from './db/migrate.js';
import { migrate } from './db/migrate.js';
import { provideSubtleCrypto } from './insecure-context-crypto.js';
import { CLINICIANS } from './seed/directory.js';
import { PATIENT_ACCOUNTS } from './seed/dispatch.js';
import type { SeedOptions } from './seed/seed.js';
import { seedAlliance } from './seed/seed.js';

const migrationFiles = import.meta.glob<string>('../migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const MIGRATIONS: Migration[] = Object.entries(migrationFiles).map(([path, sql]) => ({
  name: path.split('/').pop() ?? path,
  sql,
}));

const SECRETS = { tokenSecret: 'yilian-in-browser', patientKeySecret: 'yilian-in-browser-patients' } as const;

/** Tables that hold what users create; the directory, catalogue and activities are reseeded around them. */
const TABLES = [
  'webhook_deliveries',
  'webhook_endpoints',
  'idempotency_keys',
  'rate_limits',
  'adoption_decisions',
  'retest_records',
  'referral_attachments',
  'appointments',
  'results',
  'referrals',
  'consultations',
  'events',
  'audit_events',
  'queue_tickets',
  'queue_counters',
  'patient_consents',
  'patient_accounts',
  'patient_booking_locks',
  'practice_sites',
  'slots',
  'activities',
  'dispatch_batches',
  'qualifications',
  'item_prices',
  'catalogue_items',
  'recognition_lists',
  'clinicians',
  'departments',
  'alliance_members',
  'institutions',
  'recognition_regions',
  'alliances',
];

/** The rows `reset` seeded, per table, and the sequences as seeding left them. */
interface Snapshot {
  tables: { table: string; rows: string }[];
  sequences: { name: string; value: string | null }[];
}

// events_pending_seq only ever grows (the feed's publisher renumbers what it hands out), as it does across resets.
const SEQUENCES_OF_RESET = `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences
  WHERE schemaname = current_schema() AND sequencename <> 'events_pending_seq'`;

async function snapshot(db: Queryable): Promise<Snapshot> {
  const tables: Snapshot['tables'] = [];
  for (const table of TABLES) {
    const { rows } = await db.query<{ rows: string | null }>(
      `SELECT json_agg(t)::text AS rows FROM ${table} t`,
    );
    if (rows[0]?.rows) {
      tables.push({ table, rows: rows[0].rows });
    }
  }
  const { rows: sequences } = await db.query<Snapshot['sequences'][number]>(SEQUENCES_OF_RESET);
  return { tables, sequences };
}

async function restore(db: Queryable, seeded: Snapshot): Promise<void> {
  // Rows go back as they were, so their references hold; replica mode skips the checks while they are loaded.
  await db.query(`SET session_replication_role = replica`);
  try {
    for (const { table, rows } of seeded.tables) {
      await db.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(null::${table}, $1::json)`, [
        rows,
      ]);
    }
  } finally {
    await db.query(`SET session_replication_role = origin`);
  }
  for (const { name, value } of seeded.sequences) {
    await db.query(
      value === null ? `SELECT setval($1, 1, false)` : `SELECT setval($1, $2::bigint)`,
      value === null ? [name] : [name, value],
    );
  }
}

export interface BrowserAlliance {
  /** A `fetch` that answers from the in-browser app; give it to the SDK client. */
  fetch: typeof fetch;
  /** The base URL to pair with `fetch` (never leaves the page). */
  baseUrl: string;
  /** A bearer token for a seeded clinician, in their seeded role unless `role` is given. */
  tokenFor(clinicianId: string, role?: Actor['role']): Promise<string>;
  /**
   * A `patient` token for a seeded patient account (`pat_bg_wang_lan`…), as the hospital's backend would mint it
   * after its own login: it books, lists and cancels only that patient's appointments.
   */
  tokenForPatient(patientId: string): Promise<string>;
  /**
   * Empties every table and reseeds, so each story starts from the same alliance (about 3 ms); with `seed`, seeds
   * that instead of what the server booted with (a story that needs the indicators' history, after one that did not).
   */
  reset(seed?: SeedOptions): Promise<void>;
  /** Programs the server's test-only fault switches (latency, 503s) for the next requests. */
  faults(
    faults: {
      match?: string;
      phase: 'before' | 'after';
      status?: number;
      retryAfterSeconds?: number;
      delayMs?: number;
      times: number;
    }[],
  ): Promise<void>;
  /** Sets the server's clock. */
  setNow(now: Date): void;
}

/**
 * Boots the reference server in the page: PGlite in memory (seconds, once), the SQL migrations, the seed, and the
 * app with its fault switches on.
 * @param now - the server's clock starts here (stories pin it, so their dates never drift)
 * @param options - `history: true` adds the months of history before `now` (the indicators' dashboard)
 * @example const alliance = await createBrowserAlliance(new Date('2026-11-23T09:00:00+08:00'));
 */
export async function createBrowserAlliance(now: Date, options: SeedOptions = {}): Promise<BrowserAlliance> {
  // A page opened over plain HTTP from an intranet name has no WebCrypto; the server's hashes and tokens need one.
  provideSubtleCrypto();
  let current = now.getTime();
  const clock: Clock = () => new Date(current);
  const snapshots = new Map<string, Snapshot>();
  const pg = await PGlite.create();
  const db = pgliteDatabase(pg);
  await migrate(db, MIGRATIONS);
  await seedAlliance(db, clock(), options);
  const app = createAllianceApp({
    db,
    clock,
    config: { ...SECRETS, faults: true, allowPrivateWebhookUrls: true },
  });
  const baseUrl = 'http://alliance.local';
  const inProcessFetch: typeof fetch = async (input, init) => {
    const request =
      input instanceof Request
        ? new Request(input, init)
        : new Request(new URL(String(input), baseUrl), init);
    return app.fetch(request);
  };
  return {
    fetch: inProcessFetch,
    baseUrl,
    async tokenFor(clinicianId, role) {
      const person = CLINICIANS.find((c) => c.id === clinicianId);
      if (!person) {
        throw new Error(`No seeded clinician ${clinicianId}`);
      }
      return signToken(
        { institutionId: person.institutionId, role: role ?? person.role, clinicianId, name: person.name },
        SECRETS.tokenSecret,
        {
          now: clock(),
        },
      );
    },
    async tokenForPatient(patientId) {
      const account = PATIENT_ACCOUNTS.find((p) => p.id === patientId);
      if (!account) {
        throw new Error(`No seeded patient account ${patientId}`);
      }
      return signToken(
        { institutionId: account.institutionId, role: 'patient', clinicianId: patientId },
        SECRETS.tokenSecret,
        { now: clock() },
      );
    },
    async reset(seed = options) {
      await db.exec(
        `TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY CASCADE; ALTER SEQUENCE referral_number_seq RESTART; ALTER SEQUENCE consultation_number_seq RESTART`,
      );
      // Seeding runs the use-cases (the indicators' history plays months of referrals through them): about a second
      // a story in the page. The same seed at the same instant writes the same rows, so they are kept after the
      // first time and copied back after that.
      const key = JSON.stringify([seed, current]);
      const seeded = snapshots.get(key);
      if (seeded) {
        await restore(db, seeded);
      } else {
        await seedAlliance(db, clock(), seed);
        snapshots.set(key, await snapshot(db));
      }
      await inProcessFetch(`${baseUrl}/v1/__faults`, { method: 'DELETE' });
    },
    async faults(list) {
      await inProcessFetch(`${baseUrl}/v1/__faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(list),
      });
    },
    setNow(next) {
      current = next.getTime();
    },
  };
}
