import { expect } from '@open-wc/testing';
import { createWriteClient, normalisePath, WriteError } from '../../../src/api/write-client.js';

// These tests hand the client a fetch that answers like a catalogue would,
// to pin down how each answer is read. The e2e tests drive the real server.
type Answer = (url: string, init: RequestInit) => Response | Promise<Response>;
function client(answer: Answer, timeoutMs = 2000) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return answer(String(input), init ?? {});
  }) as typeof fetch;
  return { calls, writer: createWriteClient('http://cat.test/api/', { fetch: fetchFn, timeoutMs }) };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

async function failure(p: Promise<unknown>): Promise<WriteError> {
  try {
    await p;
  } catch (error) {
    expect(error).to.be.instanceOf(WriteError);
    return error as WriteError;
  }
  throw new Error('expected a failure');
}

describe('write client', () => {
  it('PUTs the whole service with the token and If-Match, and returns the stored service and new ETag', async () => {
    const { calls, writer } = client(() => json(200, { id: 'a', name: 'Saved' }, { ETag: '"v2"' }));
    const stored = await writer.updateService('a', { id: 'a', name: 'Saved' }, { token: 'tok', etag: '"v1"' });
    expect(stored).to.deep.equal({ json: { id: 'a', name: 'Saved' }, etag: '"v2"' });
    const { url, init } = calls[0]!;
    expect(url).to.equal('http://cat.test/api/services/a');
    expect(init.method).to.equal('PUT');
    const headers = init.headers as Record<string, string>;
    expect(headers.Authorization).to.equal('Bearer tok');
    expect(headers['If-Match']).to.equal('"v1"');
    expect(JSON.parse(init.body as string)).to.deep.equal({ id: 'a', name: 'Saved' });
  });

  it('POSTs a new service', async () => {
    const { calls, writer } = client(() =>
      json(201, { id: 'n', name: 'New' }, { ETag: '"v1"', Location: '/api/services/n' }),
    );
    const stored = await writer.createService({ id: 'n', name: 'New' }, { token: 'tok' });
    expect(stored.etag).to.equal('"v1"');
    expect(calls[0]!.url).to.equal('http://cat.test/api/services');
    expect(calls[0]!.init.method).to.equal('POST');
  });

  it('reads each failure into a kind the editor acts on', async () => {
    const cases: [number, string][] = [
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'exists'],
      [429, 'rate-limited'],
      [500, 'server'],
      [503, 'server'],
      [418, 'http'],
    ];
    for (const [status, kind] of cases) {
      const { writer } = client(() => json(status, { title: 'x', detail: `Detail ${status}` }));
      const error = await failure(writer.updateService('a', {}, { token: 't', etag: '"1"' }));
      expect(error.kind, String(status)).to.equal(kind);
      expect(error.message).to.equal(`Detail ${status}`);
    }
  });

  it('turns 422 errors into problems at field paths', async () => {
    const { writer } = client(() =>
      json(422, {
        detail: 'The service breaks the schema.',
        errors: [
          { path: 'service_at_locations.0.location.addresses.0.postal_code', message: 'Enter a real UK postcode' },
          { path: '/email', message: 'Enter an email address' },
          { path: 'nmae', key: 'field.unknown', params: { name: 'nmae' }, message: 'Unknown field "nmae"' },
        ],
      }),
    );
    const error = await failure(writer.updateService('a', {}, { token: 't' }));
    expect(error.kind).to.equal('invalid');
    expect(error.problems.map((p) => p.path)).to.deep.equal([
      'service_at_locations.0.location.addresses.0.postal_code',
      'email',
      'nmae',
    ]);
    // The key and its params are kept, so the editor can word the problem in its own language.
    expect(error.problems[2]).to.deep.equal({
      path: 'nmae',
      key: 'field.unknown',
      params: { name: 'nmae' },
      message: 'Unknown field "nmae"',
    });
    expect(normalisePath('/contacts/0/phones/1/number')).to.equal('contacts.0.phones.1.number');
    expect(normalisePath('contacts[0].name')).to.equal('contacts.0.name');
  });

  it('keeps the current service and its ETag from a 412', async () => {
    const { writer } = client(() =>
      json(412, { detail: 'Stale', current: { id: 'a', name: 'Theirs' } }, { ETag: '"v9"' }),
    );
    const error = await failure(writer.updateService('a', {}, { token: 't', etag: '"v1"' }));
    expect(error.kind).to.equal('conflict');
    expect(error.current).to.deep.equal({ json: { id: 'a', name: 'Theirs' }, etag: '"v9"' });
  });

  it('reports a network failure and a timeout as such', async () => {
    const down = client(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await failure(down.writer.updateService('a', {}, { token: 't' }))).kind).to.equal('network');
    const slow = client(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
      50,
    );
    expect((await failure(slow.writer.updateService('a', {}, { token: 't' }))).kind).to.equal('timeout');
  });

  it('signs in and works out when the token expires', async () => {
    const { calls, writer } = client(() =>
      json(200, { access_token: 'abc', token_type: 'Bearer', expires_in: 3600, organization_id: 'org-1' }),
    );
    const before = Date.now();
    const grant = await writer.signIn('http://cat.test/api/auth/token', 'a@b.org', 'pw');
    expect(grant.accessToken).to.equal('abc');
    expect(grant.organizationId).to.equal('org-1');
    expect(grant.expiresAt! - before).to.be.within(3_599_000, 3_601_000);
    expect(JSON.parse(calls[0]!.init.body as string)).to.deep.equal({ email: 'a@b.org', password: 'pw' });
    const refused = client(() => json(429, { detail: 'Too many' }, { 'Retry-After': '600' }));
    const error = await failure(refused.writer.signIn('http://cat.test/api/auth/token', 'a@b.org', 'pw'));
    expect(error.kind).to.equal('rate-limited');
    expect(error.retryAfter).to.equal(600);
  });

  it('discovers the write extension from GET /, keeping localhost and resolving a relative token URL', async () => {
    const local = client(() =>
      json(200, {
        version: 'HSDS-UK-3.0',
        write_api: { version: '1', token_url: 'http://localhost:8080/api/auth/token' },
      }),
    );
    expect(await local.writer.discover()).to.deep.equal({
      version: '1',
      tokenUrl: 'http://localhost:8080/api/auth/token',
    });
    expect(local.calls[0]!.url).to.equal('http://cat.test/api/');
    const relative = client(() =>
      json(200, { version: 'HSDS-UK-3.0', write_api: { version: '1', token_url: 'auth/token' } }),
    );
    expect((await relative.writer.discover())?.tokenUrl).to.equal('http://cat.test/api/auth/token');
    const readOnly = client(() => json(200, { version: 'HSDS-UK-3.0' }));
    expect(await readOnly.writer.discover()).to.equal(undefined);
    const unsafe = client(() => json(200, { write_api: { version: '1', token_url: 'javascript:alert(1)' } }));
    expect(await unsafe.writer.discover()).to.equal(undefined);
  });
});
