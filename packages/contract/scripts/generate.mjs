// Regenerates every derived file of the contract from openapi.yaml. With --check it writes nothing and
// exits 1 when a checked-in file differs from what the document generates (CI runs it that way).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { format, resolveConfig } from 'prettier';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');
const yamlText = await readFile(new URL('openapi.yaml', root), 'utf8');
const document = parse(yamlText);

const banner = '// Generated from openapi.yaml by scripts/generate.mjs. Do not edit by hand.\n';
const ast = await openapiTS(structuredClone(document), { alphabetize: false, immutable: false });
const outputs = {
  'src/schema.d.ts': banner + '/* eslint-disable */\n' + astToString(ast),
  'openapi.json': JSON.stringify(document, null, 2) + '\n',
  'src/document.ts':
    banner +
    `import type { OpenAPIV31Document } from './document-type.js';\n\n` +
    `/** The alliance contract as a JavaScript object (what the server validates against and serves). */\n` +
    `export const openapiDocument: OpenAPIV31Document = ${JSON.stringify(document, null, 2)};\n`,
};

let stale = [];
for (const [path, raw] of Object.entries(outputs)) {
  const target = fileURLToPath(new URL(path, root));
  const options = (await resolveConfig(target)) ?? {};
  const text = path.endsWith('.d.ts') ? raw : await format(raw, { ...options, filepath: target });
  let current = null;
  try {
    current = await readFile(target, 'utf8');
  } catch {
    current = null;
  }
  if (current === text) {
    continue;
  }
  if (check) {
    stale.push(path);
  } else {
    await writeFile(target, text);
  }
}
if (stale.length > 0) {
  console.error(
    `Generated files are out of date: ${stale.join(', ')}. Run: pnpm --filter @yilian/contract generate`,
  );
  process.exit(1);
}
console.log(check ? 'contract: generated files are up to date' : 'contract: generated files written');
