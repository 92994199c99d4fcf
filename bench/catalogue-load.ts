/**
 * 4. The catalogue under load: autocannon, 50 connections, 10 s per measurement,
 * against the reference catalogue (a child process) and, as the baseline, a bare
 * node:http server (another child process) answering the same bytes cached from
 * the catalogue. Three endpoints:
 *   GET /services?page=N   the list, cycling through every page
 *   GET /services/{id}     one service, cycling through every service
 *   PUT /services/{id}     each connection edits its own service, with the ETag of
 *                          its previous answer in If-Match (a fresh one every time),
 *                          as a signed-in editor from a registered website origin
 * Each run measures every endpoint on both servers, taking turns going first;
 * the figures are the medians of the runs. No Accept-Encoding is sent (answers
 * are not compressed).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Client, type Result } from 'autocannon';
import type { CachedAnswer, CachedAnswers } from './lib/bare-server.js';
import type { Row, Section } from './lib/row.js';
import { count, median, ms, ratio } from './lib/stats.js';

export interface LoadOptions {
  root: string;
  site: string;
  api: string;
  token: string;
  origin: string;
  /** The services the PUT connections edit: one per connection at least. */
  editable: { id: string; etag: string; record: Record<string, unknown> }[];
  connections: number;
  seconds: number;
  runs: number;
}

const SKIP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

async function cache(res: Response): Promise<CachedAnswer> {
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!SKIP_HEADERS.has(name)) headers[name] = value;
  });
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()).toString('base64') };
}

function headerOf(headers: Record<string, string | string[]>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : value;
  return undefined;
}

