// Two real server processes (the CLI, as production runs it) against one PostgreSQL: the scale-out path. Nothing
// may live only in one process's memory, so capacity, idempotency and shutdown must hold across them.
import type { components } from '@yilian/contract';
import { residentIdCheckDigit } from '@yilian/domain';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from './auth.js';
import { postgresTestDatabase, postgresUrl } from './testing/harness.js';

type Slot = components['schemas']['Slot'];

const url = postgresUrl();
const PROCESS_SECRETS = {
  tokenSecret: 'processes-test-token-secret',
  patientKeySecret: 'processes-test-key',
};
const serverDir = fileURLToPath(new URL('..', import.meta.url));

interface RunningServer {
  child: ChildProcess;
  base: string;
  output: string[];
}

function startServer(databaseUrl: string): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    ['--conditions=@yilian/source', '--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0'],
    {
      cwd: serverDir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        YILIAN_RATE_LIMIT_PER_MINUTE: '0',
        // Production mode, as deployed: the secrets are given, not defaulted.
        NODE_ENV: 'production',
        YILIAN_TOKEN_SECRET: PROCESS_SECRETS.tokenSecret,
        YILIAN_PATIENT_KEY_SECRET: PROCESS_SECRETS.patientKeySecret,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /"msg":"listening","url":"(http:\/\/[^"]+)"/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve({ child, base: match[1]!, output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output.join('')}`)));
  });
}

function stop(server: RunningServer): Promise<number | null> {
  return new Promise((resolve) => {
    server.child.once('exit', (code) => resolve(code));
    server.child.kill('SIGTERM');
  });
}

describe.skipIf(!url)('two server processes on one PostgreSQL', () => {
  let pg: Awaited<ReturnType<typeof postgresTestDatabase>>;
  let a: RunningServer;
  let b: RunningServer;
  let token: string;

  beforeAll(async () => {
    // Seeded on the real clock: the processes run on it.
    pg = await postgresTestDatabase(url!, new Date());
    const target = new URL(url!);
    target.pathname = `/${(await pg.db.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!.name}`;
    [a, b] = await Promise.all([startServer(target.toString()), startServer(target.toString())]);
    token = await signToken(
      { institutionId: 'ins_baogang', role: 'coordinator', clinicianId: 'cln_bg_coord_han' },
      PROCESS_SECRETS.tokenSecret,
    );
  });

  afterAll(async () => {
    for (const server of [a, b]) {
      if (server && server.child.exitCode === null) {
        await stop(server);
      }
    }
    await pg?.drop();
  });

  it('never books a slot beyond its capacity when bookings are spread over both processes', async () => {
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const from = new Date(Date.now() + 24 * 3_600_000).toISOString();
    const to = new Date(Date.now() + 40 * 24 * 3_600_000).toISOString();
    const slots = (await (
      await fetch(
        `${a.base}/v1/slots?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&availableOnly=true&limit=1`,
        { headers },
      )
    ).json()) as { items: Slot[] };
    const slot = slots.items[0]!;
    const attempts = slot.capacity + 30;
    const responses = await Promise.all(
      Array.from({ length: attempts }, (_, n) => {
        const body = `15020319700101${String(n).padStart(3, '0')}`;
        return fetch(`${(n % 2 === 0 ? a : b).base}/v1/appointments`, {
          method: 'POST',
          headers: { ...headers, 'idempotency-key': `proc-${n}` },
          body: JSON.stringify({
            slotId: slot.id,
            patient: {
              name: '并发患者',
              sex: 'male',
              birthDate: '1970-01-01',
              idType: 'resident_id_card',
              idNumber: body + residentIdCheckDigit(body),
            },
            consent: {
              purpose: 'referral_transfer',
              grantedAt: new Date().toISOString(),
              recordedBy: 'cln_bg_coord_han',
              method: 'written',
            },
          }),
        });
      }),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(slot.capacity);
    expect(statuses.filter((s) => s === 409)).toHaveLength(30);
    const { rows } = await pg.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM appointments WHERE slot_id = $1 AND status = 'booked'",
      [slot.id],
    );
    expect(rows[0]!.n).toBe(slot.capacity);
  });

  it('replays an Idempotency-Key sent to the other process instead of booking twice', async () => {
    const headers = {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': 'cross-process-1',
    };
    const from = new Date(Date.now() + 24 * 3_600_000).toISOString();
    const to = new Date(Date.now() + 40 * 24 * 3_600_000).toISOString();
    const slots = (await (
      await fetch(
        `${b.base}/v1/slots?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&availableOnly=true&limit=1`,
        { headers },
      )
    ).json()) as { items: Slot[] };
    const body = '15020319800101777';
    const payload = JSON.stringify({
      slotId: slots.items[0]!.id,
      patient: {
        name: '重放患者',
        sex: 'female',
        birthDate: '1980-01-01',
        idType: 'resident_id_card',
        idNumber: body + residentIdCheckDigit(body),
      },
      consent: {
        purpose: 'referral_transfer',
        grantedAt: new Date().toISOString(),
        recordedBy: 'cln_bg_coord_han',
        method: 'written',
      },
    });
    const first = await fetch(`${a.base}/v1/appointments`, { method: 'POST', headers, body: payload });
    const second = await fetch(`${b.base}/v1/appointments`, { method: 'POST', headers, body: payload });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(((await second.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
  });

  it('drains and exits cleanly on SIGTERM', async () => {
    const code = await stop(b);
    expect(code).toBe(0);
    expect(b.output.join('')).toMatch(/"msg":"stopped"/);
  });
});
