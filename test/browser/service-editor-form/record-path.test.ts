import { expect } from '@open-wc/testing';
import {
  appendIn,
  normalisePath,
  parsePath,
  removeIn,
  setIn,
  swapIn,
} from '../../../src/service-editor/form/record-path.js';
import { daysOf, toggleDay } from '../../../src/service-editor/form/days.js';
import { toggleTerm } from '../../../src/service-editor/form/taxonomy.js';

describe('record paths', () => {
  it('sets a nested value without touching the original, sharing untouched branches', () => {
    const original = { a: [{ b: 1, keep: 'x' }, { b: 2 }], other: { deep: true } };
    const next = setIn(original, parsePath('a.1.b'), 3);
    expect(next.a[1]).to.deep.equal({ b: 3 });
    expect(original.a[1]!.b).to.equal(2);
    expect(next.a[0]).to.equal(original.a[0]);
    expect(next.other).to.equal(original.other);
  });

  it('removes a key when the value is undefined, and creates missing containers', () => {
    expect(setIn({ a: 1, b: 2 }, ['a'], undefined)).to.deep.equal({ b: 2 });
    expect(setIn({}, parsePath('x.0.y'), 'z')).to.deep.equal({ x: [{ y: 'z' }] });
    const same = { a: 1 };
    expect(setIn(same, ['missing'], undefined)).to.equal(same);
  });

  it('appends, removes and swaps list items immutably', () => {
    const original = { list: ['a', 'b', 'c'] };
    expect(appendIn(original, ['list'], 'd').list).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(removeIn(original, ['list'], 1).list).to.deep.equal(['a', 'c']);
    expect(swapIn(original, ['list'], 0, 2).list).to.deep.equal(['c', 'b', 'a']);
    expect(original.list).to.deep.equal(['a', 'b', 'c']);
  });

  it('reads server paths in JSON Pointer and bracket forms', () => {
    expect(normalisePath('/service_at_locations/0/location/name')).to.equal('service_at_locations.0.location.name');
    expect(normalisePath('$.contacts[1].email')).to.equal('contacts.1.email');
    expect(normalisePath('name')).to.equal('name');
  });
});

describe('days', () => {
  it('turns byday into day codes and back, in week order, keeping other tokens', () => {
    expect([...daysOf('th, mo')]).to.deep.equal(['TH', 'MO']);
    expect(toggleDay('TH', 'MO', true)).to.equal('MO,TH');
    expect(toggleDay('MO,TH', 'MO', false)).to.equal('TH');
    expect(toggleDay('MO', 'MO', false)).to.equal(undefined);
    expect(toggleDay('1MO,TU', 'WE', true)).to.equal('TU,WE,1MO');
  });
});

describe('taxonomy links', () => {
  it('adds a link with the nested term, the ORUK 3.0 way, and removes only that link', () => {
    const other = { id: 'x', link_type: 'other' };
    const added = toggleTerm([other], { id: 't1', name: 'Carers', taxonomy: 'esd' }, true, 's1') as Record<
      string,
      unknown
    >[];
    expect(added[0]).to.equal(other);
    expect(added[1]).to.include({ taxonomy_term_id: 't1', link_type: 'service', link_id: 's1' });
    expect(added[1]!.taxonomy_term).to.deep.equal({ id: 't1', name: 'Carers', description: 'Carers', taxonomy: 'esd' });
    expect(String(added[1]!.id)).to.match(/^[0-9a-f-]{36}$/);
    expect(toggleTerm(added, { id: 't1', name: 'Carers' }, false, 's1')).to.deep.equal([other]);
  });
});
