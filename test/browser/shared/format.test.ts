import { expect } from '@open-wc/testing';
import {
  formatAges,
  formatCost,
  formatDate,
  formatList,
  formatSchedule,
  type FormatContext,
} from '../../../src/shared/format.js';
import { formatCy } from '../../../src/shared/strings/cy.js';
import { formatEn } from '../../../src/shared/strings/en.js';

const en: FormatContext = { lang: 'en', strings: formatEn };
const cy: FormatContext = { lang: 'cy', strings: formatCy };

describe('formatting service details', () => {
  it('opening times in plain words', () => {
    expect(formatSchedule({ days: ['TH', 'MO'], opensAt: '10:00', closesAt: '16:00' }, en)).to.equal(
      'Mondays and Thursdays, 10:00 to 16:00',
    );
    expect(formatSchedule({ days: ['MO', 'TU', 'WE'], opensAt: '09:30', closesAt: '17:00' }, en)).to.equal(
      'Mondays, Tuesdays and Wednesdays, 09:30 to 17:00',
    );
    expect(formatSchedule({ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' }, en)).to.equal(
      'Monday to Friday, 09:00 to 17:00',
    );
    expect(formatSchedule({ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }, en)).to.equal('Every day');
    expect(formatSchedule({ days: ['SA'] }, en)).to.equal('Saturdays');
    expect(formatSchedule({ days: [], opensAt: '10:00', closesAt: '12:00' }, en)).to.equal('10:00 to 12:00');
    expect(formatSchedule({ days: [] }, en)).to.equal(undefined);
    expect(formatSchedule({ days: ['FR'], opensAt: '18:00', closesAt: '20:00', validTo: '2026-03-31' }, en)).to.equal(
      'Fridays, 18:00 to 20:00 (until 31 March 2026)',
    );
  });

  it('opening times in Welsh', () => {
    expect(formatSchedule({ days: ['MO', 'TH'], opensAt: '10:00', closesAt: '16:00' }, cy)).to.equal(
      'Bob dydd Llun a dydd Iau, 10:00 i 16:00',
    );
    expect(formatSchedule({ days: ['SA'] }, cy)).to.equal('Dydd Sadwrn');
    expect(formatSchedule({ days: ['FR'], opensAt: '20:00', closesAt: '08:00' }, cy)).to.equal(
      'Bob dydd Gwener, 20:00 i 08:00 drannoeth',
    );
  });

  it('an overnight session says it closes the next day', () => {
    expect(formatSchedule({ days: ['FR', 'SA'], opensAt: '20:00', closesAt: '08:00' }, en)).to.equal(
      'Fridays and Saturdays, 20:00 to 08:00 the next day',
    );
    expect(formatSchedule({ days: [], opensAt: '22:30', closesAt: '00:00' }, en)).to.equal(
      '22:30 to 00:00 the next day',
    );
    // The same time twice (some feeds' way of saying "not known") is not read as overnight.
    expect(formatSchedule({ days: ['MO'], opensAt: '00:00', closesAt: '00:00' }, en)).to.equal(
      'Mondays, 00:00 to 00:00',
    );
  });

  it('lists join with the language’s own word for "and"', () => {
    expect(formatList(['a', 'b', 'c'], en)).to.equal('a, b and c');
    expect(formatList(['a', 'b'], cy)).to.equal('a a b');
  });

  it('ages', () => {
    expect(formatAges(11, 18, en)).to.equal('Ages 11 to 18');
    expect(formatAges(11, undefined, en)).to.equal('Ages 11 and over');
    expect(formatAges(undefined, 18, en)).to.equal('Up to age 18');
    expect(formatAges(0, 18, en)).to.equal('Up to age 18');
    expect(formatAges(undefined, undefined, en)).to.equal(undefined);
    expect(formatAges(11, 18, cy)).to.equal('Oedran 11 i 18');
  });

  it('costs with Intl.NumberFormat', () => {
    expect(formatCost({ amount: 5, currency: 'GBP', description: 'per session' }, en)).to.equal('£5.00 per session');
    expect(formatCost({ option: 'Under 18s', amount: 0 }, en)).to.equal('Under 18s: Free');
    expect(formatCost({ amount: 3.5 }, en)).to.equal('£3.50');
    expect(formatCost({ amount: 10, currency: 'EUR' }, en)).to.equal('€10.00');
    expect(formatCost({ amount: 2, currency: 'not a code' }, en)).to.equal('2 NOT A CODE');
    expect(formatCost({ amount: 0 }, cy)).to.equal('Am ddim');
    expect(formatCost({}, en)).to.equal(undefined);
    expect(formatCost({ option: 'Free', amount: 0, description: 'This service is free.' }, en)).to.equal(
      'This service is free.',
    );
    expect(formatCost({ option: 'Free', amount: 0 }, en)).to.equal('Free');
  });

  it('dates, in English and Welsh', () => {
    expect(formatDate('2026-03-03', en)).to.equal('3 March 2026');
    expect(formatDate('2026-03-03', cy)).to.match(/3 Mawrth 2026/);
    expect(formatDate('not a date', en)).to.equal(undefined);
    expect(formatDate('2025-12-31T23:30:00Z', en)).to.equal('31 December 2025');
  });
});
