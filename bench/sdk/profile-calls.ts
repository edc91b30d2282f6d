// Profiling aid (not part of the table): N calls of one kind against the stub, in this process, so that
// `node --cpu-prof` shows where a call's CPU goes. Usage (from bench/):
//   node --conditions=@yilian/source --import tsx --cpu-prof --cpu-prof-dir=profiles/sdk sdk/profile-calls.ts sdk 20000
import { createAllianceClient } from '@yilian/sdk';
import createClient from 'openapi-fetch';
import type { paths } from '@yilian/contract';
import { startWorker } from '../worker.js';

const [kind = 'sdk', count = '20000'] = process.argv.slice(2);
const stub = await startWorker('./sdk/stub.ts');
const port = await stub.call<number>({ type: 'listen' });
const baseUrl = `http://127.0.0.1:${port}`;
const sdk = createAllianceClient({ baseUrl, token: 'bench' });
const typed = createClient<paths>({ baseUrl, headers: { authorization: 'Bearer bench' } });
const calls: Record<string, () => Promise<unknown>> = {
  sdk: () => sdk.institutions.get('ins_pumch'),
  'openapi-fetch': () =>
    typed.GET('/v1/institutions/{institutionId}', { params: { path: { institutionId: 'ins_pumch' } } }),
  fetch: () =>
    fetch(`${baseUrl}/v1/institutions/ins_pumch`, { headers: { authorization: 'Bearer bench' } }).then((r) =>
      r.json(),
    ),
};
const call = calls[kind]!;
const before = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < Number(count); i++) {
  await call();
}
const cpu = process.cpuUsage(before);
console.log(
  `${kind}: ${count} calls, ${((performance.now() - started) / Number(count)).toFixed(3)} ms/call, CPU ${((cpu.user + cpu.system) / Number(count)).toFixed(0)} µs/call`,
);
stub.stop();
process.exit(0);
