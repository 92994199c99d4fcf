// The read client against real HTTP: ORUK 3.0 and v1 feeds from the fault server,
// revalidation, in-flight merging, and plain-English errors.
import { expect } from '@open-wc/testing';
import { CatalogueError } from '../../../src/api/catalogue-error.js';
import { loadCatalogueErrorMessages } from '../../../src/api/error-messages.js';
import { createReadClient } from '../../../src/api/read-client.js';
import { feed, freshKey, rejectionOf, requestsFor, unreachableCatalogue } from './fault-server.js';

const fast = { backoffMs: 20 };

describe('read client: ORUK 3.0 feed', () => {
  it('reads `/`, a page of services, one service and the taxonomy terms', async () => {
    const key = freshKey('v3');
    const client = createReadClient(await feed('ok', key), fast);
    expect(client.version).to.equal('unknown');

    const details = await client.apiDetails();
    expect(details.version).to.equal('3.0');
    expect(client.version).to.equal('3.0');

    const page = await client.services({ page: 1, perPage: 10 });
    expect(page.items.map((s) => s.name)).to.deep.equal(['Community Counselling']);
    expect(page.totalItems).to.equal(1);

    const one = await client.service('ac148810-d857-441c-9679-408f346de14b');
    expect(one.id).to.equal('ac148810-d857-441c-9679-408f346de14b');
    expect(one.name).to.be.a('string').and.not.equal('');

    const terms = await client.taxonomyTerms({ page: 1, perPage: 5 });
    expect(terms.items.length).to.be.greaterThan(0);

    const log = await requestsFor(key);
    expect(log.map((r) => r.path)).to.deep.equal([
      '',
      'services',
      'services/ac148810-d857-441c-9679-408f346de14b',
      'taxonomy_terms',
    ]);
    expect(log[1]!.query).to.deep.equal({ page: '1', per_page: '10' });
  });

  it('sends the 3.0 filter names once it knows the feed is 3.0', async () => {
    const key = freshKey('v3query');
    const client = createReadClient(await feed('ok', key), { ...fast, version: '3.0' });
    await client.services({ page: 2, perPage: 5, search: ' swim ', organizationId: 'org-1', taxonomyTermId: 'term-9' });
    const [request] = await requestsFor(key);
    expect(request!.query).to.deep.equal({
      page: '2',
      per_page: '5',
      search: 'swim',
      organization_id: 'org-1',
      taxonomy_term_id: 'term-9',
    });
  });

  it('sends both `search` and v1 `text` while the version is unknown', async () => {
    const key = freshKey('unknown');
    const client = createReadClient(await feed('ok', key), fast);
    await client.services({ search: 'food bank' });
    const [request] = await requestsFor(key);
    expect(request!.query).to.deep.equal({ search: 'food bank', text: 'food bank' });
  });

  it('returns the service record exactly as sent, with its ETag, as a copy the caller may change', async () => {
    const key = freshKey('record');
    const client = createReadClient(await feed('etag', key), fast);
    const first = await client.serviceRecord('abc');
    expect(first.etag).to.match(/^"[0-9a-f]+"$/);
    (first.json as { name: string }).name = 'Changed by the editor';
    const second = await client.serviceRecord('abc');
    expect((second.json as { name: string }).name).not.to.equal('Changed by the editor');
    expect(second.etag).to.equal(first.etag);
  });
});

describe('read client: ORUK v1 feed', () => {
  it('reads a v1 page and learns the version from it', async () => {
    const key = freshKey('v1');
    const client = createReadClient(await feed('v1', key), fast);
    const page = await client.services({ page: 1, perPage: 10 });
    expect(page.version).to.equal('1.0');
    expect(client.version).to.equal('1.0');
    expect(page.items.map((s) => s.name)).to.deep.equal([
      'Junior swimming club',
      'Pottery for beginners',
      'Swimming for teenagers',
    ]);
    expect(page.totalItems).to.equal(3);
    expect(page.pageNumber).to.equal(1);
  });

  it('searches a v1 feed with `text` and filters by term with `taxonomy_id`', async () => {
    const key = freshKey('v1search');
    const client = createReadClient(await feed('v1', key), fast);
    const swimming = await client.services({ search: 'swim' });
    expect(swimming.items.map((s) => s.id)).to.deep.equal(['v1-swimming', 'v1-youth-swim']);

    const sport = await client.services({ taxonomyTermId: 'activity:art' });
    expect(sport.items.map((s) => s.id)).to.deep.equal(['v1-pottery']);

    const log = await requestsFor(key);
    // Once the feed showed itself as v1, only the v1 names are sent.
    expect(log.at(-1)!.query).to.deep.equal({ taxonomy_id: 'activity:art' });
  });

  it('asks again with `taxonomy_id` when the first answer shows the feed is v1', async () => {
    const key = freshKey('v1term');
    const client = createReadClient(await feed('v1', key), fast);
    const page = await client.services({ taxonomyTermId: 'activity:sport' });
    expect(page.items.map((s) => s.id)).to.deep.equal(['v1-swimming', 'v1-youth-swim']);
    const log = await requestsFor(key);
    expect(log.map((r) => r.query)).to.deep.equal([
      { taxonomy_term_id: 'activity:sport' },
      { taxonomy_id: 'activity:sport' },
    ]);
  });

  it('reads one v1 service and lists v1 taxonomies', async () => {
    const key = freshKey('v1one');
    const client = createReadClient(await feed('v1', key), fast);
    const service = await client.service('v1-swimming');
    expect(service.name).to.equal('Junior swimming club');
    expect(service.organization?.name).to.equal('Riverside Community Trust');
    const terms = await client.taxonomyTerms();
    expect(terms.items.map((t) => t.name)).to.include('Sport');
  });
});

