// Visual regression without a service: every story of the static Storybook (`pnpm build-storybook`), and every
// "All states" docs page, screenshotted in Debian Chromium at a desktop and a phone width, compared with the
// baselines committed under packages/react/visual-baselines/. A change that moves pixels fails until its baseline
// is updated on purpose:
//
//   node scripts/visual/run.mjs                 compare every story and page (what `pnpm test` runs)
//   node scripts/visual/run.mjs --update        write the baselines of the stories that differ or are new
//   node scripts/visual/run.mjs --only referral  only the ids containing "referral"
//   node scripts/visual/run.mjs --no-docs        only the stories, not the "All states" pages
//
// Differences (actual, baseline and diff PNGs) go to test-results/visual/, which CI keeps and git ignores.
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { comparePngs, withOnePixelChanged } from './compare.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const baselineDir = join(root, 'packages/react/visual-baselines');
const resultsDir = join(root, 'test-results/visual');

/** The two widths every story is judged at: a laptop, and the 360 px phone many patients use. */
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];
/** A story that has not settled by then has a play function waiting on something that never shows. */
const STORY_TIMEOUT_MS = 30_000;
/**
 * An "All states" page runs each state story twice (a desktop and a phone frame) on one shared in-page server,
 * about a second a frame (the first also boots the server); one that has not settled by then, even on a busy
 * machine, waits on something that never shows.
 */
const FRAME_TIMEOUT_MS = 120_000;
/** "All states" pages rendered at once, beside the stories: each is a page of frames, one running at a time. */
const DOCS_AT_ONCE = 2;

const { values: options } = parseArgs({
  allowNegative: true,
  options: {
    update: { type: 'boolean', default: false },
    only: { type: 'string' },
    docs: { type: 'boolean', default: true },
  },
});

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('No storybook-static/index.json: run `pnpm build-storybook` first.');
  process.exit(1);
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const storyIds = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' && !(entry.tags ?? []).includes('no-visual'))
  .map((entry) => entry.id)
  .filter((id) => !options.only || id.includes(options.only))
  .sort();
// The "All states" pages (docs/AllStates.*.mdx): what a designer reviews, so they are judged as they look.
const docsIds = Object.values(index.entries)
  .filter((entry) => options.docs && entry.type === 'docs' && entry.name === 'All states')
  .map((entry) => entry.id)
  .filter((id) => !options.only || id.includes(options.only))
  .sort();

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  const file = join(staticDir, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(staticDir) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
// Served as a hospital's intranet serves it: plain HTTP from a LAN name, not localhost, so the page is not a secure
// context and has no WebCrypto. Every story's in-page server must work there too.
const LAN_HOST = 'storybook.lan';
const origin = `http://${LAN_HOST}:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--font-render-hinting=none',
    '--hide-scrollbars',
    `--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`,
  ],
});
const browserVersion = browser.version();

// Screenshots must not depend on when they are taken: no animation or transition mid-way, no blinking caret.
// Nor on which Debian Chromium the machine got (150 and 156 were both seen): the textarea's resize grip is the
// one native control whose drawing differed between them, and it is the browser's, not ours.
const STILL = `*, *::before, *::after {
  animation-duration: 0s !important; animation-delay: 0s !important; animation-iteration-count: 1 !important;
  transition: none !important; caret-color: transparent !important; scroll-behavior: auto !important;
}
textarea::-webkit-resizer { display: none !important; }`;

/**
 * Renders one story in the already open preview (no reload: the in-page server boots once per width, not per
 * story) and resolves when Storybook reports it finished: loaders, render, play and axe.
 */
async function renderStory(page, storyId) {
  return page.evaluate(
    ({ storyId, timeoutMs }) =>
      new Promise((done) => {
        const preview = window.__STORYBOOK_PREVIEW__;
        const timer = setTimeout(() => done({ status: 'timeout' }), timeoutMs);
        const onFinished = (event) => {
          if (event.storyId !== storyId) {
            return;
          }
          clearTimeout(timer);
          preview.channel.off('storyFinished', onFinished);
          done({ status: event.status });
        };
        preview.channel.on('storyFinished', onFinished);
        if (preview.currentRender?.id === storyId) {
          // The opening story, when it is the only one: selecting it again would be a no-op, so remount it.
          preview.channel.emit('forceRemount', { storyId });
        } else {
          void preview.onSetCurrentStory({ storyId, viewMode: 'story' });
        }
      }),
    { storyId, timeoutMs: STORY_TIMEOUT_MS },
  );
}

/**
 * Opens the preview on the last story and lets it finish (the in-page server boots meanwhile); every story, the
 * first included, is then selected through the preview, which reports when it has finished.
 */
async function openPreview(page) {
  const opening = storyIds.at(-1) ?? '';
  // axe runs in the story tests (vitest, both widths); here it would only add time.
  await page.goto(
    `${origin}/iframe.html?viewMode=story&id=${encodeURIComponent(opening)}&globals=a11y.manual:!true`,
  );
  await page.waitForFunction(
    (id) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === id && render.phase === 'finished';
    },
    opening,
    { timeout: 120_000 },
  );
  if (await page.evaluate(() => window.isSecureContext)) {
    throw new Error(
      `${origin} is a secure context: the stories would not be judged as an intranet serves them`,
    );
  }
  await page.addStyleTag({ content: STILL });
}

async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

mkdirSync(baselineDir, { recursive: true });
rmSync(resultsDir, { recursive: true, force: true });
const failures = [];
const flaky = [];
const written = [];
const seen = new Set();
const started = Date.now();
let selfChecked = false;

async function runWidth({ name, width, height }) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error (${name}): ${error.message}`));
  await openPreview(page);

  for (const storyId of storyIds) {
    const file = `${storyId}.${name}.png`;
    seen.add(file);
    const t0 = Date.now();
    let { status } = await renderStory(page, storyId).catch((error) => ({ status: String(error) }));
    if (status.includes('context was destroyed')) {
      // The preview reloaded itself (it does after some errors): open it again and retry the story once.
      await openPreview(page);
      ({ status } = await renderStory(page, storyId).catch((error) => ({ status: String(error) })));
    }
    let actual = await shoot(page);
    // A difference is shot again with the story remounted, four times at most. Chromium rasterises text in a layer at a
    // half-pixel offset (a dialog's sticky footer at the end of content 999.5 px tall) a pixel up or down from one
    // run to the next; a real change differs every time. A story that matches only on a retry is named as flaky.
    for (let retry = 1; retry <= 4 && !options.update && differsFromBaseline(file, actual); retry++) {
      ({ status } = await renderStory(page, storyId).catch((error) => ({ status: String(error) })));
      actual = await shoot(page);
      if (!differsFromBaseline(file, actual)) {
        flaky.push(`${file} (matched on retry ${retry})`);
      }
    }
    const ms = Date.now() - t0;
    if (status !== 'success') {
      failures.push(`${file}: the story ended with status "${status}" (play or axe failed)`);
    }
    judge(file, actual, ms);
  }
  await context.close();
}

