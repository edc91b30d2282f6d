// Bundle sizes of the published entries (min+gzip, as size-limit measures them) beside the figures of the tools
// users would otherwise pick (from the project brief). CI enforces the budgets; this prints the comparison.
import { execFileSync } from 'node:child_process';

const PEERS = [
  ['Medplum client (@medplum/core)', '35–78 kB'],
  ['Medplum React, four components', '135 kB'],
  ['Cal.com booking atoms', '516 kB'],
];

for (const pkg of ['@yilian/sdk', '@yilian/react']) {
  const out = execFileSync('pnpm', ['--filter', pkg, 'exec', 'size-limit', '--json'], { encoding: 'utf8' });
  for (const entry of JSON.parse(out)) {
    console.log(
      `${entry.name}: ${(entry.size / 1024).toFixed(2)} kB min+gzip (budget ${entry.sizeLimit ? (entry.sizeLimit / 1000).toFixed(0) + ' kB' : 'n/a'})`,
    );
  }
}
console.log('\nPeers (published figures):');
for (const [name, size] of PEERS) {
  console.log(`${name}: ${size}`);
}