describe('read client: taxonomy terms of a feed whose version is learnt meanwhile', () => {
  it('falls back to /taxonomies when a page of services shows the feed is v1 before /taxonomy_terms answers 404', async () => {
    const key = freshKey('v1race');
    // /taxonomy_terms answers late, so the services page (v1) arrives first.
    const slowTerms: typeof fetch = async (input, init) => {
      if (String(input).includes('/taxonomy_terms')) await new Promise((r) => setTimeout(r, 300));
      return fetch(input, init);
    };
    const client = createReadClient(await feed('v1', key), { ...fast, fetch: slowTerms });
    const terms = client.taxonomyTerms({ perPage: 100 });
    const page = await client.services({ page: 1 });
    expect(page.version).to.equal('1.0');
    expect(client.version).to.equal('1.0');
    expect((await terms).items.map((t) => t.name)).to.include('Sport');
    const log = await requestsFor(key);
    expect(log.map((r) => `${r.path} ${r.status}`)).to.deep.equal([
      'services 200',
      'taxonomy_terms 404',
      'taxonomies 200',
    ]);
  });
});

describe('read client: one organisation’s taxonomy terms (our read extension)', () => {
  it('asks with organization_id, and again without it when the catalogue refuses the parameter (400)', async () => {
    const key = freshKey('termsorg');
    const client = createReadClient(await feed('status-400-1', key), fast);
    const terms = await client.taxonomyTerms({ perPage: 100, organizationId: 'org-1' });
    expect(terms.items.length).to.be.greaterThan(0);
    const log = await requestsFor(key);
    expect(log.map((r) => [r.path, r.status, r.query])).to.deep.equal([
      ['taxonomy_terms', 400, { per_page: '100', organization_id: 'org-1' }],
      ['taxonomy_terms', 200, { per_page: '100' }],
    ]);
  });
});

describe('read client: messy ORUK v1 fixtures (test/fixtures/feeds/v1)', () => {
  it('reads a real-world-shaped v1 page, service and taxonomy list', async () => {
    const key = freshKey('v1fixture');
    const client = createReadClient(await feed('v1-fixture', key), fast);
    const page = await client.services({ page: 1, perPage: 3 });
    expect(page.version).to.equal('1.0');
    expect(page.items.map((s) => s.id)).to.deep.equal(['1502', '1073', '2001']);
    expect(page.items.map((s) => s.status)).to.deep.equal(['active', 'active', 'active']);
    expect(page).to.include({ totalItems: 5, totalPages: 2, pageNumber: 1, firstPage: true, lastPage: false });

    const service = await client.service('13082');
    expect(service).to.include({ id: '13082', name: 'Home Library Service' });

    const terms = await client.taxonomyTerms();
    expect(terms.items.map((t) => t.name)).to.include.members(['Parent and toddler groups', 'Libraries']);
    // Unknown version at first: /taxonomy_terms is missing on a v1 feed, so /taxonomies is read instead.
    const other = createReadClient(await feed('v1-fixture', freshKey('v1terms')), fast);
    expect((await other.taxonomyTerms()).items.length).to.be.greaterThan(0);
  });
});

describe('read client: revalidation', () => {
  it('revalidates with If-None-Match and returns the cached body on 304', async () => {
    const key = freshKey('etag');
    const client = createReadClient(await feed('etag', key), fast);
    const first = await client.services({ page: 1 });
    const second = await client.services({ page: 1 });
    expect(second).to.deep.equal(first);

    const log = await requestsFor(key);
    expect(log).to.have.length(2);
    expect(log[0]!.status).to.equal(200);
    expect(log[1]!.ifNoneMatch).to.match(/^"[0-9a-f]+"$/);
    expect(log[1]!.status).to.equal(304);
  });

  it('shows the new content when the record has changed', async () => {
    const key = freshKey('etagbump');
    const base = await feed('etag', key);
    const client = createReadClient(base, fast);
    const before = await client.services({});
    await fetch(`${base}/__bump`, { cache: 'no-store' });
    const after = await client.services({});
    expect(before.items[0]!.name).to.equal('Community Counselling');
    expect(after.items[0]!.name).to.equal('Community Counselling (revision 2)');
  });
});

