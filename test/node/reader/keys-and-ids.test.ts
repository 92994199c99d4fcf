import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readServicePage } from '../../../src/model/reader/index.js';
import { feed, keysAt } from './feeds.js';

describe('ids that are not UUIDs', () => {
  const page = readServicePage(feed('v3/ids.json'));

  it('keeps numeric and text ids as strings, and notes each', () => {
    assert.deepEqual(
      page.items.map((s) => s.id),
      ['4711', 'svc_0042', '8E6B1B43-5A2B-4C0D-9E1F-1A2B3C4D5E6F'],
    );
    assert.deepEqual(keysAt(page.problems, 'contents.0.id'), ['reader.id.notUuid']);
    assert.deepEqual(keysAt(page.problems, 'contents.1.id'), ['reader.id.notUuid']);
    assert.deepEqual(keysAt(page.problems, 'contents.2.id'), []);
    assert.equal(page.items[0]!.organization!.id, 'ORG-12');
    assert.deepEqual(keysAt(page.problems, 'contents.0.organization.id'), ['reader.id.notUuid']);
  });

  it('leaves out records that cannot be linked to or are not records, saying why', () => {
    assert.deepEqual(keysAt(page.problems, 'contents.3'), ['reader.service.noId']);
    assert.deepEqual(keysAt(page.problems, 'contents.4'), ['reader.service.noIdOrName']);
    assert.deepEqual(keysAt(page.problems, 'contents.5'), ['reader.item.notRecord']);
  });
});

describe('vendor extension fields', () => {
  const page = readServicePage(feed('v3/vendor-extensions.json'));

  it('ignores them without error or problem', () => {
    assert.equal(page.items.length, 1);
    assert.deepEqual(page.problems, []);
    const service = page.items[0]!;
    assert.equal(service.name, 'Gardening Club');
    assert.deepEqual(service.schedules[0]!.days, ['SA']);
    assert.equal(
      Object.keys(service).some((k) => k.includes('acme') || k.startsWith('x')),
      false,
    );
  });

  it('does not let a "__proto__" field reach any prototype', () => {
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.getPrototypeOf(page.items[0]), Object.prototype);
  });
});

describe('camelCase variants of keys', () => {
  const page = readServicePage(feed('v3/camel-case.json'));
  const service = page.items[0]!;

  it('reads camelCase and PascalCase fields as their ORUK names', () => {
    assert.equal(service.id, 'c0000000-0000-4000-8000-000000000001');
    assert.equal(service.name, 'Youth Club');
    assert.equal(service.minimumAge, 11);
    assert.equal(service.maximumAge, 18);
    assert.equal(service.lastModified, '2024-05-01T18:00:00.000Z');
    assert.equal(service.assuredDate, '2024-04-01');
    assert.deepEqual(service.organization, {
      id: 'c0000000-0000-4000-8000-0000000000aa',
      name: 'Youth Trust',
      description: 'x',
    });
    assert.deepEqual(service.costOptions[0], {
      id: 'c0000000-0000-4000-8000-0000000000c0',
      option: 'Subs',
      description: 'per night',
      amount: 2,
      currency: 'GBP',
    });
    assert.equal(service.serviceAreas[0]!.name, 'Cardiff');
    assert.deepEqual(page.problems, []);
  });

  it('reads camelCase locations, addresses and schedules', () => {
    const location = service.locations[0]!;
    assert.equal(location.type, 'physical');
    assert.deepEqual(location.addresses[0], {
      address1: '5 High Street',
      city: 'Cardiff',
      stateProvince: 'Cardiff',
      postalCode: 'CF10 1AA',
      country: 'GB',
      type: 'physical',
    });
    assert.deepEqual(service.schedules[0], {
      id: 'c0000000-0000-4000-8000-0000000000d1',
      freq: 'WEEKLY',
      days: ['TU', 'TH'],
      opensAt: '18:30',
      closesAt: '21:00',
      validFrom: '2024-01-01',
    });
  });

  it('reads a camelCase envelope', () => {
    assert.deepEqual(
      [page.totalItems, page.totalPages, page.pageNumber, page.firstPage, page.lastPage],
      [1, 3, 2, false, false],
    );
  });
});
