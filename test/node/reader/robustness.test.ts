// The reader never throws on field values: random JSON in every field we read, at
// every nesting level, gives a view model (seeded, so a failure can be replayed).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ReaderError,
  readApiDetails,
  readService,
  readServicePage,
  readTaxonomyTermPage,
} from '../../../src/model/reader/index.js';

const SEED = Number(process.env['READER_SEED'] ?? 20240615);

const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    ' ',
    'null',
    'N/A',
    '-1',
    '<b>x</b>',
    'javascript:alert(1)',
    '1000',
    'Monday',
    '2024-02-30',
    '£5',
  ),
  fc.integer({ min: -5, max: 3000 }),
);
const record = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: keys.length });
const nestedKeys = [
  'id',
  'name',
  'number',
  'phones',
  'location',
  'addresses',
  'address_1',
  'postal_code',
  'byday',
  'weekday',
  'opens_at',
  'closes_at',
  'valid_from',
  'taxonomy',
  'taxonomy_term',
  'language',
  'code',
  'amount',
  'currency',
  'latitude',
  'longitude',
  'accessibility',
  'physical_addresses',
  'closed',
  'start_date',
  'email',
  'url',
  'service_area',
  'minimum_age',
];
const nested = fc.oneof(
  fc.array(fc.oneof(record(nestedKeys), anyValue), { maxLength: 3 }),
  record(nestedKeys),
  anyValue,
);
const serviceKeys = [
  'id',
  'name',
  'status',
  'description',
  'url',
  'email',
  'fees',
  'alert',
  'minimum_age',
  'maximum_age',
  'last_modified',
  'assured_date',
  'organization_id',
  'minimumAge',
  'lastModified',
];
const listKeys = [
  'organization',
  'contacts',
  'phones',
  'service_at_locations',
  'schedules',
  'regular_schedules',
  'holiday_schedules',
  'cost_options',
  'languages',
  'service_areas',
  'attributes',
  'service_taxonomys',
  'eligibilitys',
  'taxonomy_terms',
  'serviceAtLocations',
];
const service = fc.record(
  {
    ...Object.fromEntries(serviceKeys.map((k) => [k, anyValue])),
    ...Object.fromEntries(listKeys.map((k) => [k, nested])),
  },
  { requiredKeys: [] },
);
const envelope = fc.record(
  {
    contents: fc.oneof(fc.array(fc.oneof(service, anyValue), { maxLength: 4 }), anyValue),
    content: fc.oneof(fc.array(service, { maxLength: 2 }), anyValue),
    total_items: anyValue,
    totalElements: anyValue,
    page_number: anyValue,
    number: anyValue,
    size: anyValue,
    first_page: anyValue,
    last: anyValue,
    empty: anyValue,
    version: anyValue,
    write_api: nested,
    taxonomy_terms: nested,
  },
  { requiredKeys: [] },
);

function readsOrRefuses(read: () => { problems: unknown[] }): void {
  try {
    const result = read();
    assert.ok(Array.isArray(result.problems));
    JSON.stringify(result);
  } catch (error) {
    if (!(error instanceof ReaderError)) throw error;
  }
}

describe('random values in every field', () => {
  it(`never throws anything but a ReaderError (seed ${SEED})`, () => {
    console.log(`reader robustness seed: ${SEED} (set READER_SEED to replay)`);
    fc.assert(
      fc.property(service, envelope, (s, e) => {
        readsOrRefuses(() => readService(s));
        readsOrRefuses(() => readServicePage(e));
        readsOrRefuses(() => readTaxonomyTermPage(e));
        readsOrRefuses(() => readApiDetails(e));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('only refuses a service record that has neither id nor name', () => {
    fc.assert(
      fc.property(service, (s) => {
        const hasIdOrName = ['id', 'name'].some((k) => {
          const v = (s as Record<string, unknown>)[k];
          return (
            (typeof v === 'string' && !['', 'null', 'n/a', '-'].includes(v.trim().toLowerCase())) ||
            typeof v === 'number'
          );
        });
        if (hasIdOrName) assert.doesNotThrow(() => readService(s));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
