// Splits each widget area catalogue written the old way, `defineMessages({ 'zh-CN': {…}, 'zh-TW': {…}, en: {…} })`
// in src/i18n/<area>.ts, into one module per locale (src/i18n/<locale>/<area>.ts), and rewrites <area>.ts to load
// each locale on demand (#12). Areas already split are left alone, so after merging a branch that added keys the old
// way, take that branch's <area>.ts and run `node packages/react/scripts/split-messages.mjs` again.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const i18n = join(root, 'src/i18n');
const LOCALES = [
  ['zh-CN', "'zh-CN'"],
  ['zh-TW', "'zh-TW'"],
  ['en', 'en'],
];

/** The lines of one locale's table (`  'zh-CN': {` … `  },`), without the braces, indented as a module's object. */
function tableOf(lines, key, file) {
  const start = lines.indexOf(`  ${key}: {`);
  const end = lines.findIndex((line, index) => index > start && /^ {2}}/.test(line));
  if (start < 0 || end < 0) {
    throw new Error(`${file}: no ${key} table written as "  ${key}: {" … "  },"`);
  }
  return lines.slice(start + 1, end).map((line) => line.replace(/^ {2}/, ''));
}

const written = [];
for (const file of readdirSync(i18n).filter((name) => name.endsWith('.ts'))) {
  const source = readFileSync(join(i18n, file), 'utf8');
  if (!/export const \w+ = defineMessages\(\{/.test(source)) {
    continue;
  }
  const area = file.replace(/\.ts$/, '');
  const lines = source.split('\n');
  const head = lines.findIndex((line) => /export const \w+ = defineMessages\(\{/.test(line));
  const name = /export const (\w+) = defineMessages/.exec(lines[head])?.[1];
  if (!name) {
    throw new Error(`${file}: expected "export const X = defineMessages({"`);
  }
  // The area's doc comment, which says what the strings are for, stays with the area.
  let docStart = head;
  while (docStart > 0 && /^(\/\*\*| \*)/.test(lines[docStart - 1])) {
    docStart -= 1;
  }
  const doc = lines.slice(docStart, head);
  for (const [locale, key] of LOCALES) {
    const table = tableOf(lines, key, file);
    const body =
      locale === 'zh-CN'
        ? [
            `/** The ${area} area in zh-CN, the default locale and the fallback; loaded on demand like the others. */`,
            'export const messages = {',
            ...table,
            '};',
          ]
        : [
            `import type { messages as zhCN } from '../zh-CN/${area}.js';`,
            '',
            `/** The ${area} area in ${locale}, loaded on demand; a key missing here fails to compile. */`,
            `export const messages: Record<keyof typeof zhCN, string> = {`,
            ...table,
            '};',
          ];
    mkdirSync(join(i18n, locale), { recursive: true });
    writeFileSync(join(i18n, locale, file), `${body.join('\n')}\n`);
    written.push(join(i18n, locale, file));
  }
  const module = [
    "import { defineMessages } from './define.js';",
    '',
    ...doc,
    `export const ${name} = defineMessages('${area}', {`,
    `  'zh-CN': () => import('./zh-CN/${area}.js'),`,
    `  'zh-TW': () => import('./zh-TW/${area}.js'),`,
    `  en: () => import('./en/${area}.js'),`,
    '});',
  ];
  writeFileSync(join(i18n, file), `${module.join('\n')}\n`);
  written.push(join(i18n, file));
  console.log(`split ${file}`);
}
if (written.length > 0) {
  execFileSync('pnpm', ['exec', 'prettier', '--write', ...written], { cwd: root, stdio: 'inherit' });
}
