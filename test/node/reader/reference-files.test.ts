// Every spec example and validator mock in the reference pack goes through the reader:
// service files read into the view model; other files read or throw a ReaderError.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ReaderError,
  readApiDetails,
  readService,
  readServicePage,
  readTaxonomyTermPage,
} from '../../../src/model/reader/index.js';

const root = fileURLToPath(new URL('../../fixtures/reference/', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.json') ? [path] : [];
  });
}

const files = walk(root).map((path) => ({
  name: relative(root, path),
  json: JSON.parse(readFileSync(path, 'utf8')) as unknown,
}));
type Json = Record<string, unknown>;
const readers = { readService, readServicePage, readApiDetails, readTaxonomyTermPage };

describe('every spec example and validator mock in the reference pack', () => {
  it('finds the files', () => assert.ok(files.length >= 30, `${files.length} files`));

  for (const { name, json } of files) {
    it(`${name}: each reader reads it or throws a ReaderError, never anything else`, () => {
      for (const [readerName, reader] of Object.entries(readers)) {
        try {
          const result = reader(structuredClone(json));
          assert.ok(Array.isArray(result.problems), readerName);
        } catch (error) {
          assert.ok(error instanceof ReaderError, `${readerName} threw ${String(error)}`);
        }
      }
    });
  }

  for (const { name, json } of files.filter((f) => /service_full\.json$/.test(f.name))) {
    it(`${name}: reads the service`, () => {
      const source = json as Json;
      const service = readService(json);
      assert.equal(service.id, source['id']);
      assert.equal(service.name, source['name']);
      assert.equal(service.status, source['status']);
      assert.ok(service.summary && service.summary.length > 10);
      assert.ok(service.schedules.length > 0 && service.locations.length > 0);
      // The examples use placeholder addresses: those are the only problems besides the sample data's impossible map
      // position.
      for (const p of service.problems) {
        assert.match(p.key!, /placeholder|coordinates|item\.empty/, p.path);
      }
    });
  }

  for (const { name, json } of files.filter((f) => /service_list(_data)?\.json$/.test(f.name))) {
    it(`${name}: reads every service on the page`, () => {
      const source = (json as Json)['contents'] as Json[];
      const page = readServicePage(json);
      assert.equal(page.version, '3.0');
      assert.deepEqual(
        page.items.map((s) => s.name),
        source.map((s) => s['name']),
      );
      assert.deepEqual(
        page.items.map((s) => s.id),
        source.map((s) => s['id']),
      );
      assert.equal(page.pageNumber, 1);
    });
  }

  for (const { name, json } of files.filter((f) => /taxonomy_term_list\.json$|taxonomy\.json$/.test(f.name))) {
    it(`${name}: reads the taxonomy terms`, () => {
      const source = ((json as Json)['contents'] ?? (json as Json)['taxonomy_terms']) as Json[];
      const page = readTaxonomyTermPage(json);
      assert.deepEqual(
        page.items.map((t) => t.id),
        source.map((t) => t['id']),
      );
      assert.ok(page.items.every((t) => t.name !== ''));
    });
  }

  for (const { name, json } of files.filter((f) => /api_details\.json$/.test(f.name))) {
    it(`${name}: reads the API details`, () => {
      const details = readApiDetails(json);
      assert.equal(details.version, '3.0');
      assert.equal(details.versionLabel, 'HSDS-UK-3.0');
      assert.deepEqual(details.problems, []);
    });
  }

  it('rejects the v1 dashboard list and validator answers as not being feeds', () => {
    const dashboard = files.find((f) => f.name.endsWith('V1_DashboardResponse.json'))!.json;
    for (const reader of Object.values(readers)) assert.throws(() => reader(dashboard), ReaderError);
    const validate = files.find((f) => f.name.endsWith('V1_ValidateResponse.json'))!.json;
    assert.throws(() => readServicePage(validate), ReaderError);
    assert.throws(() => readService(validate), ReaderError);
    assert.throws(() => readTaxonomyTermPage(validate), ReaderError);
  });

  it('leaves service-at-location records out of a service list, saying why', () => {
    const sal = files.find((f) => f.name === 'oruk-3.0-spec-examples/service_at_location_list.json')!.json;
    const page = readServicePage(sal);
    assert.equal(page.items.length, 0);
    assert.ok(page.problems.some((p) => p.key === 'reader.service.noNameDropped'));
  });
});

describe('input that is not a feed response at all', () => {
  for (const input of [null, undefined, '', 'Service Unavailable', 0, true, [], [{ id: 'x', name: 'y' }]]) {
    it(`throws a ReaderError for ${JSON.stringify(input) ?? 'undefined'}`, () => {
      assert.throws(() => readServicePage(input), ReaderError);
      assert.throws(() => readService(input), ReaderError);
      assert.throws(() => readTaxonomyTermPage(input), ReaderError);
    });
  }

  it('throws for an object that holds no list or no service', () => {
    assert.throws(() => readServicePage({ error: 'Not found', status: 404 }), ReaderError);
    assert.throws(() => readService({ error: 'Not found', status: 404 }), ReaderError);
    assert.throws(() => readTaxonomyTermPage({ id: 'x', name: 'one term' }), ReaderError);
  });
});
