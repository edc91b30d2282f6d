// Writes dist/THIRD-PARTY-NOTICES.txt: the packages whose code the build copies into dist (and its source maps), each
// with its licence text. Their licences (ISC for d3, MIT for others) let us ship them only with their notices. The
// list comes from esbuild's metafiles (tsup's `metafile: true`), so a newly bundled package is never left out; the
// metafiles are then removed, since customers need neither. Fails when a bundled package has no licence text.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const LICENCE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'license', 'license.md'];

const inputs = new Set();
for (const name of ['metafile-esm.json', 'metafile-cjs.json']) {
  const path = join(dist, name);
  if (existsSync(path)) {
    for (const input of Object.keys(JSON.parse(readFileSync(path, 'utf8')).inputs)) {
      inputs.add(input);
    }
    rmSync(path);
  }
}
if (inputs.size === 0) {
  throw new Error(`no esbuild metafile in ${dist}: build with tsup's metafile option`);
}

/** The root folder of the package an input file belongs to (the last `node_modules/<name>` in its path). */
function packageRoot(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) {
    return undefined;
  }
  const length = parts[at + 1]?.startsWith('@') ? 3 : 2;
  return resolve(parts.slice(0, at + length).join('/'));
}

const packages = new Map();
for (const input of inputs) {
  const root = packageRoot(input);
  if (root && !packages.has(root)) {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const file = LICENCE_FILES.map((name) => join(root, name)).find((path) => existsSync(path));
    if (!file) {
      throw new Error(`${manifest.name} is bundled into ${dist} but has no licence file to ship with it`);
    }
    packages.set(root, { ...manifest, text: readFileSync(file, 'utf8').trim() });
  }
}

const listed = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));
const notices = [
  `${JSON.parse(readFileSync(join(dirname(dist), 'package.json'), 'utf8')).name} includes code from these packages, under their licences:`,
  '',
  ...listed.map((p) => `- ${p.name} ${p.version} (${p.license})`),
  ...listed.flatMap((p) => ['', '-'.repeat(78), `${p.name} ${p.version}`, '', p.text]),
  '',
].join('\n');
writeFileSync(join(dist, 'THIRD-PARTY-NOTICES.txt'), notices);
console.log(`THIRD-PARTY-NOTICES.txt: ${listed.map((p) => p.name).join(', ') || 'no bundled package'}`);
