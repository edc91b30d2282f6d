// Summarises a .cpuprofile written under BENCH_PROFILE: the functions and the files where the CPU went (self time),
// and the inclusive time of the frames whose name matches an optional pattern. Usage:
//   node bench/profile.mjs bench/profiles/<dir>/alliance-postgresql-booking.cpuprofile [top] [pattern]
import { readFileSync } from 'node:fs';

const [file, topArg, pattern] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) {
  for (const c of n.children ?? []) {
    parent.set(c, n.id);
  }
}
const self = new Map();
profile.samples.forEach((id, i) => {
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const short = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
    .replace(/.*\/wt-[^/]+\//, '');
const label = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const add = (map, key, v) => map.set(key, (map.get(key) ?? 0) + v);
const fns = new Map();
const files = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  add(fns, label(n), t);
  const url = short(n.callFrame.url);
  add(
    files,
    url.startsWith('@') || !url.includes('/')
      ? url
          .split('/')
          .slice(0, url.startsWith('@') ? 2 : 1)
          .join('/') || n.callFrame.functionName
      : url,
    t,
  );
}
const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
const idle = [...fns].filter(([k]) => k.startsWith('(idle)')).reduce((a, [, t]) => a + t, 0);
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled, ${pct(idle)} idle`);
console.log('\nself time by function');
for (const [k, t] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${pct(t)}  ${k}`);
}
console.log('\nself time by file');
for (const [k, t] of [...files].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${pct(t)}  ${k}`);
}
if (pattern) {
  // Inclusive: a sample counts once for each distinct matching frame on its stack.
  const re = new RegExp(pattern);
  const incl = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const l = label(byId.get(n));
      if (re.test(l) && !seen.has(l)) {
        seen.add(l);
        add(incl, l, profile.timeDeltas[i] ?? 0);
      }
    }
  });
  console.log(`\ninclusive time of frames matching /${pattern}/`);
  for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${pct(t)}  ${k}`);
  }
}
