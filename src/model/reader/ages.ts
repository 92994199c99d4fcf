/**
 * Age limits. Feeds use -1 (or other negatives) for "not set", send ages as
 * text ("18"), and v1 feeds put them in `eligibilitys[]` instead of on the
 * service.
 */
import type { Json } from '../json.js';
import { field } from './fields.js';
import { note } from './notes.js';
import { isNothing, readList, toNumber } from './values.js';

const OLDEST = 130;

export function readAge(value: unknown, base: string, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && isNothing(value.trim())) return undefined;
  const age = toNumber(value);
  if (age === undefined) {
    note(base, name, 'age.invalid', value);
    return undefined;
  }
  if (age < 0) {
    note(base, name, 'age.notSet', age);
    return undefined;
  }
  if (age > OLDEST) {
    note(base, name, 'age.invalid', value);
    return undefined;
  }
  if (typeof value === 'string') note(base, name, 'age.fromText', value, { age });
  return age;
}

export interface AgeRange {
  minimumAge?: number;
  maximumAge?: number;
}

/** The service's age range: its own fields first, else the widest range across v1 `eligibilitys`. */
export function readAgeRange(service: Json): AgeRange {
  let minimumAge = readAge(field(service, 'minimum_age'), '', 'minimum_age');
  let maximumAge = readAge(field(service, 'maximum_age'), '', 'maximum_age');
  const eligibilities = field(service, 'eligibilitys') ?? field(service, 'eligibilities');
  if (eligibilities !== undefined && (minimumAge === undefined || maximumAge === undefined)) {
    const name = field(service, 'eligibilitys') !== undefined ? 'eligibilitys' : 'eligibilities';
    const ranges = readList(eligibilities, '', name, (item, path) => ({
      min: readAge(field(item, 'minimum_age'), path, 'minimum_age'),
      max: readAge(field(item, 'maximum_age'), path, 'maximum_age'),
    }));
    const mins = ranges.map((r) => r.min).filter((n): n is number => n !== undefined);
    const maxes = ranges.map((r) => r.max).filter((n): n is number => n !== undefined);
    if (minimumAge === undefined && mins.length > 0) minimumAge = Math.min(...mins);
    if (maximumAge === undefined && maxes.length > 0) maximumAge = Math.max(...maxes);
  }
  if (minimumAge !== undefined && maximumAge !== undefined && minimumAge > maximumAge) {
    note('', 'maximum_age', 'age.swapped', undefined, { min: minimumAge, max: maximumAge });
    [minimumAge, maximumAge] = [maximumAge, minimumAge];
  }
  const range: AgeRange = {};
  if (minimumAge !== undefined) range.minimumAge = minimumAge;
  if (maximumAge !== undefined) range.maximumAge = maximumAge;
  return range;
}
