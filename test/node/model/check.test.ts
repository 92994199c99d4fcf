/**
 * checkService: the strict schema plus the editor rules, every problem listed
 * in document order with a plain-English message naming the field's path.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkField, checkService, isUkPhone, isUkPostcode } from '../../../src/model/strict.js';
import type { Problem } from '../../../src/model/problem.js';

const ID = 'ac148810-d857-441c-9679-408f346de14b';
const ID2 = '3a19ff88-4620-4d17-9830-ac1d859eb5d5';

/** A small, valid record a charity might save. */
function record(): Record<string, any> {
  return {
    id: ID,
    name: 'Lunch club',
    status: 'active',
    email: 'hello@example.org',
    minimum_age: 60,
    maximum_age: 99,
    assured_date: '2026-03-27',
    phones: [{ id: ID2, number: '01632 960 001' }],
    schedules: [
      {
        id: ID2,
        freq: 'WEEKLY',
        byday: 'MO,TH',
        opens_at: '10:00',
        closes_at: '14:00',
        valid_from: '2026-01-01',
        valid_to: '2026-12-31',
      },
    ],
    service_at_locations: [
      {
        id: ID2,
        location: {
          id: ID2,
          location_type: 'physical',
          phones: [{ id: ID, number: '+44 (0)29 2018 0000' }],
          addresses: [
            {
              id: ID,
              address_1: '1 High Street',
              city: 'Cardiff',
              state_province: 'Cardiff',
              postal_code: 'CF10 1EP',
              country: 'GB',
              address_type: 'physical',
            },
          ],
        },
      },
    ],
    contacts: [{ id: ID2, name: 'Sam', email: 'sam@example.org', phones: [{ id: ID, number: '07700 900 982' }] }],
    languages: [{ id: ID, name: 'Welsh', code: 'cy' }],
    cost_options: [{ id: ID, amount: 2.5, currency: 'GBP', valid_from: '2026-01-01' }],
    x_vendor_ref: 'kept',
  };
}

function problems(json: unknown): Problem[] {
  const result = checkService(json);
  return result.ok ? [] : result.problems;
}
function only(json: unknown): { path: string; key?: string; message?: string } {
  const found = problems(json);
  assert.equal(found.length, 1, `expected exactly one problem, got ${JSON.stringify(found, null, 1)}`);
  const [{ path, key, message }] = found as [Problem];
  return { path, key, message };
}

test('a good record passes and keeps its vendor fields', () => {
  const result = checkService(record());
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  assert.equal(result.value.x_vendor_ref, 'kept');
  assert.equal(result.value.name, 'Lunch club');
});

test('the reference spec example: schema-valid, but its sample postcode is not a UK one', () => {
  const json = JSON.parse(
    readFileSync(new URL('../../fixtures/reference/oruk-3.0-spec-examples/service_full.json', import.meta.url), 'utf8'),
  );
  assert.deepEqual(only(json), {
    path: 'service_at_locations.0.location.addresses.0.postal_code',
    key: 'postcode',
    message: 'Enter a real UK postcode, like SW1A 1AA',
  });
  json.service_at_locations[0].location.addresses[0].postal_code = 'SW1A 1AA';
  assert.ok(checkService(json).ok);
});

test('a missing or blank service name: "Enter the service name"', () => {
  const missing = record();
  delete missing.name;
  assert.deepEqual(only(missing), { path: 'name', key: 'required', message: 'Enter the service name' });
  assert.deepEqual(only({ ...record(), name: '   ' }), {
    path: 'name',
    key: 'required',
    message: 'Enter the service name',
  });
});

test('a wrong status lists the choices in words', () => {
  assert.deepEqual(only({ ...record(), status: 'open' }), {
    path: 'status',
    key: 'enum',
    message: 'Status must be one of: active, inactive, defunct, temporarily closed',
  });
  const missing = record();
  delete missing.status;
  assert.equal(only(missing).message, 'Select the status');
});

test('emails and web addresses', () => {
  assert.deepEqual(only({ ...record(), email: 'hello@' }), {
    path: 'email',
    key: 'format.email',
    message: 'Enter an email address in the correct format, like name@example.org',
  });
  assert.deepEqual(only({ ...record(), url: 'www.example.org' }), {
    path: 'url',
    key: 'format.uri',
    message: 'Enter a web address in the correct format, like https://www.example.org',
  });
  const r = record();
  r.contacts[0].email = 'sam at example';
  assert.deepEqual(only(r), {
    path: 'contacts.0.email',
    key: 'format.email',
    message: 'Enter an email address in the correct format, like name@example.org',
  });
});

