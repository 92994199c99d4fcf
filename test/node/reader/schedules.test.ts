import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readService } from '../../../src/model/reader/index.js';
import { collect } from '../../../src/model/reader/notes.js';
import { readDays, readTime } from '../../../src/model/reader/times.js';
import { english, feed, keysAt } from './feeds.js';

describe('times like "10:00:00", "10:00:00Z", "1000", "10am"; byday "MO,TH", "Monday", lowercase', () => {
  const service = readService(feed('v3/schedules.json'));
  const rows = service.schedules.map((s) => [s.freq, s.days, s.opensAt, s.closesAt]);

  it('normalises every shape to HH:MM and RFC 5545 day codes', () => {
    assert.deepEqual(rows.slice(0, 5), [
      ['WEEKLY', ['MO', 'TH'], '10:00', '14:00'],
      ['WEEKLY', ['MO'], '10:00', '15:30'],
      ['WEEKLY', ['TU', 'WE'], '10:00', '14:30'],
      ['WEEKLY', ['MO', 'TU', 'WE', 'TH', 'FR'], '09:00', '17:00'],
      ['WEEKLY', ['SA', 'SU'], '12:00', '00:00'],
    ]);
  });

  it('accepts standard shapes silently and notes repaired ones', () => {
    assert.deepEqual(keysAt(service.problems, 'schedules.0.opens_at'), []);
    assert.deepEqual(keysAt(service.problems, 'schedules.0.closes_at'), []);
    assert.deepEqual(keysAt(service.problems, 'schedules.1.opens_at'), ['reader.time.repaired']);
    assert.equal(
      english(service.problems.find((p) => p.path === 'schedules.2.closes_at')!),
      'schedules.2.closes_at "2.30pm" was read as 14:30',
    );
  });

  it('drops impossible times, unknown days and frequencies, keeping the rest of the schedule', () => {
    assert.deepEqual(rows[5], ['MONTHLY', ['SA'], undefined, undefined]);
    assert.deepEqual(keysAt(service.problems, 'schedules.5.opens_at'), ['reader.time.invalid']);
    assert.deepEqual(keysAt(service.problems, 'schedules.5.closes_at'), ['reader.time.invalid']);
    assert.deepEqual(rows[6], [undefined, ['FR'], '13:00', '15:00']);
    assert.deepEqual(keysAt(service.problems, 'schedules.6.freq'), ['reader.freq.invalid']);
    assert.deepEqual(keysAt(service.problems, 'schedules.6.byday'), ['reader.day.invalid']);
  });

  it('reads a day named like a built-in property ("constructor") as an unknown day, not a crash', () => {
    const read = readService({
      id: '1',
      name: 'Drop-in',
      status: 'active',
      schedules: [{ byday: 'constructor,mo', opens_at: '09:00' }],
    });
    assert.deepEqual(read.schedules[0]!.days, ['MO']);
    assert.deepEqual(keysAt(read.problems, 'schedules.0.byday'), ['reader.day.invalid']);
  });

  it('ties a schedule to its location through service_at_location_id', () => {
    assert.equal(service.schedules[5]!.locationId, '50000000-0000-4000-8000-0000000000a2');
    assert.equal(service.schedules[0]!.locationId, undefined);
  });

  it('reads the other spellings people use', () => {
    // Outside a service read: what the readers note is collected here and not asserted on.
    collect(() => {
      const time = (v: unknown) => readTime(v, '', 't');
      assert.deepEqual(
        [
          '9:00',
          '09:00:00.000',
          '10:00:00+01:00',
          '12pm',
          '12am',
          '10.30',
          '7 pm',
          'midday',
          930,
          '24:00',
          '12:60',
          '13pm',
        ].map(time),
        [
          '09:00',
          '09:00',
          '10:00',
          '12:00',
          '00:00',
          '10:30',
          '19:00',
          '12:00',
          '09:30',
          '24:00',
          undefined,
          undefined,
        ],
      );
      const days = (v: unknown) => readDays(v, '', 'd');
      assert.deepEqual(days('SU,MO'), ['MO', 'SU']);
      assert.deepEqual(days('Monday to Friday'), ['MO', 'TU', 'WE', 'TH', 'FR']);
      assert.deepEqual(days('Fri-Mon'), ['MO', 'FR', 'SA', 'SU']);
      assert.deepEqual(days('every day'), ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
      assert.deepEqual(days(['tuesdays', 'THURSDAY']), ['TU', 'TH']);
      assert.deepEqual(days(7), ['SU']);
      assert.deepEqual(days('1MO,-1FR'), ['MO', 'FR']);
    });
  });
});
