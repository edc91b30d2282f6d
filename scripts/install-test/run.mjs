#!/usr/bin/env node
// The published packages, installed as customers install them: `pnpm pack` each one (which rewrites `workspace:`
// ranges and applies `publishConfig`), check what the tarball ships, `npm install` the tarballs into fresh projects
// in the OS temp dir (outside the workspace: no workspace links, no hoisted devDependencies), and run them:
//
//   1. the packed manifests: every `exports`/`main`/`types` target is in the tarball, nothing points at `src/`,
//      no `workspace:` range is left, every package imported by the shipped code is declared, LICENSE and
//      repository/homepage/bugs are there, and every package bundled into dist is listed with its licence;
//   2. a Node ES module and a CommonJS script import/require every public entry and subpath and run them against
//      the reference server (started from the workspace, PGlite in a temp dir): the SDK lists the seeded
//      institutions, the webhook helper verifies a signature, the outbox queues offline and replays, the rules and
//      the domain validate a 居民身份证号, every widget renders on the server; both must see the same names;
//   3. TypeScript (`tsc --noEmit`) under module/moduleResolution node16 and under esnext/bundler;
//   4. a fresh Vite + React app renders every widget entry in Debian Chromium (playwright), against the server.
//
//   --build     build the packages first even when their dist looks fresh (otherwise only when stale or missing)
//   --keep      keep the temp directory (printed) for a look afterwards
//
// Exits 1 naming the package/entry of every failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const args = new Set(process.argv.slice(2));
const PACKAGES = ['contract', 'domain', 'sdk', 'react'];
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const started = Date.now();
const failures = [];
const timings = [];
const children = new Set();

const log = (message) => process.stdout.write(`[install-test] ${message}\n`);
const fail = (where, message) => {
  failures.push(`${where}: ${message}`);
  log(`✖ ${where}: ${message}`);
};

async function step(title, body) {
  const t0 = Date.now();
  log(`▶ ${title}`);
  try {
    return await body();
  } catch (error) {
    fail(title, error instanceof Error ? error.message : String(error));
    return undefined;
  } finally {
    timings.push(`${title}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

/** Runs a command to completion; resolves with { status, output } (stdout+stderr, also echoed when `echo`). */
function run(command, commandArgs, { cwd = root, env = process.env, echo = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk) => {
      output += chunk;
      if (echo) {
        process.stdout.write(chunk);
      }
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    child.on('error', (error) => resolve({ status: 1, output: `${output}\n${error.message}` }));
    child.on('close', (status, signal) => resolve({ status: status ?? (signal ? 1 : 0), output }));
  });
}

/** Starts a long-running child in its own process group (stopped at exit). */
function start(command, commandArgs, { cwd, env }) {
  const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // gone
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(what, probe, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`${what} exited (code ${child.exitCode}) before it was ready`);
    }
    const value = await probe().catch(() => undefined);
    if (value) {
      return value;
    }
    await sleep(200);
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`);
}

async function newestMtime(path) {
  if (!existsSync(path)) {
    return 0;
  }
  const info = await stat(path);
  if (!info.isDirectory()) {
    return info.mtimeMs;
  }
  let newest = 0;
  for (const name of await readdir(path)) {
    newest = Math.max(newest, await newestMtime(join(path, name)));
  }
  return newest;
}

/** Whether a package's dist is missing or older than its sources (src, tsup config, build scripts). */
async function isStale(pkg) {
  const dir = join(root, 'packages', pkg);
  const dist = join(dir, 'dist');
  if (!existsSync(dist) || (await readdir(dist)).length === 0) {
    return true;
  }
  const sources = Math.max(
    await newestMtime(join(dir, 'src')),
    await newestMtime(join(dir, 'tsup.config.ts')),
    await newestMtime(join(dir, 'scripts')),
  );
  let oldestOutput = Infinity;
  for (const name of await readdir(dist)) {
    oldestOutput = Math.min(oldestOutput, (await stat(join(dist, name))).mtimeMs);
  }
  return sources > oldestOutput;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. The packed manifests

/** Every [conditions, target] of an `exports` value. */
function exportTargets(value, conditions = []) {
  if (typeof value === 'string') {
    return [[conditions, value]];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item) => exportTargets(item, conditions));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => exportTargets(item, [...conditions, key]));
  }
  return [];
}

