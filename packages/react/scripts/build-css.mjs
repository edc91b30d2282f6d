// Builds dist/styles.css: src/styles.css with its @imports inlined and comments and blank runs removed, so
// customers import one file and a strict CSP (style-src 'self') needs nothing else.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function inline(file, seen = new Set()) {
  if (seen.has(file)) {
    throw new Error(`@import cycle at ${file}`);
  }
  seen.add(file);
  const text = await readFile(file, 'utf8');
  let out = '';
  for (const line of text.split('\n')) {
    const match = /^@import\s+'([^']+)';\s*$/.exec(line.trim());
    out += match ? await inline(resolve(dirname(file), match[1]), seen) : `${line}\n`;
  }
  return out;
}

const css = (await inline(resolve(root, 'src/styles.css')))
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\n\s*\n+/g, '\n')
  .replace(/^\s+/gm, '')
  .trim();
await mkdir(resolve(root, 'dist'), { recursive: true });
await writeFile(resolve(root, 'dist/styles.css'), `${css}\n`);