async function startBare(root: string, answers: CachedAnswers): Promise<{ url: string; stop(): void; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'oruk-bench-bare-'));
  const file = join(dir, 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench', 'lib', 'bare-server.ts'), file], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`The bare baseline server exited with code ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Endpoint = 'list' | 'item' | 'put';

interface Target {
  base: string;
  /** For PUT on the catalogue: each connection's service and current ETag. */
  live: boolean;
}

export async function measureCatalogueLoad(options: LoadOptions, log: (line: string) => void): Promise<Section> {
  if (options.editable.length < options.connections)
    throw new Error(`PUT needs ${options.connections} services, one per connection; got ${options.editable.length}`);
  const apiPath = new URL(options.api).pathname;
  // Every page of the list and every service, as the catalogue answers them now.
  const first = (await (await fetch(`${options.api}/services?page=1`)).json()) as {
    total_pages: number;
    contents: { id: string }[];
  };
  const pages = Array.from({ length: Math.max(1, first.total_pages) }, (_, i) => `${apiPath}/services?page=${i + 1}`);
  const ids: string[] = [];
  const get: Record<string, CachedAnswer> = {};
  for (const path of pages) {
    const res = await fetch(`${options.site}${path}`);
    const copy = res.clone();
    ids.push(...((await res.json()) as { contents: { id: string }[] }).contents.map((s) => s.id));
    get[path] = await cache(copy);
  }
  const items = ids.map((id) => `${apiPath}/services/${id}`);
  for (const path of items) get[path] = await cache(await fetch(`${options.site}${path}`));
  // One PUT, to cache its answer for the baseline (and to check that PUT works at all).
  const sample = options.editable[0]!;
  const putRes = await fetch(`${options.api}/services/${sample.id}`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${options.token}`,
      'If-Match': sample.etag,
      Origin: options.origin,
    },
    body: JSON.stringify(sample.record),
  });
  if (putRes.status !== 200)
    throw new Error(
      `PUT /services/${sample.id} answered ${putRes.status}: ${(await putRes.clone().text()).slice(0, 500)}`,
    );
  sample.etag = putRes.headers.get('etag') ?? '';
  const bare = await startBare(options.root, { get, put: await cache(putRes) });

  const etags = new Map(options.editable.map((e) => [e.id, e.etag]));
  let nextService = 0;
  let counter = 0;

  function requestsFor(endpoint: Endpoint, target: Target) {
    if (endpoint === 'list') {
      let i = 0;
      return {
        requests: [{ method: 'GET', setupRequest: (r: object) => ({ ...r, path: pages[i++ % pages.length] }) }],
      };
    }
    if (endpoint === 'item') {
      let i = 0;
      return {
        requests: [{ method: 'GET', setupRequest: (r: object) => ({ ...r, path: items[i++ % items.length] }) }],
      };
    }
    return {
      setupClient(client: Client) {
        const mine = options.editable[nextService++ % options.editable.length]!;
        client.setRequests([
          {
            method: 'PUT',
            setupRequest: (r) => ({
              ...r,
              path: `${apiPath}/services/${mine.id}`,
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${options.token}`,
                origin: options.origin,
                'if-match': target.live ? etags.get(mine.id)! : '"cached"',
              },
              body: JSON.stringify({ ...mine.record, description: `Edited under load, change ${++counter}.` }),
            }),
            onResponse: (status, _body, _context, headers) => {
              const etag = headerOf(headers, 'etag');
              if (target.live && status === 200 && etag) etags.set(mine.id, etag);
            },
          },
        ]);
      },
    };
  }

  /** The ETags as the catalogue holds them now (answers still in flight when a run ended went uncounted). */
  async function refreshEtags(): Promise<void> {
    for (const e of options.editable) {
      const res = await fetch(`${options.api}/services/${e.id}`);
      const etag = res.headers.get('etag');
      await res.arrayBuffer();
      if (!res.ok || !etag) throw new Error(`GET /services/${e.id} answered ${res.status}`);
      etags.set(e.id, etag);
    }
  }

  async function once(endpoint: Endpoint, target: Target, seconds: number): Promise<Result> {
    nextService = 0;
    if (endpoint === 'put' && target.live) await refreshEtags();
    const result = await autocannon({
      url: target.base,
      connections: options.connections,
      duration: seconds,
      ...requestsFor(endpoint, target),
    });
    const failed = result.non2xx + result.errors + result.timeouts;
    if (failed > 0 || result.requests.total === 0) {
      throw new Error(
        `${endpoint} on ${target.live ? 'the catalogue' : 'the baseline'}: ` +
          `${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts of ` +
          `${result.requests.total} (${JSON.stringify(result.statusCodeStats ?? {})})`,
      );
    }
    return result;
  }

  const catalogue: Target = { base: options.site, live: true };
  const baseline: Target = { base: bare.url, live: false };
  const endpoints: Endpoint[] = ['list', 'item', 'put'];
  const results: Record<Endpoint, { ours: Result[]; baseline: Result[] }> = {
    list: { ours: [], baseline: [] },
    item: { ours: [], baseline: [] },
    put: { ours: [], baseline: [] },
  };
  try {
    // Warm up both servers (JIT, SQLite page cache) before measuring.
    for (const endpoint of endpoints) for (const target of [catalogue, baseline]) await once(endpoint, target, 2);
    for (let run = 0; run < options.runs; run++) {
      for (const endpoint of endpoints) {
        const order = run % 2 === 0 ? [catalogue, baseline] : [baseline, catalogue];
        for (const target of order) {
          const r = await once(endpoint, target, options.seconds);
          results[endpoint][target.live ? 'ours' : 'baseline'].push(r);
          log(
            `  ${endpoint} on ${target.live ? 'catalogue' : 'baseline'}: ` +
              `${count(r.requests.average)} req/s, p99 ${r.latency.p99} ms`,
          );
        }
      }
    }
  } finally {
    bare.stop();
  }

  const labels: Record<Endpoint, string> = {
    list: `GET /services?page=… (${pages.length} pages of 20)`,
    item: `GET /services/{id} (${items.length} services)`,
    put: `PUT /services/{id} (fresh If-Match, ${options.connections} services)`,
  };
  const rows: Row[] = [];
  for (const endpoint of endpoints) {
    const rps = (kind: 'ours' | 'baseline') => median(results[endpoint][kind].map((r) => r.requests.average));
    const p99 = (kind: 'ours' | 'baseline') => median(results[endpoint][kind].map((r) => r.latency.p99));
    const rpsRatio = rps('baseline') / rps('ours');
    const p99Ratio = p99('ours') / p99('baseline');
    const what = `Catalogue, ${labels[endpoint]}`;
    rows.push({
      area: 'Catalogue',
      what: `${what}: requests a second`,
      ours: `${count(rps('ours'))} req/s`,
      baseline: `${count(rps('baseline'))} req/s`,
      ratio: ratio(rpsRatio),
      ratioValue: rpsRatio,
      note:
        `${options.connections} connections, ${options.seconds} s, median of ${options.runs} runs; ` +
        'ratio = baseline ÷ ours (time per request)',
      ...(rpsRatio > 2
        ? {
            shortfall:
              `${what}: the bare server answers ${ratio(rpsRatio)} as many requests a second ` +
              `(${count(rps('baseline'))} against ${count(rps('ours'))})`,
          }
        : {}),
    });
    rows.push({
      area: 'Catalogue',
      what: `${what}: p99 latency`,
      ours: ms(p99('ours')),
      baseline: ms(p99('baseline')),
      ratio: ratio(p99Ratio),
      ratioValue: p99Ratio,
      note: `median of ${options.runs} runs; autocannon measures whole milliseconds`,
      ...(p99Ratio > 2
        ? { shortfall: `${what}: p99 ${ms(p99('ours'))}, ${ratio(p99Ratio)} the bare server's ${ms(p99('baseline'))}` }
        : {}),
    });
  }
  return { rows, notes: [] };
}
