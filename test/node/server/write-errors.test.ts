/**
 * The write extension's error table, one test per row, plus the happy paths.
 * Every error is application/problem+json (RFC 9457) with a plain-English detail.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  getJson,
  signIn,
  startTestCatalogue,
  TEST_ORIGIN,
  type TestCatalogue,
} from '../../support/node/test-catalogue.js';

let t: TestCatalogue;
let token: string;
let otherToken: string;
let ownId: string;
let otherId: string;

before(async () => {
  t = await startTestCatalogue();
  token = await signIn(t.api, t.accounts[0]!);
  otherToken = await signIn(t.api, t.accounts[1]!);
  const own = await getJson<{ contents: { id: string }[] }>(
    `${t.api}/services?organization_id=${t.accounts[0]!.organizationId}`,
  );
  const other = await getJson<{ contents: { id: string }[] }>(
    `${t.api}/services?organization_id=${t.accounts[1]!.organizationId}`,
  );
  ownId = own.body.contents[0]!.id;
  otherId = other.body.contents[0]!.id;
});
after(() => t.close());

async function read(id: string): Promise<{ etag: string; service: Record<string, unknown> }> {
  const res = await getJson(`${t.api}/services/${id}`);
  return { etag: res.headers.get('etag')!, service: res.body };
}

function put(id: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${t.api}/services/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function problem(res: Response, status: number): Promise<Record<string, unknown>> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = (await res.json()) as Record<string, unknown>;
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  assert.equal(typeof body.detail, 'string');
  assert.ok((body.detail as string).length > 20, 'detail says what happened in words');
  assert.equal(typeof body.code, 'string');
  return body;
}

describe('happy paths', () => {
  test('PUT with the current ETag saves, sets last_modified, keeps vendor extensions and returns a new ETag', async () => {
    const { etag, service } = await read(ownId);
    const before = Date.now();
    const res = await put(
      ownId,
      { ...service, alert: 'Closed on bank holidays', x_vendor_note: { keep: true } },
      { 'If-Match': etag },
    );
    assert.equal(res.status, 200);
    const newTag = res.headers.get('etag');
    assert.ok(newTag && newTag !== etag);
    const saved = (await res.json()) as Record<string, unknown>;
    assert.equal(saved.alert, 'Closed on bank holidays');
    assert.deepEqual(saved.x_vendor_note, { keep: true });
    assert.ok(Date.parse(saved.last_modified as string) >= before - 5);
    const again = await read(ownId);
    assert.equal(again.etag, newTag);
    assert.equal(again.service.alert, 'Closed on bank holidays');
  });

  test('the server owns last_modified and the nested organization', async () => {
    const { etag, service } = await read(ownId);
    const res = await put(
      ownId,
      {
        ...service,
        last_modified: '1999-01-01T00:00:00.000Z',
        organization: { id: service.organization_id, name: 'Renamed by a service edit', description: 'x' },
      },
      { 'If-Match': etag },
    );
    assert.equal(res.status, 200);
    const saved = (await res.json()) as { last_modified: string; organization: { name: string } };
    assert.notEqual(saved.last_modified, '1999-01-01T00:00:00.000Z');
    assert.equal(saved.organization.name, t.accounts[0]!.organizationName);
  });

  test('POST creates a service: 201 with Location and ETag, readable at once; its id again gets 409', async () => {
    const { service } = await read(ownId);
    const id = '6f1d3c9e-2a4b-4c8d-9e0f-1a2b3c4d5e6f';
    const body = {
      id,
      name: 'Winter coat exchange',
      status: 'active',
      organization_id: t.accounts[0]!.organizationId,
      description: 'Swap or pick up a warm coat.',
    };
    const res = await fetch(`${t.api}/services`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('location'), `${t.api}/services/${id}`);
    const etag = res.headers.get('etag');
    assert.ok(etag);
    const readBack = await read(id);
    assert.equal(readBack.etag, etag);
    assert.equal(readBack.service.name, 'Winter coat exchange');
    const list = await getJson<{ contents: { id: string }[] }>(`${t.api}/services?search=coat`);
    assert.ok(
      list.body.contents.some((s) => s.id === id),
      'the new service is searchable at once',
    );
    const again = await fetch(`${t.api}/services`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...body, name: 'Another' }),
    });
    await problem(again, 409);
    assert.ok(service);
  });

  test('POST without an id gets one assigned', async () => {
    const res = await fetch(`${t.api}/services`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Seed swap', status: 'active' }),
    });
    assert.equal(res.status, 201);
    const saved = (await res.json()) as { id: string; organization_id: string };
    assert.match(saved.id, /^[0-9a-f-]{36}$/);
    assert.equal(saved.organization_id, t.accounts[0]!.organizationId);
  });
});

describe('error table', () => {
  test('400: malformed JSON', async () => {
    const { etag } = await read(ownId);
    const body = await problem(await put(ownId, '{"name": "Food", ', { 'If-Match': etag }), 400);
    assert.equal(body.code, 'malformed_json');
  });

  test("400: the body's id is not the path's id", async () => {
    const { etag, service } = await read(ownId);
    const body = await problem(await put(ownId, { ...service, id: otherId }, { 'If-Match': etag }), 400);
    assert.equal(body.code, 'id_mismatch');
  });

  test('401: missing token', async () => {
    const { etag, service } = await read(ownId);
    const res = await fetch(`${t.api}/services/${ownId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': etag },
      body: JSON.stringify(service),
    });
    await problem(res, 401);
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
  });

  test('401: invalid token', async () => {
    const { etag, service } = await read(ownId);
    await problem(await put(ownId, service, { 'If-Match': etag, Authorization: 'Bearer not-a-real-token' }), 401);
    await problem(await put(ownId, service, { 'If-Match': etag, Authorization: 'Basic dXNlcjpwYXNz' }), 401);
  });

  test('401: expired token', async () => {
    const short = await startTestCatalogue({ config: { tokenTtlSeconds: 1 } });
    try {
      const shortToken = await signIn(short.api, short.accounts[0]!);
      const list = await getJson<{ contents: { id: string }[] }>(
        `${short.api}/services?organization_id=${short.accounts[0]!.organizationId}`,
      );
      const id = list.body.contents[0]!.id;
      const current = await getJson(`${short.api}/services/${id}`);
      await new Promise((r) => setTimeout(r, 1100));
      const res = await fetch(`${short.api}/services/${id}`, {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${shortToken}`,
          'If-Match': current.headers.get('etag')!,
        },
        body: JSON.stringify(current.body),
      });
      const body = await problem(res, 401);
      assert.equal(body.code, 'token_invalid');
    } finally {
      await short.close();
    }
  });

  test('403: the service belongs to another organisation', async () => {
    const { etag, service } = await read(otherId);
    const body = await problem(await put(otherId, service, { 'If-Match': etag }), 403);
    assert.equal(body.code, 'service_of_other_organization');
    assert.equal((await read(otherId)).etag, etag, 'nothing changed');
  });

  test("403: the body's organization_id is another organisation", async () => {
    const { etag, service } = await read(ownId);
    const body = await problem(
      await put(ownId, { ...service, organization_id: t.accounts[1]!.organizationId }, { 'If-Match': etag }),
      403,
    );
    assert.equal(body.code, 'organization_not_yours');
    const post = await fetch(`${t.api}/services`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Sneaky', status: 'active', organization_id: t.accounts[1]!.organizationId }),
    });
    await problem(post, 403);
  });

  test("403: the request's Origin is not registered for the token's organisation", async () => {
    const { etag, service } = await read(ownId);
    const body = await problem(
      await put(ownId, service, { 'If-Match': etag, Origin: 'https://evil.example.com' }),
      403,
    );
    assert.equal(body.code, 'origin_not_registered');
    // An origin registered to the organisation may write.
    const ok = await put(ownId, service, { 'If-Match': etag, Origin: TEST_ORIGIN });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), TEST_ORIGIN);
    // The other organisation's website may not write this organisation's services.
    const website = `https://www.northgateyouth.example.org.uk`;
    const { etag: etag2, service: s2 } = await read(ownId);
    await problem(await put(ownId, s2, { 'If-Match': etag2, Origin: website }), 403);
  });

  test('404: no such service', async () => {
    const { service } = await read(ownId);
    const missing = '00000000-0000-4000-8000-000000000000';
    await problem(await put(missing, { ...service, id: missing }, { 'If-Match': '"1-x"' }), 404);
    await problem(await fetch(`${t.api}/services/${missing}`), 404);
    await problem(await fetch(`${t.api}/services/..%2f..%2fetc%2fpasswd`), 404);
  });

  test('412: a stale ETag; the body holds the current service so the editor can merge', async () => {
    const { etag, service } = await read(ownId);
    assert.equal((await put(ownId, { ...service, alert: 'First' }, { 'If-Match': etag })).status, 200);
    const res = await put(ownId, { ...service, alert: 'Second' }, { 'If-Match': etag });
    const body = await problem(res, 412);
    const current = body.current as Record<string, unknown>;
    assert.equal(current.alert, 'First');
    assert.equal(res.headers.get('etag'), (await read(ownId)).etag);
    assert.equal(body.current_etag, res.headers.get('etag'));
  });

  test('413: the body is over 1 MiB', async () => {
    const { etag, service } = await read(ownId);
    const body = await problem(
      await put(ownId, { ...service, description: 'x'.repeat(1024 * 1024 + 10) }, { 'If-Match': etag }),
      413,
    );
    assert.equal(body.code, 'body_too_large');
  });

  test('415: the body is not JSON', async () => {
    const { etag } = await read(ownId);
    const res = await fetch(`${t.api}/services/${ownId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${token}`, 'If-Match': etag },
      body: 'name=Food',
    });
    await problem(res, 415);
    const form = await fetch(`${t.api}/services`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${token}` },
      body: 'name=Food',
    });
    await problem(form, 415);
  });

  test('422: the body breaks the ORUK 3.0 service schema; errors lists every problem with dotted paths', async () => {
    const { etag, service } = await read(ownId);
    const sals = service.service_at_locations as Record<string, unknown>[];
    const location = sals[0]!.location as Record<string, unknown>;
    const address = (location.addresses as Record<string, unknown>[])[0]!;
    const broken = {
      ...service,
      status: 'open',
      email: 'not-an-email',
      name: undefined,
      service_at_locations: [
        { ...sals[0], location: { ...location, addresses: [{ ...address, postal_code: undefined }] } },
      ],
    };
    const body = await problem(await put(ownId, broken, { 'If-Match': etag }), 422);
    const errors = body.errors as { path: string; message: string }[];
    const paths = errors.map((e) => e.path).sort();
    assert.deepEqual(paths, ['email', 'name', 'service_at_locations.0.location.addresses.0.postal_code', 'status']);
    assert.equal(
      errors.find((e) => e.path === 'email')!.message,
      'Enter an email address in the correct format, like name@example.org',
    );
    assert.equal((await read(ownId)).etag, etag, 'nothing was saved');
  });

  test('hostile bodies are 4xx problems and the server stays up', async () => {
    const { etag, service } = await read(ownId);
    let deep = '1';
    for (let i = 0; i < 10000; i++) deep = `[${deep}]`;
    assert.equal((await problem(await put(ownId, deep, { 'If-Match': etag }), 400)).code, 'body_not_object');
    const nested = `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`;
    assert.equal((await problem(await put(ownId, nested, { 'If-Match': etag }), 400)).code, 'body_too_deep');
    const many = { ...service, contacts: Array.from({ length: 10000 }, (_, i) => ({ id: `c${i}` })) };
    assert.equal((await problem(await put(ownId, many, { 'If-Match': etag }), 400)).code, 'array_too_long');
    const badUtf8 = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const utf8 = await fetch(`${t.api}/services/${ownId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'If-Match': etag },
      body: badUtf8,
    });
    assert.equal((await problem(utf8, 400)).code, 'invalid_utf8');
    const unknown = await problem(
      await put(ownId, { ...service, secret_field: 1, x_kept: 1 }, { 'If-Match': etag }),
      422,
    );
    assert.deepEqual(
      (unknown.errors as { path: string }[]).map((e) => e.path),
      ['secret_field'],
    );
    assert.equal((await read(ownId)).etag, etag, 'nothing was saved');
  });

  test('428: If-Match is missing', async () => {
    const { service } = await read(ownId);
    const body = await problem(await put(ownId, service), 428);
    assert.equal(body.code, 'if_match_missing');
  });
});

describe('history', () => {
  test('lists who changed which fields when, with previous and new values, newest first', async () => {
    const { etag, service } = await read(ownId);
    const res = await put(ownId, { ...service, name: 'Renamed for the history test' }, { 'If-Match': etag });
    assert.equal(res.status, 200);
    const history = await getJson<{
      contents: {
        action: string;
        changed_by: string;
        changed_at: string;
        changes: { path: string; previous?: unknown; new?: unknown }[];
      }[];
    }>(`${t.api}/services/${ownId}/history`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(history.status, 200);
    const latest = history.body.contents[0]!;
    assert.equal(latest.action, 'update');
    assert.equal(latest.changed_by, t.accounts[0]!.email);
    assert.ok(!Number.isNaN(Date.parse(latest.changed_at)));
    assert.deepEqual(
      latest.changes.find((c) => c.path === 'name'),
      { path: 'name', previous: service.name, new: 'Renamed for the history test' },
    );
    assert.equal(history.body.contents.at(-1)!.action, 'seed');
  });

  test("needs a token of the service's organisation", async () => {
    await problem(await fetch(`${t.api}/services/${ownId}/history`), 401);
    await problem(
      await fetch(`${t.api}/services/${ownId}/history`, { headers: { Authorization: `Bearer ${otherToken}` } }),
      403,
    );
    await problem(
      await fetch(`${t.api}/services/00000000-0000-4000-8000-000000000000/history`, {
        headers: { Authorization: `Bearer ${token}` },
      }),
      404,
    );
  });
});
