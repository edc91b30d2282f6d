// Starts the reference alliance server in-process on an ephemeral loopback port, on a seeded in-memory PGlite,
// so the SDK is tested over real HTTP against the real routes, with the server's own fault switches.
import { serve } from '@hono/node-server';
import {
  CLINICIANS,
  PATIENT_ACCOUNTS,
  createAllianceApp,
  migrate,
  openPglite,
  seedAlliance,
  signToken,
} from '@yilian/alliance-server';
import type { Database, EventStreamConfig } from '@yilian/alliance-server';
import { once } from 'node:events';
import { readFile, readdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The fixed "now" of the server: Monday 2026-11-23 09:00 in Shanghai (the seeded activities hang off it). */
export const SERVER_NOW = new Date('2026-11-23T09:00:00+08:00');
const SECRETS = { tokenSecret: 'sdk-test-token-secret', patientKeySecret: 'sdk-test-patient-key' };

/** A programmed fault of the server (apps/alliance-server/src/http/middleware/faults.ts). */
export interface Fault {
  match?: string;
  phase: 'before' | 'after';
  status?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  times: number;
}

async function migrations() {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve('@yilian/alliance-server/package.json')),
    'migrations',
  );
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(join(dir, name), 'utf8') })));
}

export interface ReferenceServer {
  baseUrl: string;
  port: number;
  db: Database;
  /** A bearer token for a seeded clinician, in their seeded role. */
  tokenFor(clinicianId: string): Promise<string>;
  /** A `patient` token for a seeded patient account (`pat_bg_wang_lan`…), as a hospital's backend mints it. */
  tokenForPatient(patientId: string): Promise<string>;
  faults(faults: Fault[]): Promise<void>;
  clearFaults(): Promise<void>;
  count(table: 'referrals' | 'appointments' | 'results' | 'consultations'): Promise<number>;
  /** Moves the server's clock (tokens stay those minted at `SERVER_NOW`, valid for hours). */
  setNow(now: Date): void;
  close(): Promise<void>;
}

export interface ReferenceServerOptions {
  /** The live event stream's timings (tests shorten the heartbeat and the poll). */
  eventStream?: Partial<EventStreamConfig>;
}

export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const db = await openPglite();
  await migrate(db, await migrations());
  await seedAlliance(db, SERVER_NOW);
  let now = SERVER_NOW.getTime();
  const app = createAllianceApp({
    db,
    clock: () => new Date(now),
    config: { ...SECRETS, faults: true, eventStream: options.eventStream },
  });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    port,
    db,
    async tokenFor(clinicianId) {
      const person = CLINICIANS.find((candidate) => candidate.id === clinicianId);
      if (!person) {
        throw new Error(`No seeded clinician ${clinicianId}`);
      }
      return signToken(
        { institutionId: person.institutionId, role: person.role, clinicianId, name: person.name },
        SECRETS.tokenSecret,
        { now: SERVER_NOW },
      );
    },
    async tokenForPatient(patientId) {
      const account = PATIENT_ACCOUNTS.find((candidate) => candidate.id === patientId);
      if (!account) {
        throw new Error(`No seeded patient account ${patientId}`);
      }
      return signToken(
        { institutionId: account.institutionId, role: 'patient', clinicianId: patientId },
        SECRETS.tokenSecret,
        { now: SERVER_NOW },
      );
    },
    async faults(faults) {
      const res = await fetch(`${baseUrl}/v1/__faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(faults),
      });
      if (res.status !== 204) {
        throw new Error(`faults: ${res.status}`);
      }
    },
    async clearFaults() {
      await fetch(`${baseUrl}/v1/__faults`, { method: 'DELETE' });
    },
    async count(table) {
      const { rows } = await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${table}`);
      return Number(rows[0]?.n);
    },
    setNow(next) {
      now = next.getTime();
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await db.close();
    },
  };
}

export { uniquePatient, upReferral } from './referrals.js';
export { consultationRequest } from './consultations.js';
