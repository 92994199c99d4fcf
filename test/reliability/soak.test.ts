/**
 * A bounded soak: 60 s of mixed reads and writes from 20 connections on
 * loopback. Zero 5xx, zero failed requests, and flat memory: the
 * catalogue's resident memory in the second half of the run grows by less
 * than 10% (RSS at the start and the end are reported).
 * SOAK_SECONDS shortens the run for local work; the suite runs 60.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { catalogue, DEMO_ACCOUNTS, rssMiB, serviceIds, signIn, type CatalogueProcess } from './support/catalogue.js';
import { record } from './support/results.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = 20;
const WORDS = [
  'food',
  'bank',
  'youth',
  'carers',
  'advice',
  'club',
  'support',
  'cymorth',
  'xyzzy',
  "o'brien",
  'debt',
  'baby',
];

interface Reply {
  status: number;
  body: string;
  etag?: string;
}

describe('soak', () => {
  let cat: CatalogueProcess;
  const tokens: string[] = [];
  const owned: string[][] = [];

  before(async () => {
    cat = await catalogue();
    for (const a of DEMO_ACCOUNTS) {
      tokens.push(await signIn(cat.api, a));
      owned.push(await serviceIds(cat.api, a.organizationId));
    }
  });
  after(async () => {
    await cat?.dispose();
  });

  it(
    `${SECONDS} s of mixed reads and writes at ${CONNECTIONS} connections: no 5xx, flat memory`,
    { timeout: (SECONDS + 60) * 1000 },
    async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
      const send = (
        method: string,
        path: string,
        headers: Record<string, string> = {},
        body?: string,
      ): Promise<Reply> =>
        new Promise((resolve, reject) => {
          const req = request(
            {
              host: '127.0.0.1',
              port: cat.port,
              path: `/api${path}`,
              method,
              agent,
              headers:
                body === undefined
                  ? headers
                  : { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
            },
            (res) => {
              let text = '';
              res.setEncoding('utf8');
              res.on('data', (c: string) => (text += c));
              res.on('end', () =>
                resolve({
                  status: res.statusCode ?? 0,
                  body: text,
                  ...(res.headers.etag ? { etag: res.headers.etag } : {}),
                }),
              );
            },
          );
          req.on('error', reject);
          req.end(body);
        });

      const counts = new Map<string, number>();
      const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
      let total = 0;
      let fiveXX = 0;
      let failed = 0;
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

      async function one(w: number): Promise<void> {
        const org = w % DEMO_ACCOUNTS.length;
        const r = Math.random();
        let reply: Reply;
        if (r < 0.3) {
          reply = await send('GET', `/services?page=${1 + Math.floor(Math.random() * 3)}&per_page=10`);
          bump('list');
        } else if (r < 0.5) {
          reply = await send('GET', `/services?search=${encodeURIComponent(pick(WORDS))}`);
          bump('search');
        } else if (r < 0.7) {
          reply = await send('GET', `/services/${pick(owned[org]!)}`);
          bump('service');
        } else if (r < 0.75) {
          reply = await send(
            'GET',
            pick(['/', '/taxonomy_terms', '/organizations', '/service_at_locations?per_page=5']),
          );
          bump('other read');
        } else if (r < 0.95) {
          const id = pick(owned[org]!);
          const current = await send('GET', `/services/${id}`);
          total++;
          const doc = JSON.parse(current.body) as Record<string, unknown>;
          reply = await send(
            'PUT',
            `/services/${id}`,
            { Authorization: `Bearer ${tokens[org]}`, 'If-Match': current.etag ?? '' },
            JSON.stringify({ ...doc, alert: `Soak write ${total} at ${new Date().toISOString()}` }),
          );
          bump(reply.status === 412 ? 'PUT (412, someone saved first)' : 'PUT');
          if (reply.status !== 200 && reply.status !== 412) failed++;
        } else {
          const id = randomUUID();
          reply = await send(
            'POST',
            '/services',
            { Authorization: `Bearer ${tokens[org]}` },
            JSON.stringify({
              id,
              name: `Soak service ${total}`,
              status: 'active',
              description: 'Created by the soak test.',
            }),
          );
          bump('POST');
          if (reply.status !== 201) failed++;
        }
        total++;
        if (reply.status >= 500) fiveXX++;
        if (reply.status >= 400 && reply.status !== 412) failed++;
      }

      // Warm up (JIT, schema compilation, caches), then measure.
      await Promise.all(
        Array.from({ length: CONNECTIONS }, (_, w) =>
          (async () => {
            for (let i = 0; i < 20; i++) await one(w);
          })(),
        ),
      );
      total = 0;
      fiveXX = 0;
      failed = 0;
      counts.clear();
      const pid = cat.pid()!;
      const samples: { t: number; rss: number }[] = [{ t: 0, rss: await rssMiB(pid) }];
      const started = Date.now();
      const end = started + SECONDS * 1000;
      const sampler = setInterval(() => {
        void rssMiB(pid).then((rss) => samples.push({ t: Math.round((Date.now() - started) / 1000), rss }));
      }, 5000);
      await Promise.all(
        Array.from({ length: CONNECTIONS }, (_, w) =>
          (async () => {
            while (Date.now() < end) await one(w);
          })(),
        ),
      );
      clearInterval(sampler);
      const elapsed = (Date.now() - started) / 1000;
      samples.push({ t: Math.round(elapsed), rss: await rssMiB(pid) });
      agent.destroy();

      const start = samples[0]!.rss;
      const last = samples[samples.length - 1]!.rss;
      const mid = samples.reduce((best, s) =>
        Math.abs(s.t - elapsed / 2) < Math.abs(best.t - elapsed / 2) ? s : best,
      ).rss;
      const peak = Math.max(...samples.map((s) => s.rss));
      assert.equal(fiveXX, 0, `${fiveXX} answers were 5xx`);
      assert.equal(failed, 0, `${failed} requests failed`);
      assert.ok(
        last <= mid * 1.1 + 5,
        `memory grew in the second half: ${mid} MiB at the middle, ${last} MiB at the end`,
      );
      const mix = [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
      console.log(
        `soak: ${total} requests in ${elapsed.toFixed(1)} s; RSS ${samples.map((s) => `${s.t}s=${s.rss}`).join(' ')}`,
      );
      record({
        area: 'Soak',
        tried:
          `${Math.round(elapsed)} s of mixed reads and writes at ${CONNECTIONS} keep-alive connections on ` +
          `loopback (${mix})`,
        cases: total,
        outcome:
          `0 × 5xx, 0 failed requests, ${Math.round(total / elapsed)} requests/s. Catalogue RSS: ` +
          `${start} MiB at the start, ${mid} MiB at the middle, ${last} MiB at the end (peak ${peak} MiB)`,
      });
    },
  );
});
