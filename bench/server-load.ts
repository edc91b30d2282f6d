// Server load benchmark: the reference server on in-memory PGlite (single connection, so this is its floor) and,
// when DATABASE_URL is set, on PostgreSQL. Reads (directory, slots) and writes (idempotent bookings). Prints
// requests per second and latency percentiles; never asserts on time (budgets are checked by size in CI).
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { AddressInfo } from 'node:net';
import {
  createAllianceApp,
  migrate,
  openPglite,
  openPostgres,
  seedAlliance,
  signToken,
} from '@yilian/alliance-server';
import { loadMigrations } from '../apps/alliance-server/src/db/migrations-node.js';
import { residentIdCheckDigit } from '@yilian/domain';

const SECRETS = { tokenSecret: 'bench', patientKeySecret: 'bench' };
const NOW = new Date('2026-11-23T09:00:00+08:00');
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

async function run(label: string, db: Awaited<ReturnType<typeof openPglite>>) {
  await migrate(db, await loadMigrations());
  await seedAlliance(db, NOW);
  const app = createAllianceApp({ db, clock: () => NOW, config: SECRETS });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = await signToken(
    { institutionId: 'ins_baogang', role: 'coordinator', clinicianId: 'cln_bg_coord_han' },
    SECRETS.tokenSecret,
    { now: NOW, expiresIn: '1d' },
  );
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

  let n = 0;
  // A new valid resident ID per booking: 110105 + 19900307 + a sequence number + its check digit.
  const patient = () => {
    n += 1;
    const body = `11010519900307${String(n % 1000).padStart(3, '0')}`;
    return {
      name: '测试',
      sex: 'male',
      birthDate: '1990-03-07',
      idType: 'resident_id_card',
      idNumber: body + residentIdCheckDigit(body),
    };
  };
  const scenarios: { name: string; opts: autocannon.Options }[] = [
    { name: 'GET /v1/institutions', opts: { url: `${base}/v1/institutions`, headers } },
    {
      name: 'GET /v1/slots (three weeks)',
      opts: {
        url: `${base}/v1/slots?from=2026-11-23T00:00:00%2B08:00&to=2026-12-14T00:00:00%2B08:00`,
        headers,
      },
    },
    {
      name: 'POST /v1/appointments (义诊 slot of 70: 70 bookings, then slot_full refusals)',
      opts: {
        url: `${base}/v1/appointments`,
        method: 'POST',
        headers,
        setupClient: (client) => {
          client.setBody(
            JSON.stringify({
              slotId: 'slt_jm_bg_free_clinic_20261212_0800',
              patient: patient(),
              consent: {
                purpose: 'referral_transfer',
                grantedAt: '2026-11-23T09:00:00+08:00',
                recordedBy: 'cln_bg_coord_han',
                method: 'written',
              },
            }),
          );
        },
      },
    },
  ];
  console.log(`\n## ${label}`);
  for (const s of scenarios) {
    const result = await autocannon({ ...s.opts, connections: 20, duration: seconds });
    console.log(
      `${s.name}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
    );
  }
  server.close();
  await db.close();
}

await run('PGlite (in memory)', await openPglite());
if (process.env.DATABASE_URL) {
  await run('PostgreSQL', await openPostgres(process.env.DATABASE_URL, 10));
}
