// The bench's smoke test for `pnpm test`: a BENCH_QUICK=1 run, then a check that the table came out with every
// row and a figure in each. It asserts nothing about time: it only keeps the bench from rotting.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const file = new URL('./results/quick.md', import.meta.url);
rmSync(file, { force: true });
const { status } = spawnSync('pnpm', ['run', 'bench'], {
  cwd: new URL('.', import.meta.url),
  stdio: 'inherit',
  env: { ...process.env, BENCH_QUICK: '1' },
});
if (status !== 0) {
  console.error(`bench smoke: pnpm bench exited ${status}`);
  process.exit(1);
}

const databases = ['PGlite', ...(process.env.DATABASE_URL ? ['PostgreSQL'] : [])];
// One row per widget entry (its own code), as `@yilian/react` exports them.
const widgetEntries = Object.keys(
  JSON.parse(readFileSync(new URL('../packages/react/package.json', import.meta.url), 'utf8')).exports,
)
  .filter((key) => key !== '.' && !key.endsWith('.css') && !key.endsWith('.json'))
  .map((key) => key.slice(2));
const expected = [
  ...['sdk', 'openapi-fetch', 'medplum-client', 'stripe'].map((id) => `bundle:${id}`),
  ...['react', 'medplum-react', 'stripe-react', 'calcom-embed'].map((id) => `bundle:${id}`),
  ...widgetEntries.map((id) => `bundle:own:${id}`),
  ...['fetch', 'fetch-timeout', 'openapi-fetch', 'sdk', 'sdk-no-timeout'].map((id) => `client:${id}`),
  ...databases.flatMap((db) =>
    ['institution', 'slots', 'referrals', 'booking'].map((id) => `server:${db}:${id}`),
  ),
  ...['referrals', 'results', 'events'].map((id) => `scale:${id}`),
];
const markdown = readFileSync(file, 'utf8');
const listed = (markdown.match(/<!-- rows: (.*) -->/)?.[1] ?? '').split(' ');
const missing = expected.filter((id) => !listed.includes(id));
const tableRows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| row'));
const body = tableRows.filter((line) => !/^\|[\s|-]+\|$/.test(line));
const empty = body.filter((line) => line.split('|')[2]?.trim() === '');
if (missing.length > 0 || body.length !== expected.length || empty.length > 0) {
  console.error(
    `bench smoke: missing rows [${missing.join(', ')}], ${body.length} table rows for ${expected.length} expected, ${empty.length} without a figure`,
  );
  process.exit(1);
}
console.log(`bench smoke: ${body.length} rows, every one measured`);
