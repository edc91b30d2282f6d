// The command line fails closed: outside an explicit development mode (`serve --dev` / `--demo`) it refuses to run
// without its secrets, whatever NODE_ENV says, and names what is missing.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_TOKEN_SECRET } from './auth.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'yilian-cli-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The environment without anything that would choose the mode or the secrets for the CLI. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NODE_ENV', 'YILIAN_TOKEN_SECRET', 'YILIAN_PATIENT_KEY_SECRET', 'DATABASE_URL']) {
    delete env[name];
  }
  return { ...env, YILIAN_RATE_LIMIT_PER_MINUTE: '0', ...extra };
}

function cli(args: string[], env: NodeJS.ProcessEnv): ChildProcess & { output: () => string } {
  const child = spawn(
    process.execPath,
    ['--conditions=@yilian/source', '--import', 'tsx', 'src/cli.ts', ...args],
    { cwd: serverDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const chunks: string[] = [];
  child.stdout!.on('data', (c: Buffer) => chunks.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => chunks.push(c.toString()));
  return Object.assign(child, { output: () => chunks.join('') });
}

/** Runs the CLI to its end: its exit code and everything it printed. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = cli(args, env);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: child.output() });
    });
  });
}

/** Starts `serve`, waits until it listens, and gives its address (the caller stops it). */
function listening(args: string[], env: NodeJS.ProcessEnv): Promise<{ base: string; child: ChildProcess }> {
  const child = cli(args, env);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start:\n${child.output()}`)), 60_000);
    const poll = setInterval(() => {
      const match = /"msg":"listening","url":"(http:\/\/[^"]+)"/.exec(child.output());
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve({ base: match[1]!, child });
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${child.output()}`));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const serveArgs = ['serve', '--port', '0', '--data-dir', dataDir];

describe('the CLI fails closed', { timeout: 90_000 }, () => {
  it.each([
    ['NODE_ENV unset', {}],
    ['NODE_ENV=development', { NODE_ENV: 'development' }],
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
  ])('serve without secrets exits non-zero and names both missing variables (%s)', async (_, extra) => {
    const { code, output } = await run(serveArgs, cleanEnv(extra));
    expect(code).not.toBe(0);
    expect(output).toMatch(/YILIAN_TOKEN_SECRET/);
    expect(output).toMatch(/YILIAN_PATIENT_KEY_SECRET/);
    expect(output).toMatch(/--dev/);
    expect(output).not.toMatch(/"msg":"listening"/);
  });

  it('names only the variable that is missing', async () => {
    const { code, output } = await run(
      serveArgs,
      cleanEnv({ YILIAN_TOKEN_SECRET: 'a-real-secret-of-this-site' }),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/YILIAN_PATIENT_KEY_SECRET/);
    expect(output).not.toMatch(/YILIAN_TOKEN_SECRET/);
  });

  it('refuses the published development secret outside development mode', async () => {
    const { code, output } = await run(
      serveArgs,
      cleanEnv({ YILIAN_TOKEN_SECRET: DEV_TOKEN_SECRET, YILIAN_PATIENT_KEY_SECRET: 'a-real-patient-key' }),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/YILIAN_TOKEN_SECRET/);
  });

  it('tokens without a secret exits non-zero outside development mode', async () => {
    const { code, output } = await run(['tokens', '--clinician', 'cln_cz_neuro_wang'], cleanEnv());
    expect(code).not.toBe(0);
    expect(output).toMatch(/YILIAN_TOKEN_SECRET/);
  });

  it('refuses development mode when NODE_ENV=production', async () => {
    const { code, output } = await run([...serveArgs, '--dev'], cleanEnv({ NODE_ENV: 'production' }));
    expect(code).not.toBe(0);
    expect(output).toMatch(/--dev/);
  });

  it('serves with its secrets, without demo personas', async () => {
    const { base, child } = await listening(
      serveArgs,
      cleanEnv({
        YILIAN_TOKEN_SECRET: 'a-real-secret-of-this-site',
        YILIAN_PATIENT_KEY_SECRET: 'a-real-key',
      }),
    );
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/dev/personas`)).status).toBe(404);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('serve --demo is development mode: the dev secrets and the demo personas', async () => {
    const { base, child } = await listening([...serveArgs, '--demo'], cleanEnv());
    try {
      expect((await fetch(`${base}/dev/personas`)).status).toBe(200);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });
});
