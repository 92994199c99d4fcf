// If-None-Match is not CORS-safelisted: a cross-origin revalidation is preflighted,
// and many ORUK feeds never answer OPTIONS. The read client must still load them.
// Real HTTP: the fault server is another origin than the test page
// (etag-nopreflight refuses preflights with no CORS headers).
// Its own file: the origins the client learns not to revalidate are remembered for the page's life.
import { expect } from '@open-wc/testing';
import { CatalogueError } from '../../../src/api/catalogue-error.js';
import { createReadClient } from '../../../src/api/read-client.js';
import { feed, freshKey, rejectionOf, requestsFor } from './fault-server.js';

describe('read client: a cross-origin feed that does not answer CORS preflights', () => {
  it('needs no preflight for the first, unconditional request', async () => {
    const key = freshKey('nopre-first');
    const client = createReadClient(await feed('etag-nopreflight', key), { backoffMs: 20 });
    const page = await client.services({ page: 1 });
    expect(page.items.map((s) => s.name)).to.deep.equal(['Community Counselling']);
    const log = await requestsFor(key);
    expect(log.map((r) => `${r.method} ${r.status}`)).to.deep.equal(['GET 200']);
    expect(log[0]!.ifNoneMatch).to.equal(null);
  });

  it('retries a failed revalidation at once without If-None-Match, then stops sending it to that origin', async () => {
    const key = freshKey('nopre-reval');
    const base = await feed('etag-nopreflight', key);
    // A long backoff: the plain retry must not wait for it.
    const client = createReadClient(base, { backoffMs: 3000 });
    const first = await client.services({ page: 1 });

    const started = performance.now();
    const second = await client.services({ page: 1 });
    expect(performance.now() - started).to.be.lessThan(1500);
    expect(second).to.deep.equal(first);

    let log = await requestsFor(key);
    expect(log.map((r) => `${r.method} ${r.status}`)).to.deep.equal(['GET 200', 'OPTIONS 405', 'GET 200']);
    expect(log[1]!.requestHeaders ?? '').to.contain('if-none-match');
    expect(log[2]!.ifNoneMatch).to.equal(null);

    // From now on, plain GETs only: no preflight, and a change on the feed shows.
    await fetch(`${base}/__bump`, { cache: 'no-store' });
    const third = await client.services({ page: 1 });
    expect(third.items[0]!.name).to.equal('Community Counselling (revision 2)');
    log = (await requestsFor(key)).filter((r) => r.path !== '__bump');
    expect(log.map((r) => `${r.method} ${r.status}`)).to.deep.equal(['GET 200', 'OPTIONS 405', 'GET 200', 'GET 200']);
    expect(log[3]!.ifNoneMatch).to.equal(null);

    // Remembered for the origin, not the client: another element's client on the page goes plain at once.
    const otherKey = freshKey('nopre-other');
    const other = createReadClient(await feed('etag-nopreflight', otherKey), { backoffMs: 3000 });
    await other.services({ page: 1 });
    await other.services({ page: 1 });
    const otherLog = await requestsFor(otherKey);
    expect(otherLog.map((r) => `${r.method} ${r.ifNoneMatch ?? 'plain'} ${r.status}`)).to.deep.equal([
      'GET plain 200',
      'GET plain 200',
    ]);
  });

  it('keeps revalidating other origins (the same server by another name)', async () => {
    const key = freshKey('nopre-else');
    const base = new URL(await feed('etag', key));
    base.hostname = 'localhost';
    const client = createReadClient(base.href, { backoffMs: 20 });
    await client.services({ page: 1 });
    await client.services({ page: 1 });
    const log = await requestsFor(key);
    expect(log.map((r) => r.status)).to.deep.equal([200, 304]);
    expect(log[1]!.ifNoneMatch).to.match(/^"[0-9a-f]+"$/);
  });
});

/** A scripted fetch: 200 with an ETag for plain requests; conditional ones as `conditional` says. */
function scriptedFetch(conditional: () => Response | Error) {
  const sent: (string | null)[] = [];
  const fetchFn = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const inm = new Headers(init?.headers).get('if-none-match');
    sent.push(inm);
    if (inm === null) {
      return new Response(JSON.stringify({ total_items: 0, total_pages: 1, page_number: 1, size: 10, contents: [] }), {
        headers: { ETag: '"v1"', 'Content-Type': 'application/json' },
      });
    }
    const outcome = conditional();
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }) as typeof fetch;
  return { sent, fetchFn };
}

describe('read client: network errors on revalidation that are not about CORS', () => {
  it('leaves same-origin requests alone: a network error is retried as it is, with If-None-Match', async () => {
    const { sent, fetchFn } = scriptedFetch(() => new TypeError('Failed to fetch'));
    const client = createReadClient(`${location.origin}/same-origin-feed`, {
      fetch: fetchFn,
      retries: 2,
      backoffMs: 1,
    });
    await client.services({ page: 1 });
    const error = await rejectionOf(client.services({ page: 1 }));
    expect(error).to.be.instanceOf(CatalogueError);
    expect((error as CatalogueError).kind).to.equal('network');
    expect(sent).to.deep.equal([null, '"v1"', '"v1"', '"v1"']);
  });

  it('does not stop revalidating an origin when the plain retry fails too (the network was down)', async () => {
    let down = false;
    const sent: (string | null)[] = [];
    const fetchFn = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const inm = new Headers(init?.headers).get('if-none-match');
      sent.push(inm);
      if (down) throw new TypeError('Failed to fetch');
      if (inm === '"v1"') return new Response(null, { status: 304, headers: { ETag: '"v1"' } });
      return new Response(JSON.stringify({ total_items: 0, total_pages: 1, page_number: 1, size: 10, contents: [] }), {
        headers: { ETag: '"v1"', 'Content-Type': 'application/json' },
      });
    }) as typeof fetch;
    const client = createReadClient('https://down.example.org/api', { fetch: fetchFn, retries: 0 });
    const first = await client.services({ page: 1 });
    down = true;
    const error = await rejectionOf(client.services({ page: 1 }));
    expect((error as CatalogueError).kind).to.equal('network');
    expect(sent).to.deep.equal([null, '"v1"', null]);
    down = false;
    expect(await client.services({ page: 1 })).to.deep.equal(first);
    expect(sent).to.deep.equal([null, '"v1"', null, '"v1"']);
  });
});
