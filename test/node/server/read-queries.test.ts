/** The read API's query parameters, each on its own and combined (AND). */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, signIn, startTestCatalogue, type TestCatalogue } from '../../support/node/test-catalogue.js';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../../../server/http/query.js';

type Item = {
  id: string;
  name: string;
  description?: string;
  organization_id: string;
  last_modified: string;
  status: string;
  [k: string]: unknown;
};
type Page = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Item[];
};

let t: TestCatalogue;
let all: Item[];
before(async () => {
  t = await startTestCatalogue();
  all = (await getJson<Page>(`${t.api}/services?per_page=100&full=true`)).body.contents;
});
after(() => t.close());

const page = async (query: string) => {
  const res = await getJson<Page>(`${t.api}/services?${query}`);
  assert.equal(res.status, 200, `services?${query} answered ${res.status}`);
  return res.body;
};

const termIds = (s: Item) =>
  ((s.attributes as { taxonomy_term_id: string; taxonomy_term: { taxonomy_id: string } }[]) ?? []).map(
    (a) => a.taxonomy_term_id,
  );

describe('pagination', () => {
  test(`per_page defaults to ${DEFAULT_PER_PAGE} and is capped at ${MAX_PER_PAGE}`, async () => {
    const first = await page('');
    assert.equal(first.size, DEFAULT_PER_PAGE);
    assert.equal(first.total_items, all.length);
    assert.equal(first.total_pages, Math.ceil(all.length / DEFAULT_PER_PAGE));
    assert.equal((await page('per_page=5000')).size, all.length); // fewer than the cap exist
    assert.ok(all.length <= MAX_PER_PAGE);
  });

  test('pages walk through every service once, with a correct envelope', async () => {
    const seen: string[] = [];
    const n = Math.ceil(all.length / 9);
    for (let p = 1; p <= n; p++) {
      const body = await page(`page=${p}&per_page=9`);
      assert.equal(body.page_number, p);
      assert.equal(body.first_page, p === 1);
      assert.equal(body.last_page, p === n);
      assert.equal(body.empty, false);
      assert.equal(body.size, body.contents.length);
      seen.push(...body.contents.map((c) => c.id));
    }
    assert.equal(new Set(seen).size, all.length);
    const beyond = await page(`page=${n + 1}&per_page=9`);
    assert.equal(beyond.empty, true);
    assert.deepEqual(beyond.contents, []);
    assert.equal(beyond.last_page, true);
  });

  test('a bad page or per_page is a 400 problem that says what to send', async () => {
    for (const q of ['page=0', 'page=-1', 'page=two', 'per_page=0', 'per_page=1.5']) {
      const res = await getJson<{ detail: string }>(`${t.api}/services?${q}`);
      assert.equal(res.status, 400, q);
      assert.match(res.headers.get('content-type')!, /problem\+json/);
      assert.match(res.body.detail, /whole number/);
    }
  });
});