test('ids must be UUIDs, at any depth', () => {
  const r = record();
  r.service_at_locations[0].location.addresses[0].id = 'address-1';
  const p = only(r);
  assert.equal(p.path, 'service_at_locations.0.location.addresses.0.id');
  assert.equal(p.message, 'Address ID must be in the correct format, like ac148810-d857-441c-9679-408f346de14b');
});

test('ages: whole numbers from 0 to 130, minimum not above maximum', () => {
  assert.deepEqual(only({ ...record(), minimum_age: 11.5 }), {
    path: 'minimum_age',
    key: 'age.whole',
    message: 'Minimum age must be a whole number, like 11',
  });
  assert.deepEqual(only({ ...record(), maximum_age: 131 }), {
    path: 'maximum_age',
    key: 'age.range',
    message: 'Maximum age must be between 0 and 130',
  });
  assert.equal(only({ ...record(), minimum_age: -1 }).message, 'Minimum age must be between 0 and 130');
  assert.deepEqual(only({ ...record(), minimum_age: 18, maximum_age: 11 }), {
    path: 'minimum_age',
    key: 'age.order',
    message: 'Minimum age must be the same as or lower than the maximum age',
  });
  assert.equal(only({ ...record(), minimum_age: '11' }).message, 'Minimum age must be a number, like 11');
  assert.equal(problems({ ...record(), minimum_age: 11, maximum_age: 11 }).length, 0);
});

test('dates must be real calendar dates, YYYY-MM-DD', () => {
  assert.deepEqual(only({ ...record(), assured_date: '2026-02-30' }), {
    path: 'assured_date',
    key: 'date',
    message: 'Enter a real date, like 2026-03-27',
  });
  assert.equal(only({ ...record(), assured_date: '27/03/2026' }).path, 'assured_date');
  assert.equal(problems({ ...record(), assured_date: '2024-02-29' }).length, 0);
  const r = record();
  r.cost_options[0].valid_to = '2026-13-01';
  assert.equal(only(r).path, 'cost_options.0.valid_to');
  const order = record();
  order.schedules[0].valid_to = '2025-12-31';
  assert.deepEqual(only(order), {
    path: 'schedules.0.valid_to',
    key: 'date.order',
    message: 'End date must be the same as or after the start date',
  });
});

test('opening times: 24-hour clock; closing before opening is an overnight session, the same time is not', () => {
  const r = record();
  r.schedules[0].opens_at = '9am';
  assert.deepEqual(only(r), {
    path: 'schedules.0.opens_at',
    key: 'time',
    message: 'Enter a time in the 24-hour format, like 09:30',
  });
  const late = record();
  late.schedules[0].closes_at = '24:00';
  assert.equal(only(late).path, 'schedules.0.closes_at');
  // A night shelter: open at 20:00, closes at 08:00 the next morning.
  const overnight = record();
  overnight.schedules[0].opens_at = '20:00';
  overnight.schedules[0].closes_at = '08:00:00';
  assert.deepEqual(problems(overnight), []);
  const same = record();
  same.schedules[0].opens_at = '14:00';
  same.schedules[0].closes_at = '14:00:00';
  assert.deepEqual(only(same), {
    path: 'schedules.0.closes_at',
    key: 'time.same',
    message: 'Closing time must be different from the opening time',
  });
  const seconds = record();
  seconds.schedules[0].opens_at = '09:30:00';
  assert.equal(problems(seconds).length, 0);
});

test('UK postcodes', () => {
  for (const good of ['SW1A 1AA', 'CF10 1EP', 'M1 1AE', 'B33 8TH', 'EC1A 1BB', 'W1A 0AX', 'cr26xh', 'GIR 0AA'])
    assert.ok(isUkPostcode(good), good);
  for (const bad of ['', 'CF10', '12345', 'SW1A1AAA', 'Q1 1AA', 'SW1A 1AI', 'not known'])
    assert.ok(!isUkPostcode(bad), bad);
  const r = record();
  r.service_at_locations[0].location.addresses[0].postal_code = 'CF10';
  assert.deepEqual(only(r), {
    path: 'service_at_locations.0.location.addresses.0.postal_code',
    key: 'postcode',
    message: 'Enter a real UK postcode, like SW1A 1AA',
  });
});

