// Runs the reference catalogue as a child process on a free loopback port with
// its own temporary database: for the test plugin, node tests, benchmarks and
// the reliability suite. Plain JavaScript so that .mjs configs can use it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitUntil } from './wait-until.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(ROOT, 'server', 'main.ts');

/** The demo editors (one per seeded organisation), with their passwords. */
export const DEMO_ACCOUNTS = JSON.parse(readFileSync(join(ROOT, 'server/seed/data/demo-accounts.json'), 'utf8'));

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Waits until the catalogue answers `url`; fails at once if its process exits. */
function waitUntilUp(url, child, timeoutMs) {
  return waitUntil(
    async () => {
      if (child.exitCode !== null) throw new Error(`The catalogue exited with code ${child.exitCode} while starting`);
      try {
        return (await fetch(url)).ok;
      } catch {
        return false; // not listening yet
      }
    },
    `the catalogue to answer ${url}`,
    { timeout: timeoutMs, interval: 100 },
  );
}

/**
 * Starts a catalogue. Options:
 *  - origins: website origins to register to every organisation (ORUK_EXTRA_ORIGINS)
 *  - env: extra environment variables (e.g. ORUK_TOKEN_TTL_SECONDS)
 *  - port: a fixed port (default: a free one)
 *  - dbPath: a database file (default: a fresh one in a temporary folder)
 *  - seed: false for an empty catalogue
 *  - stdio: 'pipe' (default; output collected in `output`) or 'inherit'
 * Returns { api, port, dbPath, output(), stop(signal), start(), reset(), dispose() }.
 */
export async function startCatalogue(options = {}) {
  const dir = options.dbPath ? undefined : mkdtempSync(join(tmpdir(), 'oruk-catalogue-'));
  const dbPath = options.dbPath ?? join(dir, 'catalogue.db');
  const port = options.port ?? (await freePort());
  const api = `http://127.0.0.1:${port}/api`;
  let child;
  let output = '';

  async function start() {
    const args = ['--import', 'tsx', MAIN];
    if (options.seed === false) args.push('--no-seed');
    child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        ORUK_DB: dbPath,
        ORUK_EXTRA_ORIGINS: (options.origins ?? []).join(','),
        ...(options.env ?? {}),
      },
      stdio: options.stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    await waitUntilUp(`${api}/`, child, options.startTimeoutMs ?? 30000);
  }

  /**
   * Stops the process: SIGTERM (clean) by default, SIGKILL to simulate a crash. Resolves with the exit code or signal.
   */
  function stop(signal = 'SIGTERM') {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null)
      return Promise.resolve({ code: c?.exitCode ?? null, signal: c?.signalCode ?? null });
    return new Promise((resolve) => {
      c.once('exit', (code, sig) => resolve({ code, signal: sig }));
      c.kill(signal);
    });
  }

  async function reset() {
    await stop('SIGKILL');
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    await start();
  }

  async function dispose() {
    await stop('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  }

  await start();
  return { api, port, dbPath, output: () => output, pid: () => child?.pid, stop, start, reset, dispose };
}