const BUILTINS = new Set(builtinModules);

/** A bare specifier's package name, or undefined for what is not a package (relative, builtin, not a name). */
function packageOf(specifier) {
  const name = specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : specifier.split('/')[0];
  if (
    !/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/.test(name) ||
    BUILTINS.has(name) ||
    specifier.startsWith('node:')
  ) {
    return undefined;
  }
  return name;
}

/**
 * The packages that shipped code and declarations import: static `import`/`export … from` statements (at the start
 * of a line, as tsup writes them), `import()` and `require()`.
 */
function importedPackages(text) {
  const names = new Set();
  const patterns = [
    /^\s*(?:import|export|\})[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const [, specifier] of text.matchAll(pattern)) {
      const name = packageOf(specifier);
      if (name) {
        names.add(name);
      }
    }
  }
  return names;
}

async function checkTarball(pkg, tarball, unpacked) {
  const where = `@yilian/${pkg} (packed)`;
  const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  if (list.status !== 0) {
    fail(where, `cannot list ${tarball}: ${list.stderr}`);
    return undefined;
  }
  const files = new Set(
    list.stdout
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, '')),
  );
  await mkdir(unpacked, { recursive: true });
  spawnSync('tar', ['-xzf', tarball, '-C', unpacked], { encoding: 'utf8' });
  const manifest = JSON.parse(await readFile(join(unpacked, 'package', 'package.json'), 'utf8'));
  const shipped = (target) => files.has(target.replace(/^\.\//, ''));

  if (!manifest.exports || typeof manifest.exports !== 'object') {
    fail(where, 'no exports map');
  }
  // The published map is the workspace's without its `@yilian/source` condition: nothing added, nothing lost.
  const workspace = JSON.parse(await readFile(join(root, 'packages', pkg, 'package.json'), 'utf8'));
  const expected = JSON.stringify(workspace.exports, (key, value) =>
    key === '@yilian/source' ? undefined : value,
  );
  if (JSON.stringify(manifest.exports) !== expected) {
    fail(
      where,
      `the published exports differ from the workspace's (less @yilian/source): ${JSON.stringify(manifest.exports)}`,
    );
  }
  for (const [subpath, value] of Object.entries(manifest.exports ?? {})) {
    for (const [conditions, target] of exportTargets(value)) {
      const path = [subpath, ...conditions].join(' → ');
      if (conditions.some((c) => c.startsWith('@yilian/'))) {
        fail(where, `exports ${path} is a workspace-only condition (publishConfig.exports should drop it)`);
      }
      if (/^\.\/src\//.test(target)) {
        fail(where, `exports ${path} points at the unshipped source ${target}`);
      }
      if (!shipped(target)) {
        fail(where, `exports ${path} → ${target} is not in the tarball`);
      }
    }
  }
  for (const field of ['main', 'module', 'types', 'typings']) {
    if (manifest[field] && !shipped(manifest[field])) {
      fail(where, `${field} → ${manifest[field]} is not in the tarball`);
    }
  }
  for (const [key, targets] of Object.entries(manifest.typesVersions?.['*'] ?? {})) {
    for (const target of targets) {
      if (!shipped(target)) {
        fail(where, `typesVersions ${key} → ${target} is not in the tarball`);
      }
    }
  }
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]);
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|link|file|portal):/.test(range)) {
        fail(where, `${field}.${name} is "${range}", which npm cannot install`);
      }
    }
  }
  for (const file of files) {
    if (!/\.(c|m)?js$|\.d\.(c|m)?ts$/.test(file)) {
      continue;
    }
    const text = await readFile(join(unpacked, 'package', file), 'utf8');
    for (const name of importedPackages(text)) {
      if (!declared.has(name)) {
        fail(where, `${file} imports "${name}", which is not in dependencies or peerDependencies`);
      }
    }
  }
  if (![...files].some((f) => /^LICEN[SC]E(\.md|\.txt)?$/i.test(f))) {
    fail(where, 'no LICENSE file in the tarball');
  }
  // Code copied in from other packages (found by its paths in the shipped source maps, not by what the build says
  // it did) may ship only with those packages' licences.
  const bundled = new Set();
  for (const file of [...files].filter((f) => f.endsWith('.map'))) {
    const map = JSON.parse(await readFile(join(unpacked, 'package', file), 'utf8'));
    for (const source of map.sources ?? []) {
      const name = [...source.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].at(-1)?.[1];
      if (name && name !== '.pnpm') {
        bundled.add(name);
      }
    }
  }
  const noticesFile = 'dist/THIRD-PARTY-NOTICES.txt';
  const notices = [...files].includes(noticesFile)
    ? await readFile(join(unpacked, 'package', noticesFile), 'utf8')
    : '';
  for (const name of bundled) {
    if (!notices.includes(`\n- ${name} `)) {
      fail(where, `bundles ${name} but ${noticesFile} does not list it with its licence`);
    }
  }
  if (!manifest.license) {
    fail(where, 'no license field');
  }
  if (!manifest.repository?.url) {
    fail(where, 'no repository.url');
  }
  if (!manifest.homepage) {
    fail(where, 'no homepage');
  }
  if (!(manifest.bugs?.url ?? manifest.bugs)) {
    fail(where, 'no bugs');
  }
  return { manifest, files };
}

