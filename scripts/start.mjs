#!/usr/bin/env node
// `pnpm start`: build the published packages, then run the reference alliance server and the demo portal side by
// side, wait until both answer, print their addresses, and stop both on Ctrl-C or SIGTERM (the server drains).
//
//   PORT, HOST     the alliance server (default 8787 on 127.0.0.1)
//   PORTAL_PORT    the portal (default 5173, on 127.0.0.1), which proxies /v1, /dev and /healthz to the server
//   --dev          serve the portal with Vite's dev server (hot reload) instead of its production build
//   --no-build     skip building the packages (when their dist is fresh)
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const skipBuild = args.has('--no-build');

const serverHost = process.env.HOST || '127.0.0.1';
const serverPort = Number(process.env.PORT || 8787);
const portalHost = '127.0.0.1';
const portalPort = Number(process.env.PORTAL_PORT || 5173);
// Where to reach the server from this machine: a wildcard address listens on loopback too.
const reachableHost = ['0.0.0.0', '::', '[::]'].includes(serverHost) ? '127.0.0.1' : serverHost;
const urlHost = (host) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
const serverUrl = `http://${urlHost(reachableHost)}:${serverPort}`;
const portalUrl = `http://${portalHost}:${portalPort}`;

for (const [name, port] of [
  ['PORT', serverPort],
  ['PORTAL_PORT', portalPort],
]) {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${name} must be a port number (1–65535).`);
    process.exit(2);
  }
}

const log = (message) => process.stdout.write(`[start] ${message}\n`);

/** Runs a command to completion with inherited output; resolves with its exit code. */
function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`[start] cannot run ${command}: ${error.message}`);
      resolve(1);
    });
  });
}

const PNPM_STOP_NOISE = /ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL|Command failed with signal|^\/\S+:$|^\s*$/;

/** Prefixes each line a child prints with its name. */
function pipe(stream, target, name) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      // pnpm reports a child it was running as failed when the child stops on our SIGTERM: not news.
      if (stopping && PNPM_STOP_NOISE.test(line)) {
        continue;
      }
      target.write(`[${name}] ${line}\n`);
    }
  });
  stream.on('end', () => {
    if (pending) {
      target.write(`[${name}] ${pending}\n`);
    }
  });
}

const children = new Map();
let stopping = false;

/**
 * Starts a long-running child in a process group of its own, so that a signal reaches pnpm, tsx and node alike,
 * and a Ctrl-C in the terminal reaches only this script (which then stops the children in order).
 */
function start(name, command, commandArgs, env) {
  const child = spawn(command, commandArgs, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  pipe(child.stdout, process.stdout, name);
  pipe(child.stderr, process.stderr, name);
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      children.delete(name);
      resolve({ code, signal });
    });
    child.on('error', (error) => {
      console.error(`[start] cannot run ${command}: ${error.message}`);
      children.delete(name);
      resolve({ code: 1, signal: null });
    });
  });
  children.set(name, { child, exited });
  return exited;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopAll(exitCode) {
  if (stopping) {
    return;
  }
  stopping = true;
  const running = [...children.entries()];
  if (running.length > 0) {
    log(`stopping ${running.map(([name]) => name).join(' and ')}…`);
  }
  for (const [, { child }] of running) {
    signalGroup(child, 'SIGTERM');
  }
  // The server drains in-flight requests and closes its database; give it time, then insist.
  const settled = Promise.all(running.map(([, { exited }]) => exited));
  const timeout = sleep(15_000).then(() => 'timeout');
  if ((await Promise.race([settled, timeout])) === 'timeout') {
    log('still running after 15 s: killing');
    for (const [, { child }] of running) {
      signalGroup(child, 'SIGKILL');
    }
  }
  log('stopped');
  process.exit(exitCode);
}

let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupts += 1;
    if (interrupts > 1) {
      for (const { child } of children.values()) {
        signalGroup(child, 'SIGKILL');
      }
      process.exit(130);
    }
    void stopAll(0);
  });
}

/** Polls a URL until it answers 2xx, the child exits, or the time is up. */
async function waitFor(url, name, exited, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  while (Date.now() < deadline) {
    if (gone || stopping) {
      throw new Error(`${name} exited before answering ${url}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        return;
      }
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function main() {
  if (!skipBuild) {
    log('building the published packages (pnpm run --recursive --filter "./packages/*" build)…');
    const code = await run('pnpm', ['run', '--recursive', '--filter', './packages/*', 'build']);
    if (code !== 0) {
      console.error('[start] the packages did not build; nothing started.');
      process.exit(code);
    }
  }
  if (!dev) {
    log('building the portal (vite build)…');
    const code = await run('pnpm', ['--filter', '@yilian/portal', 'run', 'build']);
    if (code !== 0) {
      console.error('[start] the portal did not build; nothing started.');
      process.exit(code);
    }
  }

  const serverExited = start('server', 'pnpm', ['--filter', '@yilian/alliance-server', 'start'], {
    PORT: String(serverPort),
    HOST: serverHost,
  });
  const portalArgs = [
    '--filter',
    '@yilian/portal',
    'exec',
    'vite',
    ...(dev ? [] : ['preview']),
    '--host',
    portalHost,
    '--port',
    String(portalPort),
    '--strictPort',
  ];
  const portalExited = start('portal', 'pnpm', portalArgs, { YILIAN_SERVER_URL: serverUrl });

  // Either one stopping on its own ends the whole thing.
  for (const [name, exited] of [
    ['server', serverExited],
    ['portal', portalExited],
  ]) {
    void exited.then(({ code, signal }) => {
      if (!stopping) {
        console.error(`[start] the ${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
        void stopAll(1);
      }
    });
  }

  try {
    await Promise.all([
      waitFor(`${serverUrl}/healthz`, 'the alliance server', serverExited),
      waitFor(`${portalUrl}/`, 'the portal', portalExited),
    ]);
    // The portal reaches the server through its proxy (the server sends no CORS headers).
    await waitFor(`${portalUrl}/healthz`, 'the portal proxy', portalExited, 30_000);
  } catch (error) {
    console.error(`[start] ${error.message}`);
    await stopAll(1);
    return;
  }

  process.stdout.write(
    [
      '',
      'Yilian is running:',
      `  demo hospital portal   ${portalUrl}/${dev ? '  (Vite dev server)' : ''}`,
      `  alliance server        ${serverUrl}/  (API reference at ${serverUrl}/docs)`,
      '',
      'Press Ctrl-C to stop both.',
      '',
    ].join('\n'),
  );
}

await main();