test('UK phone numbers, without words', () => {
  for (const good of [
    '01632 960 001',
    '07700 900 982',
    '+44 7700 900982',
    '+44 (0)29 2018 0000',
    '029-2018-0000',
    '0800 123 4567',
    '116 123',
    '111',
  ])
    assert.ok(isUkPhone(good), good);
  for (const bad of [
    'Ask at reception',
    '01632 960 001 (mornings)',
    '12345',
    '+1 202 555 0100',
    '0163296000112',
    'tel:01632960001',
    '',
  ])
    assert.ok(!isUkPhone(bad), bad);
  const r = record();
  r.contacts[0].phones[0].number = 'Ask at reception';
  assert.deepEqual(only(r), {
    path: 'contacts.0.phones.0.number',
    key: 'phone',
    message: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
  });
});

test('HSDS extension fields: phones need an id and a number', () => {
  const r = record();
  r.phones = [{ number: '01632 960 001' }];
  assert.deepEqual(only(r), { path: 'phones.0.id', key: 'required', message: 'Enter the phone number ID' });
  const noNumber = record();
  noNumber.service_at_locations[0].location.phones = [{ id: ID }];
  assert.deepEqual(only(noNumber), {
    path: 'service_at_locations.0.location.phones.0.number',
    key: 'required',
    message: 'Enter the phone number',
  });
  assert.equal(only({ ...record(), phones: 'none' }).message, 'Phone numbers for the service must be a list');
});

test('HSDS extension fields: language name and code, cost currency', () => {
  const r = record();
  r.languages[0].code = 'Welsh language';
  assert.deepEqual(only(r), {
    path: 'languages.0.code',
    key: 'language.code',
    message: 'Enter a language code, like cy or en',
  });
  const name = record();
  name.languages[0].name = 7;
  assert.equal(only(name).message, 'Language must be text');
  const cost = record();
  cost.cost_options[0].currency = '£';
  assert.deepEqual(only(cost), {
    path: 'cost_options.0.currency',
    key: 'currency',
    message: 'Enter the currency as a 3-letter code, like GBP',
  });
});

test('wrong types are named in plain words', () => {
  assert.equal(only({ ...record(), schedules: {} }).message, 'Opening times must be a list');
  assert.equal(
    only({ ...record(), organization: 'Age Cymru' }).message,
    'Organisation details must be a set of details, not a single value',
  );
  assert.equal(only({ ...record(), alert: 5 }).message, 'Important notice must be text');
  assert.deepEqual(
    problems('not a record').map((p) => p.message),
    ['Service record must be a set of details, not a single value'],
  );
});

test('every problem is listed, in document order', () => {
  const r = record();
  r.email = 'nope';
  r.schedules[0].opens_at = '25:00';
  r.service_at_locations[0].location.addresses[0].postal_code = 'nowhere';
  r.contacts[0].phones[0].number = 'ring us';
  r.minimum_age = 1.5;
  delete r.name;
  assert.deepEqual(
    problems(r).map((p) => p.path),
    [
      'name',
      'email',
      'minimum_age',
      'schedules.0.opens_at',
      'service_at_locations.0.location.addresses.0.postal_code',
      'contacts.0.phones.0.number',
    ],
  );
});

test("checkField returns only that field's problems, and is quick enough for every blur", () => {
  const r = record();
  r.email = 'nope';
  r.schedules[0].opens_at = '25:00';
  assert.deepEqual(
    checkField(r, 'schedules.0.opens_at').map((p) => p.key),
    ['time'],
  );
  assert.deepEqual(
    checkField(r, 'schedules').map((p) => p.path),
    ['schedules.0.opens_at'],
  );
  assert.deepEqual(checkField(r, 'name'), []);
  const start = performance.now();
  for (let i = 0; i < 200; i++) checkField(r, 'email');
  const each = (performance.now() - start) / 200;
  assert.ok(each < 5, `checkField took ${each.toFixed(2)} ms`);
});
