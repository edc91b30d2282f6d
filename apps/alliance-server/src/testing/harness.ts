// Test harness: the real app on a real database (in-memory PGlite by default, PostgreSQL when asked), called
// through `app.request` by operationId. Every response is checked against the contract before a test sees it.
import type { components } from '@yilian/contract';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createAllianceApp } from '../app.js';
import type { Actor } from '../auth.js';
import { signToken } from '../auth.js';
import type { AllianceAppOptions } from '../app.js';
import type { Database } from '../db/database.js';
import { openPglite, openPostgres } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { loadMigrations } from '../db/migrations-node.js';
import type { OperationId } from '../http/route.js';
import { operationsById, validateProblem, validateResponse } from '../http/validation.js';
import { CLINICIANS } from '../seed/directory.js';
import { PATIENT_ACCOUNTS } from '../seed/dispatch.js';
import { seedAlliance } from '../seed/seed.js';

const CROSS_CUTTING = [400, 401, 413, 415, 429, 500, 503];

export const TEST_SECRETS = {
  tokenSecret: 'test-token-secret',
  patientKeySecret: 'test-patient-key',
} as const;

/** Fixed "now" of the tests: Monday 2026-11-23 09:00 in Shanghai. */
export const TEST_NOW = new Date('2026-11-23T09:00:00+08:00');

/** A clock the test moves by hand. */
export function manualClock(start: Date = TEST_NOW) {
  let now = start.getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, {
    set: (d: Date | string) => {
      now = new Date(d).getTime();
    },
    advance: (ms: number) => {
      now += ms;
    },
  });
}

export interface CallOptions {
  token?: string | null;
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult<TBody = unknown> {
  status: number;
  body: TBody;
  headers: Headers;
}

/** A seeded database, migrated; in memory unless a database is given. */
export async function seededDatabase(now: Date = TEST_NOW, db?: Database): Promise<Database> {
  const database = db ?? (await openPglite());
  await migrate(database, await loadMigrations());
  await seedAlliance(database, now);
  return database;
}

/** Builds the app on a seeded database and gives typed helpers to call it. */
export async function createTestServer(
  options: {
    db?: Database;
    clock?: ReturnType<typeof manualClock>;
    config?: Partial<AllianceAppOptions['config']>;
  } = {},
) {
  const clock = options.clock ?? manualClock();
  const db = options.db ?? (await seededDatabase(clock()));
  const logs: Record<string, unknown>[] = [];
  const app = createAllianceApp({
    db,
    clock,
    // The tests' webhook receivers listen on loopback.
    config: { ...TEST_SECRETS, allowPrivateWebhookUrls: true, ...options.config },
    log: (record) => logs.push(record),
  });

  /** A token for a seeded clinician in their seeded role, or in `role` when given. */
  async function tokenFor(clinicianId: string, role?: Actor['role']): Promise<string> {
    const person = CLINICIANS.find((c) => c.id === clinicianId);
    if (!person) {
      throw new Error(`No seeded clinician ${clinicianId}`);
    }
    return signToken(
      { institutionId: person.institutionId, role: role ?? person.role, clinicianId, name: person.name },
      TEST_SECRETS.tokenSecret,
      { now: clock() },
    );
  }

  /** A `patient` token for a seeded patient account, as the hospital's backend mints it. */
  async function tokenForPatient(patientId: string): Promise<string> {
    const account = PATIENT_ACCOUNTS.find((p) => p.id === patientId);
    if (!account) {
      throw new Error(`No seeded patient account ${patientId}`);
    }
    return signToken(
      { institutionId: account.institutionId, role: 'patient', clinicianId: patientId },
      TEST_SECRETS.tokenSecret,
      { now: clock() },
    );
  }

  /** Calls an operation and checks the response against the contract (status documented, body conforming). */
  async function call<TBody = unknown>(
    operationId: OperationId,
    options: CallOptions = {},
  ): Promise<CallResult<TBody>> {
    const entry = operationsById.get(operationId);
    if (!entry) {
      throw new Error(`No operation ${operationId}`);
    }
    let url = entry.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(options.path?.[name] ?? ''),
    );
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(options.query ?? {})) {
      if (v === undefined) {
        continue;
      }
      for (const item of Array.isArray(v) ? v : [v]) {
        search.append(k, String(item));
      }
    }
    if ([...search].length > 0) {
      url += `?${search}`;
    }
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) {
      headers.authorization = `Bearer ${options.token}`;
    }
    let requestBody: string | undefined;
    if (options.rawBody !== undefined) {
      requestBody = options.rawBody;
    } else if (options.body !== undefined) {
      requestBody = JSON.stringify(options.body);
    }
    if (requestBody !== undefined && !headers['content-type']) {
      headers['content-type'] = 'application/json';
    }
    const res = await app.request(url, { method: entry.method.toUpperCase(), headers, body: requestBody });
    const text = await res.text();
    const body = text ? (JSON.parse(text) as TBody) : (undefined as TBody);
    const documented = Object.keys(entry.operation.responses);
    if (documented.includes(String(res.status))) {
      expect(
        validateResponse(operationId, res.status, body),
        `${operationId} ${res.status} body breaks the contract`,
      ).toEqual([]);
    } else {
      // Statuses any operation may answer (auth, transport, overload) are checked as plain problems.
      expect(
        CROSS_CUTTING,
        `${operationId} answered an undocumented ${res.status}: ${text.slice(0, 300)}`,
      ).toContain(res.status);
      expect(validateProblem(body), `${operationId} ${res.status} problem breaks the contract`).toEqual([]);
    }
    if (res.status >= 400) {
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect((body as components['schemas']['Problem']).code, 'every problem has a code').toBeTruthy();
    }
    return { status: res.status, body, headers: res.headers };
  }

  return { app, db, clock, logs, tokenFor, tokenForPatient, call };
}