// ---------------------------------------------------------------------------------------------------------------

/** The environment for npm: none of pnpm's `npm_config_*`/`npm_package_*` from the script that ran us. */
function npmEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package|lifecycle)_/i.test(key)) {
      continue;
    }
    if (/^npm_config_/i.test(key) && !/^npm_config_(registry|cache|userconfig)$/i.test(key)) {
      continue;
    }
    env[key] = value;
  }
  return { ...env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
}

async function workspaceVersions() {
  const rootManifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const reactManifest = JSON.parse(await readFile(join(root, 'packages/react/package.json'), 'utf8'));
  const all = { ...rootManifest.devDependencies, ...reactManifest.devDependencies };
  const pick = (name) => {
    if (!all[name]) {
      throw new Error(`the workspace pins no version of ${name}`);
    }
    return all[name];
  };
  return pick;
}

async function makeProject(dir, name, tarballs, dependencies, devDependencies = {}) {
  await mkdir(dir, { recursive: true });
  const ours = Object.fromEntries(Object.entries(tarballs).map(([pkg, file]) => [pkg, `file:${file}`]));
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify(
      {
        name,
        private: true,
        type: 'module',
        dependencies: { ...ours, ...dependencies },
        devDependencies,
        // Our packages depend on each other by version (`^0.1.0`): take them from these tarballs, never the registry.
        overrides: ours,
      },
      null,
      2,
    )}\n`,
  );
  const result = await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--no-update-notifier'],
    { cwd: dir, env: npmEnv(), echo: false },
  );
  if (result.status !== 0) {
    throw new Error(`npm install in ${dir} failed:\n${result.output}`);
  }
}

async function startServer(dataDir) {
  const env = { ...process.env };
  // Its own PGlite in a temp dir: never the shared PostgreSQL of the other tests.
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const server = start(
    join(root, 'node_modules/.bin/tsx'),
    [
      '--conditions=@yilian/source',
      'apps/alliance-server/src/cli.ts',
      'serve',
      '--demo',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--data-dir',
      dataDir,
    ],
    { cwd: root, env },
  );
  const url = await waitFor(
    'the reference server',
    async () => /"msg":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(server.output())?.[1],
    120_000,
    server.child,
  ).catch((error) => {
    throw new Error(`${error.message}\n${server.output()}`);
  });
  const personas = await (await fetch(`${url}/dev/personas`)).json();
  const token = personas.items.find((p) => p.clinicianId === 'cln_cz_neuro_wang')?.token;
  if (!token) {
    throw new Error('the server has no demo persona cln_cz_neuro_wang');
  }
  return { url, token };
}

async function browserCheck(web, server) {
  const built = await run(join(web, 'node_modules/.bin/vite'), ['build', 'app', '--logLevel', 'warn'], {
    cwd: web,
    env: { ...npmEnv(), NODE_ENV: 'production' },
  });
  if (built.status !== 0) {
    throw new Error(`vite build failed:\n${built.output}`);
  }
  const port = await freePort();
  const preview = start(join(web, 'node_modules/.bin/vite'), ['preview', 'app', '--port', String(port)], {
    cwd: web,
    env: { ...npmEnv(), YILIAN_URL: server.url },
  });
  const site = `http://127.0.0.1:${port}/`;
  await waitFor('vite preview', async () => (await fetch(site)).ok, 30_000, preview.child).catch((error) => {
    throw new Error(`${error.message}\n${preview.output()}`);
  });

  const { chromium } = await import('playwright');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROME_ARGS,
  });
  const problems = [];
  try {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    const zhCNScripts = scriptsOf(page);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push(`console error: ${message.text()} (${message.location().url})`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
      }
    });
    await page.goto(site);
    await page.waitForSelector('main[data-referral-number], #setup-error', { timeout: 30_000 });
    const setupError = await page
      .locator('#setup-error')
      .textContent()
      .catch(() => null);
    if (setupError) {
      throw new Error(`the app could not set up its data with @yilian/sdk: ${setupError}`);
    }
    const number = await page.locator('main').getAttribute('data-referral-number');
    const section = (name) => page.locator(`section[data-widget="${name}"]`);
    // What each widget shows once it has its real data from the server (not its loading state).
    const expectations = {
      'referral-form': async (s) => {
        await s
          .getByLabel('接收机构')
          .locator('option', { hasText: '北京协和医院' })
          .waitFor({ state: 'attached' });
        await s.getByLabel('患者姓名').waitFor();
      },
      'referral-dialog': async (s) => {
        await s.getByRole('button', { name: '发起转诊' }).click();
        const dialog = page.getByRole('dialog', { name: '发起转诊' });
        await dialog
          .getByLabel('接收机构')
          .locator('option', { hasText: '北京协和医院' })
          .waitFor({ state: 'attached' });
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      },
      'referral-tracker': async (s) => {
        await s.getByText(number, { exact: false }).first().waitFor();
        await s.locator('.yl-referral-tracker__step').first().waitFor();
        await s.getByText('已提交').first().waitFor();
      },
      // The seeded week of expert activities: an activity with its expert and its half-hour slots.
      calendar: async (s) => {
        await s.getByRole('button', { name: '下一周' }).waitFor();
        await s
          .getByText(/专家：\S+/)
          .first()
          .waitFor();
        await s
          .getByText(/\d{2}:\d{2}–\d{2}:\d{2}/)
          .first()
          .waitFor();
      },
      // The HbA1c result registered at 沧州 is recognized in the 京津冀 scope, from either entry.
      recognition: async (s) => {
        await s.getByText('已互认').waitFor();
        await s.getByRole('button', { name: /详情/ }).waitFor();
      },
      'recognition-root-entry': async (s) => {
        await s.getByText('已互认').waitFor();
        await s.getByRole('button', { name: /详情/ }).waitFor();
      },
    };
    for (const [name, expectation] of Object.entries(expectations)) {
      const s = section(name);
      try {
        await s.waitFor();
        await expectation(s);
        const text = (await s.innerText()).replace(/\s+/g, ' ').trim();
        log(`  ✓ [browser] @yilian/react ${name}: ${text.slice(0, 100)}${text.length > 100 ? '…' : ''}`);
      } catch (error) {
        const text = (await s.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
        fail(
          `@yilian/react ${name} (Vite app, Chromium)`,
          `${error.message.split('\n')[0]}\n      it shows: ${text.slice(0, 300)}`,
        );
      }
    }
    await englishPageCheck(browser, site, problems, await zhCNScripts());
    if (problems.length > 0) {
      fail('@yilian/react (Vite app, Chromium)', `the page reported:\n      ${problems.join('\n      ')}`);
    }
  } finally {
    await browser.close();
  }
}

