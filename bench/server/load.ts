// The load generator, in its own process so its CPU is never the server's: autocannon for throughput and tail
// latency, or a sequential probe (one request at a time, sub-millisecond clock) for the p50 of the scale runs.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { BOOKING_CONSENT, benchPatient } from './fixtures.js';

export interface LoadRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Bookings: a distinct valid patient and idempotency key per request, round-robin over these slots. */
  bookingSlots?: string[];
}
export type LoadCommand =
  | { type: 'cannon'; request: LoadRequest; seconds: number; connections: number }
  | { type: 'probe'; request: LoadRequest; seconds: number; minSamples: number };

export interface CannonResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
}
export interface ProbeResult {
  samples: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
}

const run = randomUUID().slice(0, 8);
let patients = 0;

function bookingBody(slots: string[]): string {
  const i = patients++;
  return JSON.stringify({
    slotId: slots[i % slots.length],
    patient: benchPatient(i),
    consent: BOOKING_CONSENT,
  });
}

async function cannon(command: Extract<LoadCommand, { type: 'cannon' }>): Promise<CannonResult> {
  const { request } = command;
  const slots = request.bookingSlots;
  const result = await autocannon({
    url: request.url,
    method: request.method ?? 'GET',
    headers: request.headers,
    body: request.body,
    connections: command.connections,
    duration: command.seconds,
    ...(slots
      ? {
          requests: [
            {
              setupRequest: (req: autocannon.Request) => ({
                ...req,
                body: bookingBody(slots),
                headers: { ...request.headers, 'idempotency-key': `bench-${run}-${patients}` },
              }),
            },
          ],
        }
      : {}),
  });
  const statuses: Record<string, number> = {};
  const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> })
    .statusCodeStats;
  for (const [code, { count }] of Object.entries(stats ?? {})) {
    statuses[code] = count;
  }
  return {
    requests: result.requests.total,
    rps: result.requests.total / command.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses,
    errors: result.errors + result.timeouts,
  };
}

async function probe(command: Extract<LoadCommand, { type: 'probe' }>): Promise<ProbeResult> {
  const { request } = command;
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const end = performance.now() + command.seconds * 1000;
  while (performance.now() < end || times.length < command.minSamples) {
    const started = performance.now();
    const response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body,
    });
    await response.arrayBuffer();
    times.push(performance.now() - started);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { samples: times.length, p50: at(0.5), p99: at(0.99), statuses };
}

process.on('message', (message: { id: number; command: LoadCommand }) => {
  const work = message.command.type === 'cannon' ? cannon(message.command) : probe(message.command);
  work.then(
    (value) => process.send?.({ id: message.id, value }),
    (error: unknown) => process.send?.({ id: message.id, error: String((error as Error)?.stack ?? error) }),
  );
});
process.send?.({ id: 0, value: 'ready' });
// Never outlive the bench: when the parent goes, so does this process.
process.on('disconnect', () => process.exit(0));
