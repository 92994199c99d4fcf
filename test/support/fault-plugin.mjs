// A @web/test-runner plugin that starts a small, scriptable HTTP server for the
// read client's fault tests: slow answers, 5xx and 429 a set number of times,
// dropped connections, ETag/304, garbage bodies, and an ORUK v1 feed. It runs
// on its own port (a real cross-origin server, as catalogues are for the sites
// that embed our elements), sends CORS headers, and logs every request so a
// test can count what arrived.
//
// Browser side: `const { baseUrl, closedUrl } = await executeServerCommand('faults', { action: 'info' })`;
// closedUrl is a URL on a port where nothing listens.
//
// URL scheme: `${baseUrl}/<scenario>/<key>/<feed path>`; `key` is any word a
// test picks to keep its own counters and log. Scenarios:
//   ok                    answer normally
//   status-<code>-<n>     answer <code> to the first <n> requests ("always" for every one), then normally
//   retryafter-<s>-<n>    answer 429 with `Retry-After: <s>` to the first <n> requests, then normally
//   drop-<n>              destroy the connection for the first <n> requests, then answer normally
//   slow-<ms>             wait <ms> before answering normally
//   etag                  answer with an ETag and 304 when If-None-Match matches;
//                         GET `${baseUrl}/etag/<key>/__bump` changes the content
//   etag-nopreflight      as etag, but CORS preflights (OPTIONS) get a 405 with no CORS headers,
//                         as on the many feeds that never answer OPTIONS: a GET that needs a
//                         preflight (If-None-Match) fails in the browser as a network error
//   garbage               answer 200 with a body that is not JSON
//   v1                    answer as a small ORUK v1 feed that searches (`text`) and filters (`taxonomy_id`)
//   v1-fixture            answer with the messy v1 fixtures in test/fixtures/feeds/v1, as they are
// Feed paths (3.0): `` (api details), `services`, `services/<id>`, `taxonomy_terms`.
// The log: GET `${baseUrl}/__log/<key>` gives [{scenario, method, path, query, ifNoneMatch, status, at}]
// (OPTIONS requests are logged only for etag-nopreflight).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const fixture = (path) => JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));

const V3 = 'reference/validator-mocks/V3.0-UK-Default';

function v3Content(path, query, revision) {
  if (path === '') return fixture(`${V3}/api_details.json`);
  if (path === 'services') {
    const page = fixture(`${V3}/service_list.json`);
    if (revision > 1) page.contents[0].name = `${page.contents[0].name} (revision ${revision})`;
    return page;
  }
  const one = /^services\/([^/]+)$/.exec(path);
  if (one) {
    const service = fixture(`${V3}/service_full.json`);
    service.id = decodeURIComponent(one[1]);
    if (revision > 1) service.name = `${service.name} (revision ${revision})`;
    return service;
  }
  if (path === 'taxonomy_terms') return fixture(`${V3}/taxonomy_term_list.json`);
  return undefined;
}

// A small ORUK v1 feed, written for these tests (v1 field names: content/totalElements/number,
// regular_schedules, service_taxonomys, service_at_locations).
const V1_ORG = {
  id: '2f1d8a3c-6b7e-4c0a-9d5e-1a2b3c4d5e6f',
  name: 'Riverside Community Trust',
  description: 'A local charity.',
};
const V1_TERMS = [
  { id: 'activity:sport', name: 'Sport', vocabulary: 'OpenActive' },
  { id: 'activity:art', name: 'Arts and crafts', vocabulary: 'OpenActive' },
];
const V1_SERVICES = [
  {
    id: 'v1-swimming',
    name: 'Junior swimming club',
    description: 'Weekly swimming lessons for <b>young people</b>.',
    url: 'https://riverside.example.org/swimming',
    email: 'swim@riverside.example.org',
    status: 'active',
    fees: '£2 per session',
    organization: V1_ORG,
    regular_schedules: [{ id: 'rs1', weekday: 'Monday', opens_at: '16:00:00', closes_at: '18:00:00' }],
    service_taxonomys: [{ id: 'st1', taxonomy: V1_TERMS[0] }],
    contacts: [{ id: 'c1', name: 'Sam', phones: [{ id: 'p1', number: '01234 567890' }] }],
    service_at_locations: [
      {
        id: 'sal1',
        location: {
          id: 'l1',
          name: 'Riverside Pool',
          latitude: 51.48,
          longitude: -3.18,
          physical_addresses: [
            { id: 'a1', address_1: '1 River Road', city: 'Cardiff', postal_code: 'CF10 1AA', country: 'GB' },
          ],
        },
      },
    ],
  },
  {
    id: 'v1-pottery',
    name: 'Pottery for beginners',
    description: 'Learn to throw a pot.',
    status: 'active',
    organization: V1_ORG,
    regular_schedules: [],
    service_taxonomys: [{ id: 'st2', taxonomy: V1_TERMS[1] }],
  },
  {
    id: 'v1-youth-swim',
    name: 'Swimming for teenagers',
    description: 'Open swim sessions for ages 13 to 17.',
    status: 'temporarily closed',
    organization: V1_ORG,
    service_taxonomys: [{ id: 'st3', taxonomy: V1_TERMS[0] }],
  },
];

