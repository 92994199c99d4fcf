/** The seed: the project's own realistic UK data, every service valid ORUK 3.0. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSeed } from '../../../server/seed/build.js';
import { validateAgainst } from '../../../server/validation/oruk-schemas.js';

const seed = buildSeed();
type Rec = Record<string, unknown>;
const arr = (v: unknown) => (Array.isArray(v) ? (v as Rec[]) : []);

test('has at least 3 organisations, 40 services and 15 taxonomy terms, all valid ORUK 3.0', () => {
  assert.ok(seed.organizations.length >= 3);
  assert.ok(seed.services.length >= 40);
  assert.ok(seed.terms.length >= 15);
  for (const s of seed.services) assert.deepEqual(validateAgainst('service', s), [], s.name);
  for (const o of seed.organizations) assert.deepEqual(validateAgainst('organization', o.doc), []);
  for (const term of seed.terms) assert.deepEqual(validateAgainst('taxonomy_term', term), []);
  for (const tax of seed.taxonomies) assert.deepEqual(validateAgainst('taxonomy', tax), []);
  assert.equal(new Set(seed.services.map((s) => s.id)).size, seed.services.length, 'unique ids');
});

test('every service has what a charity page shows: schedules, phones, costs, ages, languages, areas, terms', () => {
  const postcode = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;
  const drama = /^(01632 960\d{3}|07700 900\d{3})$/;
  for (const s of seed.services) {
    assert.ok(arr(s.schedules).length > 0, `${s.name} schedules`);
    for (const sch of arr(s.schedules)) {
      assert.equal(sch.freq, 'WEEKLY');
      assert.match(String(sch.byday), /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
      assert.match(String(sch.opens_at), /^\d{2}:\d{2}$/);
      assert.ok(String(sch.opens_at) < String(sch.closes_at));
    }
    for (const p of [...arr(s.phones), ...arr(s.contacts).flatMap((c) => arr(c.phones))])
      assert.match(String(p.number), drama);
    assert.ok(
      arr(s.contacts).every((c) => arr(c.phones).length > 0),
      'contacts have phones',
    );
    assert.ok(arr(s.cost_options).length > 0 && arr(s.cost_options).every((c) => c.currency === 'GBP'));
    assert.ok(
      arr(s.languages).length > 0 &&
        arr(s.languages).every((l) => typeof l.name === 'string' && typeof l.code === 'string'),
    );
    assert.ok(arr(s.service_areas).length > 0);
    assert.ok(
      arr(s.attributes).length > 0 &&
        arr(s.attributes).every((a) => (a.taxonomy_term as Rec).id === a.taxonomy_term_id),
    );
    for (const sal of arr(s.service_at_locations)) {
      const loc = sal.location as Rec;
      for (const a of arr(loc.addresses)) assert.match(String(a.postal_code), postcode);
      assert.ok(arr(loc.accessibility).length > 0);
    }
  }
  assert.ok(seed.services.filter((s) => arr(s.service_at_locations).length > 0).length >= 35, 'most have locations');
  assert.ok(
    seed.services.some((s) => typeof s.minimum_age === 'number') &&
      seed.services.some((s) => typeof s.maximum_age === 'number'),
  );
  assert.ok(seed.services.some((s) => s.status === 'temporarily closed'));
  assert.ok(
    seed.services.some((s) => arr(s.languages).some((l) => l.code === 'cy')),
    'Welsh-language services',
  );
  for (const s of seed.services) assert.match(String(s.url), /^https:\/\/www\.[a-z]+\.example\.org\.uk\//);
});