/** Lets the story settle and shoots what the user sees: the whole page, or, with a dialog open, the viewport. */
async function shoot(page) {
  await settle(page);
  // The dialog is fixed to the viewport: a full-page shot would show the page behind it stretched instead.
  const dialogOpen = await page.evaluate(() => document.querySelector('[role="dialog"]') !== null);
  return page.screenshot({ fullPage: !dialogOpen, animations: 'disabled', caret: 'hide' });
}

/** Whether a screenshot has a baseline and differs from it. */
function differsFromBaseline(file, actual) {
  const baselinePath = join(baselineDir, file);
  return existsSync(baselinePath) && !comparePngs(readFileSync(baselinePath), actual).match;
}

/** Compares a screenshot with its baseline (or writes it with --update) and records the outcome. */
function judge(file, actual, ms) {
  const baselinePath = join(baselineDir, file);

  if (!selfChecked && file.endsWith(`.${WIDTHS[0].name}.png`)) {
    // Prove on a real screenshot that one changed pixel is caught, so a lax threshold can never slip in.
    selfChecked = true;
    if (comparePngs(actual, withOnePixelChanged(actual)).match) {
      console.error('✖ self-check: a one-pixel change passed the comparison');
      process.exitCode = 1;
    }
  }

  if (!existsSync(baselinePath)) {
    if (options.update) {
      writeFileSync(baselinePath, actual);
      written.push(file);
    } else {
      failures.push(`${file}: no baseline (run with --update and commit it)`);
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(join(resultsDir, file.replace(/\.png$/, '.actual.png')), actual);
    }
    return;
  }
  const result = comparePngs(readFileSync(baselinePath), actual);
  if (result.match) {
    console.log(`  ✓ ${file} (${ms} ms)`);
    return;
  }
  if (options.update) {
    writeFileSync(baselinePath, actual);
    written.push(file);
    return;
  }
  failures.push(`${file}: ${result.reason}`);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, file.replace(/\.png$/, '.actual.png')), actual);
  writeFileSync(join(resultsDir, file.replace(/\.png$/, '.baseline.png')), readFileSync(baselinePath));
  if (result.diffPng) {
    writeFileSync(join(resultsDir, file.replace(/\.png$/, '.diff.png')), result.diffPng);
  }
}

/**
 * One "All states" page at both widths. Its frames (a desktop and a phone frame per state story, at fixed sizes,
 * each running the story with its own in-page server) are loaded once, and each is waited for until its story has
 * finished (loaders, render, play) in its named state; then the page is shot at the desktop width, narrowed to
 * the phone width (the frames keep their own sizes, so their stories do not run again) and shot again.
 */
