/** Small pure pieces of the server: search text, entity tags, history diffs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffRecords } from '../../../server/domain/diff.js';
import { ifMatchHits, noneMatchHits } from '../../../server/domain/etag.js';
import { stableId } from '../../../server/domain/ids.js';
import { depthExceeds } from '../../../server/domain/json-shape.js';
import { toFtsQuery } from '../../../server/domain/search-query.js';

test('search text becomes quoted prefix terms; operators and quotes cannot get through', () => {
  assert.equal(toFtsQuery('food bank'), '"food"* "bank"*');
  assert.equal(toFtsQuery('"food" OR NEAR(x'), '"food"* "OR"* "NEAR"* "x"*');
  assert.equal(toFtsQuery("'; DROP TABLE services; --"), '"DROP"* "TABLE"* "services"*');
  assert.equal(toFtsQuery('Siân café'), '"Siân"* "café"*');
  assert.equal(toFtsQuery('*** ^^^ ""'), undefined);
  assert.equal(toFtsQuery(''), undefined);
});

test('If-Match uses strong comparison, If-None-Match weak', () => {
  assert.ok(ifMatchHits('"3-abc"', '"3-abc"'));
  assert.ok(ifMatchHits('"1-x", "3-abc"', '"3-abc"'));
  assert.ok(ifMatchHits('*', '"3-abc"'));
  assert.ok(!ifMatchHits('W/"3-abc"', '"3-abc"'));
  assert.ok(!ifMatchHits('"3-abd"', '"3-abc"'));
  assert.ok(noneMatchHits('W/"3-abc"', '"3-abc"'));
  assert.ok(!noneMatchHits(undefined, '"3-abc"'));
});

test('history diffs name changed fields by dotted path with previous and new values', () => {
  const before = { name: 'A', last_modified: '1', schedules: [{ opens_at: '09:00' }], contacts: [{ name: 'X' }] };
  const after = { name: 'B', last_modified: '2', schedules: [{ opens_at: '10:00' }], contacts: [], email: 'a@b.org' };
  assert.deepEqual(diffRecords(before, after), [
    { path: 'name', previous: 'A', new: 'B' },
    { path: 'schedules.0.opens_at', previous: '09:00', new: '10:00' },
    { path: 'contacts.0', previous: { name: 'X' } },
    { path: 'email', new: 'a@b.org' },
  ]);
});

test('stable ids are UUIDs and the same every time', () => {
  assert.equal(stableId('service:x'), stableId('service:x'));
  assert.notEqual(stableId('service:x'), stableId('service:y'));
  assert.match(stableId('a'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('nesting depth check stops hostile input early', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 10000; i++) deep = [deep];
  assert.ok(depthExceeds(deep, 32));
  assert.ok(!depthExceeds({ a: [{ b: { c: 1 } }] }, 32));
});
