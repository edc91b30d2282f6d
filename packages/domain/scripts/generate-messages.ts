// Writes the per-locale message modules (src/messages/<locale>.ts) from the one interleaved source
// (src/messages/source.ts), so a page that shows one locale loads one flat table. With --check it writes nothing
// and exits 1 when a checked-in module differs from what the source generates (`pnpm test` runs it that way).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type { Locale } from '../src/messages.js';
import { FIELD_SOURCE, LABEL_SOURCE, PROBLEM_SOURCE } from '../src/messages/source.js';

const MESSAGE_SOURCE = { ...PROBLEM_SOURCE, ...FIELD_SOURCE, ...LABEL_SOURCE };

const check = process.argv.includes('--check');
const NAMES: Record<Locale, string> = {
  'zh-CN': 'Simplified Chinese (the default, and the fallback of the others)',
  'zh-TW': 'Traditional Chinese',
  en: 'English',
};
const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
let stale = 0;
for (const locale of Object.keys(NAMES) as Locale[]) {
  const file = fileURLToPath(new URL(`../src/messages/${locale}.ts`, import.meta.url));
  const entries = Object.entries(MESSAGE_SOURCE).map(
    ([key, text]) => `  ${quote(key)}: ${quote(text[locale])},`,
  );
  const source = `// Generated from source.ts by \`pnpm --filter @yilian/domain generate\`: never edit by hand.
import type { DomainMessages } from '../messages.js';

/**
 * Every domain message in ${NAMES[locale]}: problem codes (\`problem.*\`), field error codes (\`field.*\`) and enum
 * labels (\`label.<kind>.<value>\`). One module per locale, so that a page loads only the locale it shows (#12).
 * @example messages['problem.slot_full'] // ${quote(MESSAGE_SOURCE['problem.slot_full'][locale])}
 */
export const messages: DomainMessages = {
${entries.join('\n')}
};
`;
  const formatted = await format(source, { ...(await resolveConfig(file)), filepath: file });
  if (check) {
    if (readFileSync(file, 'utf8') !== formatted) {
      console.error(`domain: src/messages/${locale}.ts differs from what source.ts generates`);
      stale++;
    }
  } else {
    writeFileSync(file, formatted);
  }
}
if (stale > 0) {
  console.error('domain: run `pnpm --filter @yilian/domain generate` and commit the result');
  process.exit(1);
}
console.log(check ? 'domain: generated message modules are up to date' : 'domain: message modules written');