function v1FixtureContent(path) {
  if (path === 'services') return fixture('feeds/v1/service-page.json');
  if (/^services\/[^/]+$/.test(path)) return fixture('feeds/v1/service.json');
  if (path === 'taxonomies') return fixture('feeds/v1/taxonomies.json');
  return undefined;
}

function springPage(items, query) {
  const size = Math.max(1, Number(query.get('per_page')) || 10);
  const page = Math.max(1, Number(query.get('page')) || 1);
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const content = items.slice((page - 1) * size, page * size);
  return {
    totalElements: items.length,
    totalPages,
    number: page - 1,
    size,
    first: page === 1,
    last: page >= totalPages,
    empty: content.length === 0,
    content,
  };
}

function v1Content(path, query) {
  if (path === 'services') {
    const text = (query.get('text') ?? '').toLowerCase();
    const term = query.get('taxonomy_id');
    const items = V1_SERVICES.filter(
      (s) =>
        (!text || s.name.toLowerCase().includes(text)) &&
        (!term || (s.service_taxonomys ?? []).some((st) => st.taxonomy.id === term)),
    );
    return springPage(items, query);
  }
  const one = /^services\/([^/]+)$/.exec(path);
  if (one) return V1_SERVICES.find((s) => s.id === decodeURIComponent(one[1]));
  if (path === 'taxonomies') return springPage(V1_TERMS, query);
  return undefined;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type, If-None-Match, If-Match, Authorization',
  'Access-Control-Expose-Headers': 'ETag, Retry-After',
  'Access-Control-Max-Age': '600',
  // No keep-alive: Chromium silently resends a request once when a reused connection drops,
  // which would hide the client's own retry count in the log.
  Connection: 'close',
};