describe('filters', () => {
  test('search is full-text over name and description, with word stems and prefixes', async () => {
    const food = await page('search=food parcels&per_page=100');
    assert.ok(food.total_items >= 3);
    for (const s of food.contents) assert.match(`${s.name} ${s.description}`, /food/i);
    const stem = await page('search=parcel&per_page=100');
    assert.equal(stem.total_items, food.total_items, 'parcel (singular) finds the same services as parcels');
    const mentors = await page('search=mentor&per_page=100');
    assert.ok(
      mentors.contents.some((s) => /mentoring/i.test(s.name)),
      'prefix: mentor finds Mentoring',
    );
    const welsh = await page('search=gyngor');
    assert.ok(
      welsh.contents.some((s) => s.name.startsWith('Advice drop-in')),
      'Welsh words in names are searchable',
    );
    const description = await page('search=floodlights');
    assert.deepEqual(
      description.contents.map((s) => s.name),
      ['Friday night street football'],
    );
  });

  test('search text with SQL or FTS syntax never errors or injects', async () => {
    for (const q of [
      '"',
      "'",
      "' OR 1=1 --",
      'food"',
      'food AND',
      'NEAR(food',
      '*',
      'name:food',
      '^food',
      '(food) OR (',
      '%',
      '_',
      ';DROP TABLE services;',
      'ÿ\u0000',
      '  ',
      '🙂',
    ]) {
      const res = await getJson<Page>(`${t.api}/services?search=${encodeURIComponent(q)}`);
      assert.equal(res.status, 200, `search=${q} answered ${res.status}`);
      assert.ok(res.body.total_items <= all.length);
    }
    assert.ok(
      (await page(`search=${encodeURIComponent("' OR 1=1 --")}`)).total_items < all.length,
      'OR is a word, not an operator',
    );
    assert.equal((await page(`search=${encodeURIComponent('"; --')}`)).total_items, 0, 'no words: no matches');
    assert.equal((await page('per_page=100')).total_items, all.length, 'services are still there');
  });

  test('organization_id', async () => {
    const org = t.accounts[1]!.organizationId;
    const body = await page(`organization_id=${org}&per_page=100`);
    assert.equal(body.total_items, all.filter((s) => s.organization_id === org).length);
    assert.ok(body.contents.every((s) => s.organization_id === org));
  });

  test('taxonomy_term_id and taxonomy_id', async () => {
    const term = termIds(all.find((s) => s.name === 'Mentoring' || /mentoring/i.test(s.name))!)[0]!;
    const byTerm = await page(`taxonomy_term_id=${term}&per_page=100`);
    assert.equal(byTerm.total_items, all.filter((s) => termIds(s).includes(term)).length);
    assert.ok(byTerm.total_items > 0);
    const terms = await getJson<{ contents: { id: string; taxonomy_id: string }[] }>(
      `${t.api}/taxonomy_terms?per_page=100`,
    );
    const audience = terms.body.contents.find((x) => x.id === termIds(all[0]!).at(-1))!.taxonomy_id;
    const byTaxonomy = await page(`taxonomy_id=${audience}&per_page=100`);
    const inTaxonomy = new Set(terms.body.contents.filter((x) => x.taxonomy_id === audience).map((x) => x.id));
    assert.equal(byTaxonomy.total_items, all.filter((s) => termIds(s).some((id) => inTaxonomy.has(id))).length);
  });

  test('modified_after (on or after), and a bad date is a 400', async () => {
    const sorted = all.map((s) => s.last_modified).sort();
    const cut = sorted[30]!;
    assert.equal(
      (await page(`modified_after=${encodeURIComponent(cut)}&per_page=100`)).total_items,
      all.filter((s) => s.last_modified >= cut).length,
    );
    assert.equal((await page('modified_after=2100-01-01')).total_items, 0);
    assert.equal((await page('modified_after=2000-01-01T00:00:00')).total_items, all.length);
    assert.equal((await getJson(`${t.api}/services?modified_after=yesterday`)).status, 400);
  });

  test('filters combine with AND', async () => {
    const org = t.accounts[0]!.organizationId;
    const body = await page(`organization_id=${org}&search=parcels&per_page=100`);
    assert.ok(body.total_items >= 2);
    assert.ok(body.contents.every((s) => s.organization_id === org && /parcel/i.test(`${s.name} ${s.description}`)));
    const none = await page(`organization_id=${t.accounts[1]!.organizationId}&search=parcels`);
    assert.equal(none.total_items, 0);
  });

  test('an edited service is found by its new words at once (FTS kept in sync)', async () => {
    const token = await signIn(t.api, t.accounts[2]!);
    const target = all.find((s) => s.organization_id === t.accounts[2]!.organizationId)!;
    const current = await getJson(`${t.api}/services/${target.id}`);
    const res = await fetch(`${t.api}/services/${target.id}`, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'If-Match': current.headers.get('etag')!,
      },
      body: JSON.stringify({ ...current.body, description: 'Now with xylophone lessons.' }),
    });
    assert.equal(res.status, 200);
    assert.deepEqual(
      (await page('search=xylophone')).contents.map((s) => s.id),
      [target.id],
    );
    const oldWord = String(target.description).match(/[A-Za-z]{9,}/)![0];
    const stillFound = (await page(`search=${oldWord}&per_page=100`)).contents.some((s) => s.id === target.id);
    assert.equal(stillFound, false, `the old description's word "${oldWord}" no longer finds it`);
  });
});

