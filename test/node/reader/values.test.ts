import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readService, readServicePage } from '../../../src/model/reader/index.js';
import { english, feed, keysAt, problemAt } from './feeds.js';

describe('minimum_age -1 and other ages that are not set or not ages', () => {
  const page = readServicePage(feed('v3/ages.json'));
  const byName = new Map(page.items.map((s) => [s.name, s]));

  it('reads -1 as not set, with a plain message', () => {
    const service = byName.get('Not set')!;
    assert.equal(service.minimumAge, undefined);
    assert.equal(service.maximumAge, undefined);
    const problem = problemAt(page.problems, 'contents.0.minimum_age', 'reader.age.notSet')!;
    assert.equal(english(problem), 'minimum_age was -1, which means not set: ignored');
  });

  it('reads ages sent as text', () => {
    const service = byName.get('Ages as text')!;
    assert.equal(service.minimumAge, 18);
    assert.equal(service.maximumAge, 25);
    assert.deepEqual(keysAt(service.problems, 'minimum_age'), ['reader.age.fromText']);
  });

  it('drops words and impossible ages', () => {
    const service = byName.get('Words and nonsense')!;
    assert.equal(service.minimumAge, undefined);
    assert.equal(service.maximumAge, undefined);
    assert.deepEqual(keysAt(service.problems, 'minimum_age'), ['reader.age.invalid']);
    assert.deepEqual(keysAt(service.problems, 'maximum_age'), ['reader.age.invalid']);
  });

  it('swaps a minimum above the maximum, and ignores other negatives', () => {
    assert.deepEqual([byName.get('Upside down')!.minimumAge, byName.get('Upside down')!.maximumAge], [18, 65]);
    assert.equal(byName.get('Other negative')!.minimumAge, undefined);
    assert.equal(byName.get('Other negative')!.maximumAge, 11);
  });

  it('keeps 0 as a real age with no problem', () => {
    const fine = byName.get('Fine')!;
    assert.equal(fine.minimumAge, 0);
    assert.deepEqual(fine.problems, []);
  });
});

describe('last_modified with no time zone, and other date shapes', () => {
  const page = readServicePage(feed('v3/dates.json'));
  const at = (i: number) => page.items[i]!;

  it('reads a date-time with no zone as UTC, normalised to ISO with Z, and notes it', () => {
    assert.equal(at(0).lastModified, '2024-03-15T10:30:45.000Z');
    assert.deepEqual(keysAt(page.problems, 'contents.0.last_modified'), ['reader.dateTime.noZone']);
    assert.equal(at(0).assuredDate, '2024-03-01');
  });

  it('keeps zoned values, converting offsets to UTC', () => {
    assert.equal(at(1).lastModified, '2024-03-15T10:30:45.123Z');
    assert.equal(at(2).lastModified, '2024-07-01T08:00:00.000Z');
    assert.deepEqual(at(1).problems, []);
    assert.deepEqual(at(2).problems, []);
  });

  it('reads a space separator, long fractions, date-only, UK and .NET shapes', () => {
    assert.equal(at(3).lastModified, '2024-03-15T10:30:45.123Z');
    assert.equal(at(3).assuredDate, '2024-03-01');
    assert.equal(at(4).lastModified, '2024-03-15T00:00:00.000Z');
    assert.equal(at(4).assuredDate, '2024-03-01');
    assert.equal(at(5).lastModified, '2024-03-15T10:30:00.000Z');
    assert.equal(at(6).lastModified, '2024-03-15T10:30:45.000Z');
  });

  it('drops what is not a date, including impossible calendar dates', () => {
    assert.equal(at(7).lastModified, undefined);
    assert.equal(at(7).assuredDate, undefined);
    assert.deepEqual(keysAt(at(7).problems, 'last_modified'), ['reader.dateTime.invalid']);
    assert.deepEqual(keysAt(at(7).problems, 'assured_date'), ['reader.date.invalid']);
  });
});

describe('empty strings, whitespace, "null" and "N/A" instead of missing fields', () => {
  const service = readService(feed('v3/empty-strings.json'));

  it('reads them all as missing, without complaint', () => {
    for (const key of [
      'descriptionHtml',
      'summary',
      'url',
      'email',
      'fees',
      'alert',
      'lastModified',
      'assuredDate',
      'minimumAge',
      'maximumAge',
    ] as const) {
      assert.equal(service[key], undefined, key);
    }
    assert.deepEqual(
      service.problems.filter((p) => !p.path.startsWith('contacts') && !p.path.startsWith('languages')),
      [],
    );
  });

  it('leaves out nested records that were all empty, and keeps the rest', () => {
    assert.deepEqual(service.contacts, []);
    assert.deepEqual(service.languages, []);
    assert.deepEqual(keysAt(service.problems, 'contacts.0'), ['reader.item.empty']);
    assert.deepEqual(service.organization, { id: 'e0000000-0000-4000-8000-0000000000aa', name: 'Lunch Club Trust' });
    assert.deepEqual(service.schedules[0]!.days, []);
    assert.equal(service.schedules[0]!.opensAt, undefined);
    assert.equal(service.schedules[0]!.description, 'Thursdays at noon');
    const location = service.locations[0]!;
    assert.equal(location.description, undefined);
    assert.equal(location.latitude, undefined);
    assert.deepEqual(location.addresses, [{ address1: '2 Green Lane' }]);
  });
});
