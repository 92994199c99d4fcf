/**
 * The reference catalogue for the benchmarks: a child process on a free
 * loopback port with a temporary, seeded database, serving the API under /api
 * and (with --demo) the demo pages at / and the bundles at /dist/.
 * A "Bench Charity" organisation with its own editor is added through the
 * catalogue's command-line tool, so its services can be counted exactly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, freePort } from '../../test/support/node/catalogue-process.mjs';

export const BENCH_ORG = { id: '0b6f3c1e-5a7d-4e2b-9c1f-3d8e7a6b5c40', name: 'Bench Charity' };
const BENCH_EDITOR = { email: 'editor@bench-charity.example.org.uk', password: 'bench-charity-password-2026' };

export interface BenchCatalogue {
  /** e.g. http://127.0.0.1:40123 */
  site: string;
  /** site + /api */
  api: string;
  pid: number;
  /** A bearer token for the Bench Charity's editor. */
  benchToken: string;
  /** A bearer token for the first demo organisation's editor (its services are seeded). */
  demoToken: string;
  demoOrganizationId: string;
  stop(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The catalogue exited with code ${child.exitCode} while starting:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`The catalogue did not answer ${url} within 60 s:\n${output()}`);
}

function cli(root: string, dbPath: string, args: string[]): string {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'server', 'cli.ts'), ...args, '--db', dbPath],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`npm run catalogue -- ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

export async function signIn(api: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${api}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`Signing in as ${email} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Starts the catalogue with the demo data, the Bench Charity and `origins` allowed to write. */
export async function startBenchCatalogue(root: string, origins: string[]): Promise<BenchCatalogue> {
  const dir = mkdtempSync(join(tmpdir(), 'oruk-bench-'));
  const dbPath = join(dir, 'catalogue.db');
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const api = `${site}/api`;
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'main.ts'), '--demo'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ORUK_DB: dbPath,
      ORUK_EXTRA_ORIGINS: [site, `http://localhost:${port}`, ...origins].join(','),
      ORUK_LOG_REQUESTS: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(`${api}/`, child, () => output);
    cli(root, dbPath, [
      'add-organization',
      '--name',
      BENCH_ORG.name,
      '--id',
      BENCH_ORG.id,
      ...origins.flatMap((o) => ['--origin', o]),
    ]);
    cli(root, dbPath, [
      'add-editor',
      '--organization',
      BENCH_ORG.id,
      '--email',
      BENCH_EDITOR.email,
      '--password',
      BENCH_EDITOR.password,
    ]);
    const demo = DEMO_ACCOUNTS[0]!;
    return {
      site,
      api,
      pid: child.pid!,
      benchToken: await signIn(api, BENCH_EDITOR.email, BENCH_EDITOR.password),
      demoToken: await signIn(api, demo.email, demo.password),
      demoOrganizationId: demo.organizationId,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Creates services with POST /services; returns each one's id and ETag. */
export async function createServices(
  api: string,
  token: string,
  records: Record<string, unknown>[],
): Promise<{ id: string; etag: string }[]> {
  const out: { id: string; etag: string }[] = [];
  for (const record of records) {
    const res = await fetch(`${api}/services`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(record),
    });
    if (res.status !== 201)
      throw new Error(
        `Creating service ${String(record.name)} failed: ${res.status} ${(await res.text()).slice(0, 6000)}`,
      );
    out.push({ id: String(record.id), etag: res.headers.get('etag') ?? '' });
  }
  return out;
}

export interface TaxonomyTermRef {
  id: string;
  name: string;
  description: string;
  taxonomy_id?: string;
}

/** The catalogue's taxonomy terms (first 100), to link the generated services to. */
export async function taxonomyTerms(api: string): Promise<TaxonomyTermRef[]> {
  const res = await fetch(`${api}/taxonomy_terms?per_page=100`);
  if (!res.ok) throw new Error(`GET /taxonomy_terms answered ${res.status}`);
  const page = (await res.json()) as { contents: Record<string, unknown>[] };
  return page.contents.map((t) => ({
    id: String(t.id),
    name: String(t.name),
    description: String(t.description ?? t.name),
    ...(typeof t.taxonomy_id === 'string' ? { taxonomy_id: t.taxonomy_id } : {}),
  }));
}
