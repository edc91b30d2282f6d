// `pnpm --filter @yilian/bench run spread [N]`: the last N full runs (3 by default, from bench/results/runs/) side
// by side, row by row: each run's headline figures, their range, and in how many runs the target held. Writes
// bench/results/spread.md. Nothing is measured here; it only reads what `pnpm bench` recorded.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

interface RunRow {
  id: string;
  what: string;
  figures?: Record<string, number>;
  met?: boolean;
}
interface Run {
  at: string;
  machine: string;
  rows: RunRow[];
}

const count = Number(process.argv[2] ?? 3);
const dir = fileURLToPath(new URL('./results/', import.meta.url));
const files = readdirSync(`${dir}runs/`)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .slice(-count);
if (files.length < count) {
  console.error(
    `spread: ${files.length} recorded full runs in bench/results/runs/, ${count} wanted: run pnpm bench`,
  );
  process.exit(1);
}
const runs = files.map((name) => JSON.parse(readFileSync(`${dir}runs/${name}`, 'utf8')) as Run);

/** How a figure reads: sizes in kB, shares of the ceiling in %, the rest as ratios. */
const show = (key: string, value: number) =>
  key === 'kB'
    ? `${value.toFixed(1)} kB`
    : key === 'share'
      ? `${Math.round(value * 100)} %`
      : `${value.toFixed(2)}×`;
const LABEL: Record<string, string> = {
  kB: 'size',
  share: 'of ceiling',
  cpu: 'CPU ratio',
  latency: 'latency ratio',
  growth: '100× / 1×',
};

const lines: string[] = [];
for (const row of runs[runs.length - 1]!.rows) {
  const same = runs.map((run) => run.rows.find((r) => r.id === row.id));
  const keys = Object.keys(row.figures ?? {});
  if (keys.length === 0) {
    continue;
  }
  const cells = keys.map((key) => {
    const values = same.map((r) => r?.figures?.[key]).filter((v): v is number => v !== undefined);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const range = low === high ? show(key, low) : `${show(key, low)} – ${show(key, high)}`;
    return `${LABEL[key] ?? key}: ${values.map((v) => show(key, v)).join(', ')} (${range})`;
  });
  const judged = same.filter((r) => r?.met !== undefined);
  const held = judged.filter((r) => r?.met).length;
  const target =
    judged.length === 0
      ? ''
      : `${held === judged.length ? '✓' : held === 0 ? '✗' : '±'} ${held} of ${judged.length}`;
  lines.push(`| ${row.what.replaceAll('|', '\\|')} | ${cells.join('; ')} | ${target} |`);
}

const markdown = [
  `# Yilian bench: ${runs.length} runs side by side`,
  '',
  `Runs of ${runs.map((run) => run.at).join(', ')} on ${[...new Set(runs.map((run) => run.machine))].join(' / ')}. Each cell gives every run's figure in order, then the range; the last column says in how many runs the row's target (in bench/results/latest.md) held. Sizes do not vary between runs of one tree; times do.`,
  '',
  '| row | figures per run (range) | target held |',
  '| --- | --- | --- |',
  ...lines,
  '',
].join('\n');
const formatted = await prettier.format(markdown, {
  ...((await prettier.resolveConfig(fileURLToPath(new URL('../README.md', import.meta.url)))) ?? {}),
  parser: 'markdown',
});
writeFileSync(`${dir}spread.md`, formatted);
console.log(formatted);