describe('read client: merging requests in flight', () => {
  it('makes one fetch for identical requests made at the same moment', async () => {
    const key = freshKey('merge');
    const client = createReadClient(await feed('slow-300', key), fast);
    const pages = await Promise.all([
      client.services({ page: 1, perPage: 10 }),
      client.services({ page: 1, perPage: 10 }),
      client.services({ page: 1, perPage: 10 }),
    ]);
    expect(pages[1]).to.deep.equal(pages[0]);
    expect(pages[2]).to.deep.equal(pages[0]);
    expect(await requestsFor(key)).to.have.length(1);
  });

  it('keeps different requests apart', async () => {
    const key = freshKey('nomerge');
    const client = createReadClient(await feed('slow-100', key), fast);
    await Promise.all([client.services({ page: 1 }), client.services({ page: 2 })]);
    expect(await requestsFor(key)).to.have.length(2);
  });

  it('lets one caller abort without aborting the others', async () => {
    const key = freshKey('mergeabort');
    const client = createReadClient(await feed('slow-400', key), fast);
    const leaving = new AbortController();
    const a = client.services({ page: 1 }, leaving.signal);
    const b = client.services({ page: 1 });
    const c = client.services({ page: 1 }, new AbortController().signal);
    setTimeout(() => leaving.abort(), 50);
    const error = (await rejectionOf(a)) as CatalogueError;
    expect(error.kind).to.equal('aborted');
    const [pageB, pageC] = await Promise.all([b, c]);
    expect(pageB.items).to.have.length(1);
    expect(pageC).to.deep.equal(pageB);
    expect(await requestsFor(key)).to.have.length(1);
  });

  it('starts afresh after every caller of a merged request has aborted', async () => {
    const key = freshKey('mergeall');
    const client = createReadClient(await feed('slow-300', key), fast);
    const one = new AbortController();
    const two = new AbortController();
    const a = client.services({}, one.signal);
    const b = client.services({}, two.signal);
    one.abort();
    two.abort();
    expect(((await rejectionOf(a)) as CatalogueError).kind).to.equal('aborted');
    expect(((await rejectionOf(b)) as CatalogueError).kind).to.equal('aborted');
    const page = await client.services({});
    expect(page.items).to.have.length(1);
  });
});

describe('read client: errors', () => {
  it('explains a missing service in plain words, in English and Welsh', async () => {
    const key = freshKey('missing');
    const client = createReadClient(await feed('status-404-always', key), fast);
    const error = (await rejectionOf(client.service('nope'))) as CatalogueError;
    expect(error).to.be.instanceOf(CatalogueError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.retryable).to.equal(false);
    expect(error.message).to.equal('We could not find what you asked for. It may have been removed.');
    // Welsh words are a download of their own: English until they have arrived.
    await loadCatalogueErrorMessages('cy');
    expect(error.messageIn('cy')).to.contain('Nid oedd modd dod o hyd');
    expect(error.messageIn('cy-GB')).to.equal(error.messageIn('cy'));
    expect(error.messageIn('fr')).to.equal(error.message);
  });

  it("says our own code could not be downloaded (not that the catalogue could not be reached) when the reader's chunk fails, in English and Welsh", async () => {
    const error = new CatalogueError({ kind: 'network', key: 'catalogue.error.download' });
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(error.message).to.equal(
      'Part of this page could not be downloaded. Check your internet connection and try again.',
    );
    await loadCatalogueErrorMessages('cy');
    expect(error.messageIn('cy')).to.contain("Nid oedd modd lawrlwytho rhan o'r dudalen hon");
  });

  it('reports a server that keeps failing as a retryable server error with its status', async () => {
    const key = freshKey('down');
    const client = createReadClient(await feed('status-502-always', key), fast);
    const error = (await rejectionOf(client.services({}))) as CatalogueError;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(502);
    expect(error.retryable).to.equal(true);
    expect(error.message).to.equal(
      'The service directory is having problems at the moment (error 502). Try again later.',
    );
    expect(await requestsFor(key)).to.have.length(4);
  });

  it('reports an answer that is not JSON as a parse error', async () => {
    const key = freshKey('garbage');
    const client = createReadClient(await feed('garbage', key), fast);
    const error = (await rejectionOf(client.services({}))) as CatalogueError;
    expect(error.kind).to.equal('parse');
    expect(error.message).to.equal('The service directory sent an answer we could not read.');
  });

  it('reports a catalogue that cannot be reached as a network error', async () => {
    const client = createReadClient(await unreachableCatalogue(), { retries: 1, backoffMs: 10 });
    const error = (await rejectionOf(client.apiDetails())) as CatalogueError;
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('times out with the configured deadline', async () => {
    const key = freshKey('clienttimeout');
    const client = createReadClient(await feed('slow-3000', key), { timeoutMs: 250 });
    const started = performance.now();
    const error = (await rejectionOf(client.services({}))) as CatalogueError;
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(1500);
  });
});