describe('shapes', () => {
  test('list items carry single-value fields and the organisation; full=true nests everything; minimal=true is small', async () => {
    const item = (await page('per_page=1')).contents[0]!;
    for (const v of Object.values(item)) if (typeof v === 'object' && v !== null) assert.ok(!Array.isArray(v));
    assert.equal(typeof (item.organization as { name: string }).name, 'string');
    const full = (await page('per_page=1&full=true')).contents[0]!;
    assert.ok(Array.isArray(full.schedules) && Array.isArray(full.service_at_locations));
    const minimal = (await page('minimal=true')).contents;
    assert.equal(minimal.length, all.length, 'minimal aims to return everything in one page');
    assert.deepEqual(Object.keys(minimal[0]!).sort(), ['id', 'last_modified', 'name', 'status']);
    assert.equal((await getJson(`${t.api}/services?minimal=true&full=true`)).status, 400);
    assert.equal((await getJson(`${t.api}/services?full=maybe`)).status, 400);
  });

  test('format=ndjson streams every match, one service a line', async () => {
    const res = await fetch(`${t.api}/services?format=ndjson&organization_id=${t.accounts[0]!.organizationId}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /ndjson/);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Item);
    assert.equal(lines.length, all.filter((s) => s.organization_id === t.accounts[0]!.organizationId).length);
  });

  test('service_at_locations filter by postcode district, and organisations by search', async () => {
    const sal = await getJson<Page>(`${t.api}/service_at_locations?postcode=HX7&per_page=100`);
    assert.equal(sal.status, 200);
    assert.ok(sal.body.total_items > 0);
    for (const c of sal.body.contents) assert.match(String((c.service as { name: string }).name), /./);
    assert.equal((await getJson(`${t.api}/service_at_locations?proximity=500`)).status, 400);
    const orgs = await getJson<Page>(`${t.api}/organizations?search=carers`);
    assert.deepEqual(
      orgs.body.contents.map((o) => o.name),
      ['Tamar Carers Centre'],
    );
    const org = await getJson<{ services: Item[] }>(`${t.api}/organizations/${t.accounts[2]!.organizationId}`);
    assert.equal(
      org.body.services.length,
      all.filter((s) => s.organization_id === t.accounts[2]!.organizationId).length,
    );
    const top = await getJson<Page>(`${t.api}/taxonomy_terms?top_only=true&per_page=100`);
    assert.ok(top.body.contents.every((x) => x.parent_id === undefined));
  });

  test('taxonomy_terms?organization_id= (our read extension) lists only the terms that organisation’s services use', async () => {
    const everyTerm = (await getJson<Page>(`${t.api}/taxonomy_terms?per_page=100`)).body;
    for (const account of t.accounts) {
      const org = account.organizationId;
      const used = new Set(all.filter((s) => s.organization_id === org).flatMap(termIds));
      const terms = await getJson<Page>(`${t.api}/taxonomy_terms?organization_id=${org}&per_page=100`);
      assert.equal(terms.status, 200);
      assert.deepEqual(new Set(terms.body.contents.map((x) => x.id)), used, org);
      assert.equal(terms.body.total_items, used.size);
      assert.ok(used.size > 0 && used.size < everyTerm.total_items, `${org} uses some terms, not all`);
    }
    const none = await getJson<Page>(`${t.api}/taxonomy_terms?organization_id=no-such-organisation`);
    assert.deepEqual([none.status, none.body.total_items], [200, 0]);
  });
});