// The calendar's zh-CN title, as a bundle may write it: in UTF-8, or escaped (esbuild writes ASCII by default).
const ZH_CN_CALENDAR_TITLE = /专家排班|\\u4e13\\u5bb6\\u6392\\u73ed/i;

/** Starts collecting the bodies of the scripts a page fetches. */
function scriptsOf(page) {
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.push(response.text().then((body) => ({ url: response.url(), body })));
    }
  });
  return () => Promise.all(scripts);
}

/**
 * The same Vite page in English (#12): its widgets show English, and none of the JavaScript it fetched carries the
 * widgets' zh-CN strings, which are chunks of their own; the zh-CN page, shown before, fetched them.
 * @param zhCNScripts - the scripts the zh-CN page fetched
 */
async function englishPageCheck(browser, site, problems, zhCNScripts) {
  const name = '@yilian/react in English (Vite app, Chromium)';
  if (!zhCNScripts.some(({ body }) => ZH_CN_CALENDAR_TITLE.test(body))) {
    fail(
      name,
      "the zh-CN page fetched no script with the calendar's zh-CN title: the check below would prove nothing",
    );
    return;
  }
  const page = await browser.newPage({ locale: 'en', viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => problems.push(`page error (en): ${error.message}`));
  const fetched = scriptsOf(page);
  try {
    await page.goto(`${site}?locale=en`);
    const calendar = page.locator('section[data-widget="calendar"]');
    await calendar.getByText('Expert schedule').waitFor({ timeout: 30_000 });
    await page.locator('section[data-widget="referral-tracker"]').getByText('Submitted').first().waitFor();
    const scripts = await fetched();
    const zhCN = scripts.filter(({ body }) => ZH_CN_CALENDAR_TITLE.test(body));
    if (zhCN.length > 0) {
      fail(name, `the page fetched zh-CN strings: ${zhCN.map(({ url }) => url).join(', ')}`);
    } else {
      log(`  ✓ [browser] @yilian/react in English: ${scripts.length} scripts, none with the zh-CN strings`);
    }
  } catch (error) {
    fail(name, error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'yilian-install-test-'));
  const tarballDir = join(work, 'tarballs');
  log(`working in ${work}`);
  const cleanup = async () => {
    stopAll();
    if (!args.has('--keep')) {
      await rm(work, { recursive: true, force: true }).catch(() => undefined);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      void cleanup().then(() => process.exit(130));
    });
  }

  try {
    const stale = [];
    for (const pkg of PACKAGES) {
      if (args.has('--build') || (await isStale(pkg))) {
        stale.push(pkg);
      }
    }
    if (stale.length > 0) {
      const built = await step(`build (${stale.join(', ')} stale)`, async () => {
        const { status } = await run('pnpm', [
          'run',
          '--recursive',
          '--workspace-concurrency=1',
          '--filter',
          './packages/*',
          'build',
        ]);
        if (status !== 0) {
          throw new Error('the packages did not build');
        }
        return true;
      });
      if (!built) {
        return;
      }
    }

    // The server boots (PGlite, migrations, seed) while the packages are packed and installed.
    const serverReady = startServer(join(work, 'server-data'));
    serverReady.catch(() => undefined);

    const tarballs = await step('pack: pnpm pack every published package, check the tarballs', async () => {
      await mkdir(tarballDir, { recursive: true });
      const found = {};
      for (const pkg of PACKAGES) {
        const before = new Set(await readdir(tarballDir));
        const { status, output } = await run('pnpm', ['pack', '--pack-destination', tarballDir], {
          cwd: join(root, 'packages', pkg),
          echo: false,
        });
        const tarball = (await readdir(tarballDir)).find((f) => !before.has(f) && f.endsWith('.tgz'));
        if (status !== 0 || !tarball) {
          throw new Error(`pnpm pack @yilian/${pkg} failed:\n${output}`);
        }
        const checked = await checkTarball(pkg, join(tarballDir, tarball), join(work, 'unpacked', pkg));
        found[`@yilian/${pkg}`] = join(tarballDir, tarball);
        log(`  @yilian/${pkg}: ${tarball}, ${checked?.files.size ?? '?'} files`);
      }
      return found;
    });
    if (!tarballs) {
      return;
    }

    const version = await workspaceVersions();
    const node = join(work, 'node-project');
    const web = join(work, 'web-project');
    const installed = await step('install: npm install the tarballs into fresh projects', async () => {
      await Promise.all([
        makeProject(node, 'customer-node', tarballs, {
          react: version('react'),
          'react-dom': version('react-dom'),
        }),
        makeProject(
          web,
          'customer-web',
          tarballs,
          { react: version('react'), 'react-dom': version('react-dom') },
          {
            vite: version('vite'),
            '@vitejs/plugin-react': version('@vitejs/plugin-react'),
            typescript: version('typescript'),
            '@types/react': version('@types/react'),
            '@types/react-dom': version('@types/react-dom'),
          },
        ),
      ]);
      if (
        existsSync(join(node, 'node_modules/.pnpm')) ||
        !existsSync(join(node, 'node_modules/@yilian/sdk/dist'))
      ) {
        throw new Error('the project did not get a plain npm install of the tarballs');
      }
      await cp(join(fixtures, 'node'), node, { recursive: true });
      await cp(join(fixtures, 'types'), join(web, 'types'), { recursive: true });
      await cp(join(fixtures, 'app'), join(web, 'app'), { recursive: true });
      return true;
    });
    const server = await step(
      'server: the reference server (PGlite in a temp dir, demo personas)',
      async () => {
        const ready = await serverReady;
        log(`  listening on ${ready.url}`);
        return ready;
      },
    );
    if (!installed || !server) {
      return;
    }

    const surfaces = {};
    for (const [kind, script] of [
      ['esm', 'esm.mjs'],
      ['cjs', 'cjs.cjs'],
    ]) {
      await step(`node ${kind}: ${script} loads every entry and runs it against the server`, async () => {
        const out = join(work, `surface-${kind}.json`);
        const { status } = await run(process.execPath, [script], {
          cwd: node,
          env: { ...npmEnv(), YILIAN_URL: server.url, YILIAN_TOKEN: server.token, SURFACE_OUT: out },
        });
        const report = existsSync(out) ? JSON.parse(await readFile(out, 'utf8')) : undefined;
        if (report) {
          surfaces[kind] = report.surface;
          for (const name of report.failures) {
            fail(`node ${kind}`, name);
          }
        }
        if (status !== 0 && !report?.failures.length) {
          throw new Error(`${script} exited ${status} before it could report (see its output above)`);
        }
      });
    }
    if (surfaces.esm && surfaces.cjs) {
      for (const [specifier, names] of Object.entries(surfaces.esm)) {
        const other = surfaces.cjs[specifier];
        if (other && JSON.stringify(other) !== JSON.stringify(names)) {
          const onlyEsm = names.filter((n) => !other.includes(n));
          const onlyCjs = other.filter((n) => !names.includes(n));
          fail(
            `${specifier} (import vs require)`,
            `different exports: only in ESM [${onlyEsm.join(', ')}], only in CJS [${onlyCjs.join(', ')}]`,
          );
        }
      }
    }

    for (const mode of ['node16', 'bundler']) {
      await step(`types: tsc --noEmit, moduleResolution ${mode}`, async () => {
        const { status } = await run(
          join(web, 'node_modules/.bin/tsc'),
          ['-p', `types/tsconfig.${mode}.json`, '--pretty', 'false'],
          { cwd: web, env: npmEnv() },
        );
        if (status !== 0) {
          throw new Error(`the declarations do not type-check under moduleResolution ${mode}`);
        }
      });
    }

    await step('browser: a fresh Vite + React app renders every widget entry in Chromium', () =>
      browserCheck(web, server),
    );
  } finally {
    await cleanup();
    if (args.has('--keep')) {
      log(`kept ${work}`);
    }
  }
}

await main();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n[install-test] ${timings.join('\n[install-test] ')}`);
if (failures.length > 0) {
  console.error(
    `\n✖ the packages do not work as installed (${failures.length} failure${failures.length > 1 ? 's' : ''}, ${seconds} s):\n  ${failures.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`\n✔ the packages work as installed from their tarballs (${seconds} s)`);
process.exit(0);
