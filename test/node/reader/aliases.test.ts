import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readService } from '../../../src/model/reader/index.js';

const ID = '2b2f4b36-3c2b-4e44-9bd1-0c6a3f6f1a10';

describe("the field registry's other names for fields (v1 and messy feeds)", () => {
  it('reads each field under the names the registry gives it', () => {
    const service = readService({
      id: ID,
      name: 'Club',
      status: 'Temporarily_Closed',
      fees_description: 'Free',
      organization: { id: ID, name: 'Trust', url: 'https://trust.example.org' },
      regular_schedules: [
        { by_day: 'MO', opens_at: '10:00', closes_at: '12:00', dtstart: '2026-01-05', until: '2026-03-30' },
        { weekday: 'Tuesday', opens_at: '10:00', closes_at: '12:00' },
        { day: 3, opens_at: '10:00', closes_at: '12:00' },
      ],
      service_at_locations: [
        {
          id: ID,
          location: {
            id: ID,
            name: 'Hall',
            physical_addresses: [{ address_1: '1 River Street', city: 'Cardiff', postcode: 'cf101aa' }],
            postal_addresses: [{ address1: 'PO Box 1', city: 'Cardiff', postal_code: 'CF10 2BB' }],
            accessibility_for_disabilities: [{ accessibility: 'Hearing loop' }],
          },
        },
      ],
      languages: [{ language: 'Welsh' }],
      service_areas: [{ service_area: 'Cardiff' }],
    });
    assert.equal(service.status, 'temporarily closed');
    assert.equal(service.fees, 'Free');
    assert.equal(service.organization?.website, 'https://trust.example.org');
    assert.deepEqual(
      service.schedules.map((s) => [s.days, s.validFrom, s.validTo]),
      [
        [['MO'], '2026-01-05', '2026-03-30'],
        [['TU'], undefined, undefined],
        [['WE'], undefined, undefined],
      ],
    );
    const [location] = service.locations;
    assert.deepEqual(
      location?.addresses.map((a) => [a.address1, a.postalCode, a.type]),
      [
        ['1 River Street', 'CF10 1AA', 'physical'],
        ['PO Box 1', 'CF10 2BB', 'postal'],
      ],
    );
    assert.deepEqual(location?.accessibility, ['Hearing loop']);
    assert.deepEqual(service.languages, [{ name: 'Welsh' }]);
    assert.deepEqual(service.serviceAreas, [{ name: 'Cardiff' }]);
  });

  it('names a problem after the name the feed used (by_day is byday itself)', () => {
    const service = readService({
      id: ID,
      name: 'Club',
      status: 'active',
      organization: { id: ID, name: 'Trust', url: 'not a web address' },
      schedules: [{ by_day: ['MO', 'Someday'] }, { weekday: 'Someday', opens_at: '10:00' }],
    });
    const paths = service.problems.map((p) => `${p.path} ${p.key}`);
    assert.ok(paths.includes('organization.url reader.url.invalid'), paths.join('\n'));
    assert.ok(paths.includes('schedules.0.byday reader.day.invalid'), paths.join('\n'));
    assert.ok(paths.includes('schedules.1.weekday reader.day.invalid'), paths.join('\n'));
  });
});
