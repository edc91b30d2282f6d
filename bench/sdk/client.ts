// The SDK overhead run, client side: one GET of an institution by raw `fetch`, by openapi-fetch and by
// `@yilian/sdk`, each parsing the same JSON from the stub. The SDK times out each attempt by default (30 s), and
// Node's fetch spends more following a signal than the SDK spends on everything else, so each SDK configuration
// is also measured beside the hand-written fetch with the same guarantee: the default beside fetch with a 30 s
// `AbortSignal.timeout`, and `timeoutMs: 0` beside bare fetch. Interleaved in rounds (the order rotates every round)
// so drift on a shared machine hits the three alike; latency per call from a sub-millisecond clock, CPU per call
// from `process.cpuUsage()` around each batch.
import type { paths } from '@yilian/contract';
import { createAllianceClient } from '@yilian/sdk';
import createClient from 'openapi-fetch';

export interface ClientRun {
  rounds: number;
  batch: number;
}
export interface ClientResult {
  id: 'fetch' | 'fetch-timeout' | 'openapi-fetch' | 'sdk' | 'sdk-no-timeout';
  calls: number;
  medianMs: number;
  /** The median over the rounds of each round's CPU per call. */
  cpuMicrosPerCall: number;
  /** Each round's CPU per call, in the order the rounds ran (every kind ran once in each round, side by side). */
  cpuRounds: number[];
}

const TOKEN = 'bench';
const ID = 'ins_pumch';

const median = (values: number[]) => {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function measure(port: number, run: ClientRun): Promise<ClientResult[]> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const headers = { authorization: `Bearer ${TOKEN}` };
  const typed = createClient<paths>({ baseUrl, headers });
  const sdk = createAllianceClient({ baseUrl, token: TOKEN });
  const sdkNoTimeout = createAllianceClient({ baseUrl, token: TOKEN, timeoutMs: 0 });
  const calls: Record<ClientResult['id'], () => Promise<unknown>> = {
    fetch: async () => {
      const response = await fetch(`${baseUrl}/v1/institutions/${ID}`, { headers });
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    },
    'fetch-timeout': async () => {
      const response = await fetch(`${baseUrl}/v1/institutions/${ID}`, {
        headers,
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    },
    'openapi-fetch': async () => {
      const { data, error } = await typed.GET('/v1/institutions/{institutionId}', {
        params: { path: { institutionId: ID } },
      });
      if (error || !data) {
        throw new Error('openapi-fetch failed');
      }
      return data;
    },
    sdk: () => sdk.institutions.get(ID),
    'sdk-no-timeout': () => sdkNoTimeout.institutions.get(ID),
  };
  const ids = Object.keys(calls) as ClientResult['id'][];
  const times = Object.fromEntries(ids.map((id) => [id, [] as number[]]));
  const cpu = Object.fromEntries(ids.map((id) => [id, [] as number[]]));
  for (let round = 0; round < run.rounds; round++) {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[(round + k) % ids.length]!;
      const call = calls[id];
      const before = process.cpuUsage();
      for (let i = 0; i < run.batch; i++) {
        const started = performance.now();
        await call();
        times[id]!.push(performance.now() - started);
      }
      const used = process.cpuUsage(before);
      cpu[id]!.push((used.user + used.system) / run.batch);
    }
  }
  return ids.map((id) => {
    const sorted = times[id]!.slice().sort((a, b) => a - b);
    return {
      id,
      calls: sorted.length,
      medianMs: sorted[Math.floor(sorted.length / 2)]!,
      cpuMicrosPerCall: median(cpu[id]!),
      cpuRounds: cpu[id]!,
    };
  });
}

// A whole warm-up run (JIT, connection pool) precedes the measured one.
process.on(
  'message',
  (message: { id: number; command: { port: number; warmup: ClientRun; run: ClientRun } }) => {
    const { port, warmup, run } = message.command;
    measure(port, warmup)
      .then(() => measure(port, run))
      .then(
        (value) => process.send?.({ id: message.id, value }),
        (error: unknown) =>
          process.send?.({ id: message.id, error: String((error as Error)?.stack ?? error) }),
      );
  },
);
process.send?.({ id: 0, value: 'ready' });
// Never outlive the bench: when the parent goes, so does this process.
process.on('disconnect', () => process.exit(0));
