import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readService, readServicePage, readTaxonomyTermPage } from '../../../src/model/reader/index.js';
import { feed, feedPart, keysAt } from './feeds.js';

describe('the v1 list envelope against the v3 one', () => {
  it('reads a v1 Spring page, counting pages from 1', () => {
    const page = readServicePage(feed('v1/service-page.json'));
    assert.equal(page.version, '1.0');
    assert.deepEqual(
      [page.totalItems, page.totalPages, page.pageNumber, page.size, page.firstPage, page.lastPage, page.empty],
      [5, 2, 1, 3, true, false, false],
    );
    assert.equal(page.items.length, 3);
  });

  it('reads the last v1 page (Spring number 1 is page 2)', () => {
    const page = readServicePage(feedPart('v3/envelopes.json', 'v1LastPage'));
    assert.deepEqual([page.pageNumber, page.firstPage, page.lastPage, page.version], [2, false, true, '1.0']);
  });

  it('reads the v3 envelope', () => {
    const page = readServicePage(feedPart('v3/envelopes.json', 'emptyV3'));
    assert.deepEqual(
      [
        page.version,
        page.totalItems,
        page.totalPages,
        page.pageNumber,
        page.size,
        page.firstPage,
        page.lastPage,
        page.empty,
      ],
      ['3.0', 0, 0, 1, 10, true, true, true],
    );
  });

  it('repairs a 0-based v3 page number, with a note', () => {
    const page = readServicePage(feedPart('v3/envelopes.json', 'zeroBasedV3'));
    assert.equal(page.pageNumber, 1);
    assert.deepEqual(keysAt(page.problems, 'page_number'), ['reader.page.zeroBased']);
  });

  it('reads counts sent as text, and works out missing counts from the page', () => {
    const text = readServicePage(feedPart('v3/envelopes.json', 'countsAsText'));
    assert.deepEqual(
      [text.totalItems, text.totalPages, text.pageNumber, text.size, text.firstPage, text.lastPage],
      [25, 3, 2, 10, false, false],
    );
    const none = readServicePage(feedPart('v3/envelopes.json', 'noCounts'));
    assert.deepEqual(
      [none.totalItems, none.totalPages, none.pageNumber, none.size, none.firstPage, none.lastPage],
      [2, 1, 1, 2, true, true],
    );
    assert.deepEqual(none.problems, []);
  });

  it('reads an empty answer with no list, and replaces broken counts', () => {
    const empty = readServicePage(feedPart('v3/envelopes.json', 'emptyNoList'));
    assert.deepEqual([empty.items.length, empty.empty, empty.totalItems], [0, true, 0]);
    const broken = readServicePage(feedPart('v3/envelopes.json', 'brokenCounts'));
    assert.deepEqual([broken.totalItems, broken.totalPages, broken.pageNumber], [1, 1, 1]);
    for (const path of ['total_items', 'total_pages', 'page_number']) {
      assert.deepEqual(keysAt(broken.problems, path), ['reader.page.invalidNumber'], path);
    }
  });
});

