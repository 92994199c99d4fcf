/**
 * ORUK 3.0 compliance, checked the way the ORUK validator does: each endpoint's
 * response against the official schema (spec/oruk-3.0/, draft 2020-12, formats
 * checked), the list's first, middle and last pages, and /services/{id} for
 * ids taken from the list. Level 2 (optional) endpoints too.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateAgainst, type OrukSchemaName } from '../../../server/validation/oruk-schemas.js';
import { getJson, startTestCatalogue, type TestCatalogue } from '../../support/node/test-catalogue.js';

let t: TestCatalogue;
before(async () => {
  t = await startTestCatalogue();
});
after(() => t.close());

async function valid(path: string, schema: OrukSchemaName): Promise<Record<string, unknown>> {
  const res = await getJson(`${t.api}${path}`);
  assert.equal(res.status, 200, `${path} answered ${res.status}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  const errors = validateAgainst(schema, res.body);
  assert.deepEqual(errors, [], `${path} does not match ${schema}.json: ${JSON.stringify(errors.slice(0, 3))}`);
  return res.body;
}

type Page = { total_pages: number; total_items: number; page_number: number; contents: { id: string }[] };

async function pagesAndIds(endpoint: string, listSchema: OrukSchemaName, perPage: number): Promise<string[]> {
  const first = (await valid(`${endpoint}?page=1&per_page=${perPage}`, listSchema)) as unknown as Page;
  assert.ok(first.total_pages >= 1);
  const pages = [...new Set([1, Math.ceil(first.total_pages / 2), first.total_pages])];
  const ids: string[] = [];
  for (const n of pages) {
    const page = (await valid(`${endpoint}?page=${n}&per_page=${perPage}`, listSchema)) as unknown as Page;
    assert.equal(page.page_number, n);
    ids.push(...page.contents.map((c) => c.id));
  }
  return ids;
}

describe('Level 1 (required): /, /services, /services/{id}', () => {
  test('GET / matches api_details.json and names the ORUK 3.0 profile', async () => {
    const body = await valid('/', 'api_details');
    assert.equal(body.version, 'HSDS-UK-3.0');
  });

  test('GET /services: the first, middle and last pages match service_list.json, with the full envelope', async () => {
    const first = (await valid('/services', 'service_list')) as Record<string, unknown>;
    for (const k of [
      'total_items',
      'total_pages',
      'page_number',
      'size',
      'first_page',
      'last_page',
      'empty',
      'contents',
    ]) {
      assert.ok(k in first, `envelope has ${k}`);
    }
    const ids = await pagesAndIds('/services', 'service_list', 7);
    assert.ok(ids.length >= 14);
  });

  test('GET /services/{id} matches service.json for every id taken from the list', async () => {
    const list = (await getJson<Page>(`${t.api}/services?per_page=100`)).body;
    assert.ok(list.contents.length >= 40);
    for (const { id } of list.contents) {
      const service = await valid(`/services/${id}`, 'service');
      assert.equal(service.id, id);
      assert.ok(Array.isArray(service.service_at_locations), 'fully nested: has service_at_locations');
    }
  });

  test('list variants (full=true, minimal=true, a search) also match service_list.json', async () => {
    await valid('/services?full=true', 'service_list');
    await valid('/services?minimal=true', 'service_list');
    await valid('/services?search=advice', 'service_list');
    await valid('/services?search=zzzznothing', 'service_list');
  });
});

describe('Level 2 (optional endpoints)', () => {
  for (const [endpoint, listSchema, itemSchema] of [
    ['/organizations', 'organization_list', 'organization'],
    ['/taxonomies', 'taxonomy_list', 'taxonomy'],
    ['/taxonomy_terms', 'taxonomy_term_list', 'taxonomy_term'],
    ['/service_at_locations', 'service_at_location_list', 'service_at_location'],
  ] as const) {
    test(`${endpoint} pages match ${listSchema}.json and ${endpoint}/{id} matches ${itemSchema}.json`, async () => {
      const ids = await pagesAndIds(endpoint, listSchema, 3);
      assert.ok(ids.length > 0);
      for (const id of ids) await valid(`${endpoint}/${id}`, itemSchema);
    });
  }
});