function etagOf(body) {
  let hash = 2166136261;
  for (let i = 0; i < body.length; i++) hash = Math.imul(hash ^ body.charCodeAt(i), 16777619) >>> 0;
  return `"${hash.toString(16)}"`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function faultPlugin() {
  let server;
  let baseUrl = '';
  let closedUrl = '';
  const logs = new Map(); // key -> entries
  const counters = new Map(); // scenario/key -> requests so far
  const revisions = new Map(); // key -> content revision (etag scenario)

  function log(key, entry) {
    if (!logs.has(key)) logs.set(key, []);
    logs.get(key).push(entry);
  }

  function send(res, status, body, headers = {}) {
    if (res.destroyed) return;
    res.writeHead(status, { ...CORS, ...headers });
    res.end(body);
  }

  function json(res, status, value, headers = {}) {
    send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json', ...headers });
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    const parts = url.pathname.split('/').filter((p, i) => i > 0);
    // parts: [scenario, key, ...path]
    const [scenario = '', key = '', ...rest] = parts;
    const path = rest.join('/');
    if (req.method === 'OPTIONS') {
      if (scenario !== 'etag-nopreflight') return send(res, 204, '');
      const requested = req.headers['access-control-request-headers'] ?? null;
      log(key, {
        scenario,
        method: 'OPTIONS',
        path,
        query: {},
        ifNoneMatch: null,
        requestHeaders: requested,
        status: 405,
        at: Date.now(),
      });
      res.writeHead(405, { Allow: 'GET, HEAD', Connection: 'close' });
      return res.end();
    }
    if (parts[0] === '__log') return json(res, 200, logs.get(parts[1] ?? '') ?? []);
    const counterKey = `${scenario}/${key}`;
    const seen = (counters.get(counterKey) ?? 0) + 1;
    counters.set(counterKey, seen);
    const entry = {
      scenario,
      method: req.method,
      path,
      query: Object.fromEntries(url.searchParams),
      ifNoneMatch: req.headers['if-none-match'] ?? null,
      status: 0,
      at: Date.now(),
    };
    log(key, entry);
    const finish = (status, value, headers) => {
      entry.status = status;
      if (value === undefined) return json(res, 404, { error: 'Not found' }, headers);
      return json(res, status, value, headers);
    };
    const normal = () => {
      const value =
        scenario === 'v1'
          ? v1Content(path, url.searchParams)
          : scenario === 'v1-fixture'
            ? v1FixtureContent(path)
            : v3Content(path, url.searchParams, 1);
      entry.status = value === undefined ? 404 : 200;
      return value === undefined ? json(res, 404, { error: 'Not found' }) : json(res, 200, value);
    };

    let match;
    if (scenario === 'ok' || scenario === 'v1' || scenario === 'v1-fixture') return normal();
    if ((match = /^status-(\d{3})-(\d+|always)$/.exec(scenario))) {
      const times = match[2] === 'always' ? Infinity : Number(match[2]);
      if (seen <= times) return finish(Number(match[1]), { error: `Scripted ${match[1]}` });
      return normal();
    }
    if ((match = /^retryafter-(\d+)-(\d+|always)$/.exec(scenario))) {
      const times = match[2] === 'always' ? Infinity : Number(match[2]);
      if (seen <= times) return finish(429, { error: 'Too many requests' }, { 'Retry-After': match[1] });
      return normal();
    }
    if ((match = /^drop-(\d+)$/.exec(scenario))) {
      if (seen <= Number(match[1])) {
        entry.status = -1;
        req.socket.destroy();
        return;
      }
      return normal();
    }
    if ((match = /^slow-(\d+)$/.exec(scenario))) {
      await sleep(Number(match[1]));
      return normal();
    }
    if (scenario === 'etag' || scenario === 'etag-nopreflight') {
      if (path === '__bump') {
        revisions.set(key, (revisions.get(key) ?? 1) + 1);
        return finish(200, { revision: revisions.get(key) });
      }
      const value = v3Content(path, url.searchParams, revisions.get(key) ?? 1);
      if (value === undefined) return finish(404, undefined);
      const body = JSON.stringify(value);
      const etag = etagOf(body);
      if (req.headers['if-none-match'] === etag) {
        entry.status = 304;
        return send(res, 304, '', { ETag: etag });
      }
      entry.status = 200;
      return send(res, 200, body, { 'Content-Type': 'application/json', ETag: etag });
    }
    if (scenario === 'garbage') {
      entry.status = 200;
      return send(res, 200, '<html><body>Service temporarily unavailable</body></html>', {
        'Content-Type': 'application/json',
      });
    }
    return finish(404, undefined);
  }

  return {
    name: 'faults',
    async serverStart() {
      server = createServer((req, res) => {
        handle(req, res).catch((error) => send(res, 500, String(error)));
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      baseUrl = `http://127.0.0.1:${server.address().port}`;
      // A port nothing listens on, for "the catalogue cannot be reached".
      const probe = createServer();
      await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
      closedUrl = `http://127.0.0.1:${probe.address().port}/api`;
      await new Promise((resolve) => probe.close(() => resolve()));
    },
    async serverStop() {
      server?.closeAllConnections?.();
      await new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
    async executeCommand({ command, payload }) {
      if (command !== 'faults') return undefined;
      if (payload?.action === 'info') return { baseUrl, closedUrl };
      return null;
    },
  };
}
