// `pnpm test`: every check and every test of the repository, in the order a failure is cheapest to find.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const chromium = ensureChromium();
const env = { ...process.env, CHROME_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

const steps = [
  [
    'contract: generated files are reproducible',
    'pnpm',
    ['--filter', '@yilian/contract', 'run', 'check-generated'],
  ],
  [
    'domain: the per-locale message modules are reproducible from their source',
    'pnpm',
    ['--filter', '@yilian/domain', 'run', 'check-generated'],
  ],
  ['contract: OpenAPI lint', 'pnpm', ['--filter', '@yilian/contract', 'run', 'lint:openapi']],
  ['types: tsc -b', 'pnpm', ['exec', 'tsc', '-b']],
  ['lint: eslint', 'pnpm', ['exec', 'eslint', '.', '--max-warnings', '0']],
  ['format: prettier', 'pnpm', ['exec', 'prettier', '--check', '.', '--log-level', 'warn']],
  ['build: tsup', 'pnpm', ['run', '--recursive', '--workspace-concurrency=1', 'build']],
  [
    'types: the demo portal against the built packages',
    'pnpm',
    ['--filter', '@yilian/portal', 'run', 'typecheck'],
  ],
  ['packages: publint + attw', 'pnpm', ['run', '--recursive', '--workspace-concurrency=1', 'test:build']],
  [
    'packages: installed from their tarballs as customers install them',
    'node',
    ['scripts/install-test/run.mjs'],
  ],
  [
    'sizes: size-limit budgets',
    'pnpm',
    ['run', '--recursive', '--if-present', '--workspace-concurrency=1', 'size'],
  ],
  ['tests: vitest (node + chromium, every story)', 'pnpm', ['exec', 'vitest', 'run']],
  ['docs: static Storybook', 'pnpm', ['run', 'build-storybook']],
  [
    'visual: every story and "All states" page at desktop and 360 px against its baseline',
    'node',
    ['scripts/visual/run.mjs'],
  ],
  [
    'bench: BENCH_QUICK=1 smoke, every row of the table present',
    'pnpm',
    ['--filter', '@yilian/bench', 'run', 'smoke'],
  ],
];

const timings = [];
for (const [title, command, args] of steps) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  timings.push(`${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}
console.log(`\n✔ all checks passed\n  ${timings.join('\n  ')}`);