async function runDocs(docsId) {
  const [desktop, phone] = WIDTHS;
  const context = await browser.newContext({
    viewport: { width: desktop.width, height: desktop.height },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  page error (${docsId}): ${error.message}`));
  const t0 = Date.now();
  await page.goto(`${origin}/iframe.html?viewMode=docs&id=${encodeURIComponent(docsId)}`);
  await page.waitForSelector('.yl-docs__states iframe', { timeout: 120_000 });
  // The gallery loads its frames one after another (data-settled counts those done); each frame's phase is then
  // read, so a story that failed in its frame fails the page. So does a frame that never settles.
  let states;
  for (let count = -1, since = Date.now(); !states; await page.waitForTimeout(250)) {
    const progress = await page.evaluate(() => {
      const gallery = document.querySelector('.yl-docs__states');
      const settled = Number(gallery?.dataset.settled ?? 0);
      if (!gallery || settled < Number(gallery.dataset.frames)) {
        return { settled };
      }
      const frames = [...gallery.querySelectorAll('iframe')].map((frame) => ({
        title: frame.title,
        phase: frame.contentWindow?.__STORYBOOK_PREVIEW__?.currentRender?.phase,
      }));
      return { settled, frames };
    });
    if (progress.frames) {
      states = progress.frames;
    } else if (progress.settled !== count) {
      [count, since] = [progress.settled, Date.now()];
    } else if (Date.now() - since > FRAME_TIMEOUT_MS) {
      states = [{ title: `frame ${count + 1} of ${docsId}`, phase: `not settled in ${FRAME_TIMEOUT_MS} ms` }];
    }
  }
  console.log(`  ${docsId}: ${states.length} frames settled in ${Date.now() - t0} ms`);
  const unfinished = states.filter(({ phase }) => phase !== 'finished');
  for (const { title, phase } of unfinished) {
    failures.push(`${docsId}: the frame "${title}" ended in phase "${phase}"`);
  }
  if (unfinished.length > 0) {
    // Not a page to compare (or to take as a baseline with --update), but worth a look.
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, `${docsId}.desktop.actual.png`), fullPage: true });
    await context.close();
    return;
  }
  for (const frame of page.frames()) {
    await frame.addStyleTag({ content: STILL }).catch(() => undefined);
    await frame.evaluate(() => document.fonts.ready).catch(() => undefined);
  }
  for (const { name, width, height } of [desktop, phone]) {
    await page.setViewportSize({ width, height });
    await settle(page);
    const file = `${docsId}.${name}.png`;
    seen.add(file);
    // A designer on a phone reads the page by scrolling down, never sideways.
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) {
      failures.push(`${file}: the page is ${scrollWidth} px wide, wider than the ${width} px window`);
    }
    judge(
      file,
      await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }),
      Date.now() - t0,
    );
  }
  await context.close();
}

// Both widths at once, each with its own page and in-page server, and beside them the "All states" pages, a few
// at a time (each with one server its frames share): most of a story's time is waiting.
const pending = [...docsIds];
await Promise.all([
  ...WIDTHS.filter(() => storyIds.length > 0).map(runWidth),
  ...Array.from({ length: DOCS_AT_ONCE }, async () => {
    for (let docsId = pending.shift(); docsId; docsId = pending.shift()) {
      await runDocs(docsId);
    }
  }),
]);
await browser.close();
server.close();

if (!options.only) {
  const stale = readdirSync(baselineDir).filter(
    // note: with --no-docs the "All states" baselines are not judged, so they are left alone
    (file) => file.endsWith('.png') && !seen.has(file) && (options.docs || !file.includes('--all-states.')),
  );
  for (const file of stale) {
    if (options.update) {
      rmSync(join(baselineDir, file));
      written.push(`${file} (removed)`);
    } else {
      failures.push(`${file}: baseline of a story that no longer exists (run with --update)`);
    }
  }
}
// Native controls (a textarea's resize grip, a date input) are drawn by the browser, and a new Chromium build may
// draw them a few pixels differently: the baselines record which build took them, so such a difference says so.
const browserVersionFile = join(baselineDir, 'chromium-version.txt');
const baselineBrowserVersion = existsSync(browserVersionFile)
  ? readFileSync(browserVersionFile, 'utf8').trim()
  : undefined;
if (options.update && written.length > 0) {
  writeFileSync(browserVersionFile, `${browserVersion}\n`);
}
if (existsSync(resultsDir)) {
  // The folder ignores itself, so a local run never leaves files for `git add`.
  writeFileSync(join(resultsDir, '..', '.gitignore'), '*\n');
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `\n${storyIds.length} stories and ${docsIds.length} "All states" pages × ${WIDTHS.length} widths in ${seconds} s; ${written.length} baseline(s) written`,
);
for (const file of written) {
  console.log(`  ✎ ${file}`);
}
if (flaky.length > 0) {
  console.log(
    `\n⚠ ${flaky.length} screenshot(s) differed, then matched when the story was remounted (flaky):`,
  );
  for (const file of flaky) {
    console.log(`  ${file}`);
  }
}
if (failures.length > 0) {
  console.error(`\n✖ ${failures.length} visual difference(s); see test-results/visual/:`);
  for (const failure of failures) {
    console.error(`  ${failure}`);
  }
  console.error('If the change is intended, update the baselines: node scripts/visual/run.mjs --update');
  if (baselineBrowserVersion !== undefined && baselineBrowserVersion !== browserVersion) {
    console.error(
      `The baselines were taken with Chromium ${baselineBrowserVersion}; this run used ${browserVersion}: look for native controls drawn differently before anything else.`,
    );
  }
  process.exitCode = 1;
}