export type TestServer = Awaited<ReturnType<typeof createTestServer>>;

/** The contract's example patient with a valid resident ID (DOMAIN §6 worked example 1). */
export function examplePatient(): components['schemas']['Patient'] {
  return {
    name: '张三',
    sex: 'male',
    birthDate: '1990-03-07',
    idType: 'resident_id_card',
    idNumber: '110105199003071239',
    phone: '13812341234',
  };
}

/**
 * A routine up-referral of the example patient from 沧州 to 协和, submitted, with the patient's written consent
 * recorded by 王 (`cln_cz_neuro_wang`, who may send it); `overrides` change any field.
 * @example await server.call('createReferral', { token: wang, body: exampleReferral({ urgency: 'urgent' }) })
 */
export function exampleReferral(overrides: Record<string, unknown> = {}) {
  return {
    direction: 'up',
    urgency: 'routine',
    sendingInstitutionId: 'ins_cangzhou_central',
    receivingInstitutionId: 'ins_pumch',
    patient: examplePatient(),
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    reason: '急性脑梗死，需进一步评估取栓指征。',
    clinicalSummary: '发病4小时，NIHSS 8分，已完成头颅CT。',
    consent: {
      purpose: 'referral_transfer',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_cz_neuro_wang',
      method: 'written',
    },
    submit: true,
    ...overrides,
  };
}

/** The PostgreSQL the tests may use, or `undefined` (with a printed notice) when DATABASE_URL is not set. */
export function postgresUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  if (!url) {
    if (process.env.CI) {
      throw new Error(
        'CI must provide DATABASE_URL: the PostgreSQL half of the server tests may not be skipped there.',
      );
    }
    console.warn('DATABASE_URL is not set: skipping the PostgreSQL half of the server tests (CI runs it).');
  }
  return url;
}

/**
 * A fresh, migrated and seeded PostgreSQL database of its own for one test file (created next to the one in
 * DATABASE_URL and dropped by `drop`), so test files never see each other's rows.
 */
export async function postgresTestDatabase(url: string, now: Date = TEST_NOW, poolSize = 10) {
  const name = `yilian_test_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = await openPostgres(url, 1);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.close();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const open = (size = poolSize) => openPostgres(target.toString(), size);
  const db = await seededDatabase(now, await open());
  return {
    db,
    /** Another pool on the same database: a second server process, as far as PostgreSQL can tell. */
    open,
    async drop() {
      await db.close();
      const dropper = await openPostgres(url, 1);
      // pool.end() resolves before its connections have closed; FORCE would kill them mid-close (57P01) and
      // surface as unhandled errors. Wait for them to go (pools opened with `open()` must be closed first).
      for (let attempt = 0; attempt < 100; attempt++) {
        const { rows } = await dropper.query<{ count: number }>(
          'SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = $1',
          [name],
        );
        if (rows[0]?.count === 0) {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.close();
    },
  };
}

/**
 * Declares the same tests twice: on a seeded PGlite server, and (when DATABASE_URL is set; always in CI) on a
 * seeded PostgreSQL database of their own. The tests reach the server through the getter, which is set by the time
 * they run.
 * @example onBothDatabases('the 义诊 queue', (server) => { it('…', async () => { await server().call(…) }) })
 */
export function onBothDatabases(name: string, tests: (server: () => TestServer) => void): void {
  describe(`${name} on PGlite`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await createTestServer();
    });
    tests(() => server);
  });
  const url = postgresUrl();
  describe.skipIf(!url)(`${name} on PostgreSQL`, () => {
    let pg: Awaited<ReturnType<typeof postgresTestDatabase>> | undefined;
    let server: TestServer;
    beforeAll(async () => {
      pg = await postgresTestDatabase(url!);
      server = await createTestServer({ db: pg.db });
    });
    afterAll(async () => {
      await pg?.drop();
    });
    tests(() => server);
  });
}
