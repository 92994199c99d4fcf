/** ETag and 304 on every GET, public CORS for reads, guarded CORS for writes, compression. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import {
  getJson,
  signIn,
  startTestCatalogue,
  TEST_ORIGIN,
  type TestCatalogue,
} from '../../support/node/test-catalogue.js';

let t: TestCatalogue;
let serviceId: string;
before(async () => {
  t = await startTestCatalogue();
  serviceId = (
    await getJson<{ contents: { id: string }[] }>(`${t.api}/services?organization_id=${t.accounts[0]!.organizationId}`)
  ).body.contents[0]!.id;
});
after(() => t.close());

/** Raw HTTP, so we see exactly what the server sends (fetch would decompress). */
function raw(
  path: string,
  headers: Record<string, string>,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const url = new URL(`${t.api}${path}`);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const paths = () => [
  '/',
  '/services',
  `/services/${serviceId}`,
  '/organizations',
  '/taxonomies',
  '/taxonomy_terms',
  '/service_at_locations',
  '/openapi.json',
];

describe('ETag and conditional GET', () => {
  test('every GET answers with an ETag and Access-Control-Allow-Origin: *, and 304 to a matching If-None-Match', async () => {
    for (const path of paths()) {
      const first = await fetch(`${t.api}${path}`);
      assert.equal(first.status, 200, path);
      const etag = first.headers.get('etag');
      assert.ok(etag, `${path} has an ETag`);
      assert.equal(first.headers.get('access-control-allow-origin'), '*', path);
      assert.match(first.headers.get('access-control-expose-headers') ?? '', /ETag/);
      await first.arrayBuffer();
      const again = await fetch(`${t.api}${path}`, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304, `${path} 304`);
      assert.equal(again.headers.get('etag'), etag);
      assert.equal((await again.text()).length, 0);
      const other = await fetch(`${t.api}${path}`, { headers: { 'If-None-Match': '"something-else"' } });
      assert.equal(other.status, 200);
      await other.arrayBuffer();
    }
  });

  test("a service's ETag changes when it is saved, so a cached copy is refreshed", async () => {
    const first = await fetch(`${t.api}/services/${serviceId}`);
    const etag = first.headers.get('etag')!;
    const service = (await first.json()) as Record<string, unknown>;
    const token = await signIn(t.api, t.accounts[0]!);
    const put = await fetch(`${t.api}/services/${serviceId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'If-Match': etag },
      body: JSON.stringify({ ...service, alert: 'New alert' }),
    });
    assert.equal(put.status, 200);
    const after = await fetch(`${t.api}/services/${serviceId}`, { headers: { 'If-None-Match': etag } });
    assert.equal(after.status, 200);
    assert.equal(((await after.json()) as { alert: string }).alert, 'New alert');
    const list = await fetch(`${t.api}/services?full=true&organization_id=${t.accounts[0]!.organizationId}`);
    assert.ok(
      ((await list.json()) as { contents: { alert?: string }[] }).contents.some((s) => s.alert === 'New alert'),
    );
  });
});

describe('compression', () => {
  test('responses are compressed when the client accepts it, and not otherwise', async () => {
    const gz = await raw('/services?full=true', { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    const plain = await raw('/services?full=true', {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(JSON.parse(gunzipSync(gz.body).toString('utf8')), JSON.parse(plain.body.toString('utf8')));
    assert.ok(gz.body.length < plain.body.length / 3);
    const br = await raw('/services?full=true', { 'Accept-Encoding': 'br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(
      JSON.parse(brotliDecompressSync(br.body).toString('utf8')),
      JSON.parse(plain.body.toString('utf8')),
    );
  });
});

describe('CORS for writes', () => {
  const preflight = (path: string, origin: string, method: string, headers = 'authorization, content-type, if-match') =>
    fetch(`${t.api}${path}`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers },
    });

  test('a write preflight is answered only for registered website origins', async () => {
    const ok = await preflight(`/services/${serviceId}`, TEST_ORIGIN, 'PUT');
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), TEST_ORIGIN);
    const allowed = (ok.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const h of ['authorization', 'if-match', 'content-type']) assert.ok(allowed.includes(h), h);
    assert.match(ok.headers.get('access-control-allow-methods') ?? '', /PUT/);
    assert.match(ok.headers.get('access-control-expose-headers') ?? '', /ETag.*Location|Location.*ETag/);
    const website = await preflight('/auth/token', 'https://www.tamarcarers.example.org.uk', 'POST', 'content-type');
    assert.equal(website.status, 204, 'the seeded website origin of an organisation');

    const denied = await preflight(`/services/${serviceId}`, 'https://evil.example.com', 'PUT');
    assert.equal(denied.status, 403);
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
    const deniedToken = await preflight('/auth/token', 'https://evil.example.com', 'POST', 'content-type');
    assert.equal(deniedToken.headers.get('access-control-allow-origin'), null);
  });

  test('a read preflight (e.g. for If-None-Match) is answered for any origin', async () => {
    const res = await preflight('/services', 'https://anyone.example.com', 'GET', 'if-none-match');
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  });

  test('a write from a registered origin gets its origin back, so the browser can read the answer', async () => {
    const res = await fetch(`${t.api}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN },
      body: JSON.stringify({ email: t.accounts[0]!.email, password: t.accounts[0]!.password }),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), TEST_ORIGIN);
    assert.match(res.headers.get('vary') ?? '', /Origin/);
    const evil = await fetch(`${t.api}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example.com' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'x' }),
    });
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
  });
});

describe('discovery', () => {
  test('GET / gives absolute URLs built from the request host, and openapi_url serves the extended OpenAPI', async () => {
    const root = await getJson<{ openapi_url: string; write_api: { version: string; token_url: string } }>(`${t.api}/`);
    assert.deepEqual(root.body.write_api, { version: '1', token_url: `${t.api}/auth/token` });
    const viaHost = await raw('/', { Host: 'catalogue.example.org.uk:8443' });
    assert.equal(
      JSON.parse(viaHost.body.toString()).openapi_url,
      'http://catalogue.example.org.uk:8443/api/openapi.json',
    );
    const hostile = await raw('/', { Host: 'evil.example.com/"><script>' });
    assert.doesNotMatch(hostile.body.toString(), /script/);
    const doc = await getJson<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      servers: { url: string }[];
    }>(root.body.openapi_url);
    assert.equal(doc.status, 200);
    assert.equal(doc.body.openapi, '3.1.0');
    for (const p of [
      '/',
      '/services',
      '/services/{id}',
      '/organizations',
      '/taxonomies/{id}',
      '/taxonomy_terms',
      '/service_at_locations/{id}',
    ]) {
      assert.ok(doc.body.paths[p]?.get, `ORUK read path ${p}`);
    }
    assert.ok(doc.body.paths['/services/{id}']!.put);
    assert.ok(doc.body.paths['/services']!.post);
    assert.ok(doc.body.paths['/auth/token']!.post);
    assert.ok(doc.body.paths['/services/{id}/history']!.get);
    // The read extension is documented beside the ORUK parameters it adds to.
    const termParams = (doc.body.paths['/taxonomy_terms']!.get as { parameters: { name?: string }[] }).parameters;
    assert.ok(
      termParams.some((p) => p.name === 'organization_id'),
      'taxonomy_terms documents organization_id',
    );
    assert.ok(
      termParams.some((p) => p.name === 'top_only'),
      'taxonomy_terms keeps its ORUK parameters',
    );
    assert.equal(doc.body.servers[0]!.url, t.api);
  });

  test('unknown paths are 404 problems', async () => {
    const res = await getJson<{ status: number }>(`${t.api}/nothing-here`);
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type')!, /problem\+json/);
  });
});