describe('v1 field names', () => {
  const page = readServicePage(feed('v1/service-page.json'));
  const [toddlers, advice, football] = page.items;

  it('reads regular_schedules with weekday names or numbers, and v1 times', () => {
    assert.deepEqual(
      toddlers!.schedules.filter((s) => !s.closed).map((s) => [s.days, s.opensAt, s.closesAt, s.freq]),
      [
        [['MO'], '09:30', '11:30', 'WEEKLY'],
        [['TH'], '13:30', '15:00', 'WEEKLY'],
      ],
    );
    assert.equal(toddlers!.schedules[0]!.description, 'Term time only');
    assert.deepEqual(
      advice!.schedules.map((s) => [s.days, s.opensAt, s.closesAt]),
      [
        [['TU'], '10:00', '13:00'],
        [['TH'], '10:00', '13:00'],
      ],
    );
    assert.deepEqual(football!.schedules[0]!.days, ['SA']);
  });

  it('reads holiday_schedules as closures between two dates', () => {
    const closure = toddlers!.schedules.find((s) => s.closed)!;
    assert.deepEqual(closure, { id: 'h-1502', days: [], closed: true, validFrom: '2024-12-23', validTo: '2025-01-03' });
  });

  it('reads service_taxonomys with their nested taxonomy', () => {
    assert.deepEqual(toddlers!.taxonomyTerms, [
      { id: '21', name: 'Parent and toddler groups', taxonomy: 'esdServiceTypes' },
      { id: 'BL', name: "Children's Centres", taxonomy: 'openActiveActivityList' },
    ]);
  });

  it('reads ages from eligibilitys, ignoring -1 and reading text', () => {
    assert.deepEqual([toddlers!.minimumAge, toddlers!.maximumAge], [0, 5]);
    assert.deepEqual([advice!.minimumAge, advice!.maximumAge], [18, undefined]);
    assert.deepEqual(keysAt(page.problems, 'content.1.eligibilitys.0.maximum_age'), ['reader.age.notSet']);
    assert.equal(football!.minimumAge, 50);
  });

  it('reads physical_addresses and accessibility_for_disabilities on locations', () => {
    const location = toddlers!.locations[0]!;
    assert.deepEqual(location.addresses, [
      { address1: '1 Example Road', city: 'Bristol', postalCode: 'BS1 4AA', country: 'GB', type: 'physical' },
    ]);
    assert.deepEqual(location.accessibility, ['Step-free access from the car park']);
    assert.deepEqual([location.latitude, location.longitude], [51.4545, -2.5879]);
    assert.deepEqual([advice!.locations[0]!.latitude, advice!.locations[0]!.longitude], [51.462, -2.591]);
  });

  it('reads contacts[].phones and v1 languages', () => {
    assert.deepEqual(toddlers!.contacts[0]!.phones, [
      { id: 'p-1502', number: '01632 960001 (evenings only)', tel: '+441632960001' },
    ]);
    assert.deepEqual(advice!.contacts[0]!.phones, [{ id: 'p-1073', number: 'Ask at reception' }]);
    assert.deepEqual(toddlers!.languages, [{ name: 'English' }, { name: 'Welsh' }]);
  });

  it('reads the rest of a v1 service: numeric ids, fees, v1 organization url, service areas, status case', () => {
    assert.equal(toddlers!.id, '1502');
    assert.equal(toddlers!.url, 'https://www.holytrinity-example-parish.org.uk/toddlers');
    assert.equal(toddlers!.organization!.website, 'http://www.holytrinity-example-parish.org.uk');
    assert.deepEqual(toddlers!.serviceAreas, [{ id: 'sa-1502', name: 'Bristol' }]);
    assert.deepEqual(toddlers!.costOptions, [
      { id: 'co-1502', option: 'Per family', description: 'per session', amount: 1.5, currency: 'GBP' },
    ]);
    assert.equal(advice!.email, undefined);
    assert.equal(advice!.summary, 'Free, confidential advice on benefits, debt & housing.');
    assert.equal(football!.status, 'active');
    assert.deepEqual(keysAt(page.problems, 'content.2.status'), ['reader.status.mapped']);
  });

  it('reads a single v1 service', () => {
    const service = readService(feed('v1/service.json'));
    assert.equal(service.assuredDate, '2023-06-14');
    assert.deepEqual([service.minimumAge, service.maximumAge], [16, 120]);
    assert.deepEqual(
      service.contacts[0]!.phones.map((p) => p.tel),
      ['+441174960000', '+447700900123'],
    );
    assert.deepEqual(
      service.schedules.map((s) => [s.days, s.opensAt, s.closesAt, s.validFrom, s.closed]),
      [
        [['WE'], '09:00', '17:00', undefined, undefined],
        [[], '10:00', '12:00', '2024-12-24', false],
      ],
    );
    assert.deepEqual(
      service.languages.map((l) => l.name),
      ['English', 'Polish'],
    );
    assert.deepEqual(service.taxonomyTerms, [{ id: '564', name: 'Libraries', taxonomy: 'esdServiceTypes' }]);
  });

  it('reads a v1 /taxonomies page as taxonomy terms', () => {
    const terms = readTaxonomyTermPage(feed('v1/taxonomies.json'));
    assert.deepEqual(
      terms.items.map((t) => [t.id, t.name, t.taxonomy]),
      [
        ['21', 'Parent and toddler groups', 'esdServiceTypes'],
        ['564', 'Libraries', 'esdServiceTypes'],
      ],
    );
    assert.deepEqual(keysAt(terms.problems, 'content.2.name'), ['reader.value.missing']);
    assert.deepEqual([terms.totalItems, terms.totalPages, terms.pageNumber], [3, 1, 1]);
  });
});
