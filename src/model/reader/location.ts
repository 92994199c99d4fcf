/**
 * Locations and their addresses, ORUK 3.0 (`addresses`, `accessibility`,
 * `location_type`) and v1 (`physical_addresses`, `postal_addresses`,
 * `accessibility_for_disabilities`).
 */
import type { AddressView, LocationView } from '../view-model.js';
import type { Json } from '../json.js';
import { field, names } from './fields.js';
import { empty, note } from './notes.js';
import { readPhones } from './phone.js';
import { readFields, readId, readList, readPlainText, readText, toNumber } from './values.js';

type PlaceType = NonNullable<LocationView['type']>;

function readPlaceType(value: unknown, path: string, name: string): PlaceType | undefined {
  const text = readText(value, path, name)?.toLowerCase();
  if (text === undefined || text === 'physical' || text === 'postal' || text === 'virtual') return text;
  note(path, name, 'value.wrongType', text);
  return undefined;
}

const UK_POSTCODE = /^([a-z]{1,2}\d[a-z\d]?)\s*(\d[a-z]{2})$/i;

/** A postcode; UK ones in capitals with one space ("sw1a1aa" → "SW1A 1AA"), anything else as given. */
function readPostcode(value: unknown, path: string, name: string): string | undefined {
  const postcode = readPlainText(value, path, name);
  const m = postcode && UK_POSTCODE.exec(postcode);
  return m ? `${m[1]} ${m[2]}`.toUpperCase() : postcode;
}

export function readAddress(record: Json, path: string, type?: PlaceType): AddressView | undefined {
  // address_1 also finds v1's address1 (its camelCase form).
  const lines = [
    readPlainText(field(record, 'address_1'), path, 'address_1'),
    readPlainText(field(record, 'address_2'), path, 'address_2'),
  ];
  const address = readFields<AddressView>({ address1: lines.filter(Boolean).join(', ') }, record, path, [
    ['city', readPlainText, 'city'],
    ['region', readPlainText, 'region'],
    ['stateProvince', readPlainText, 'state_province'],
    ['postalCode', readPostcode, ...names('address.postal_code')],
    ['country', readPlainText, 'country'],
    ['type', readPlaceType, 'address_type'],
  ]);
  address.type ??= type;
  if (address.type === undefined) delete address.type;
  return address.address1 || address.city || address.postalCode ? address : empty(path);
}

function readCoordinate(value: unknown, path: string, name: string): number | undefined {
  const number = toNumber(value);
  if (value === undefined || (number !== undefined && Math.abs(number) <= (name === 'latitude' ? 90 : 180)))
    return number;
  if (!(typeof value === 'string' && value.trim() === '')) note(path, name, 'coordinates.invalid', value);
  return undefined;
}

export function readLocation(record: Json, path: string): LocationView | undefined {
  const location = readFields<LocationView>({ addresses: [], accessibility: [], phones: [] }, record, path, [
    ['id', readId, 'id'],
    ['name', readPlainText, 'name'],
    ['description', readPlainText, 'description'],
    ['type', readPlaceType, 'location_type'],
    ['latitude', readCoordinate, 'latitude'],
    ['longitude', readCoordinate, 'longitude'],
  ]);
  // Both or neither; (0, 0) is in the sea off West Africa: feeds send it when they have no position.
  if (
    location.latitude === undefined ||
    location.longitude === undefined ||
    (!location.latitude && !location.longitude)
  ) {
    delete location.latitude;
    delete location.longitude;
  }
  for (const name of names('location.addresses')) {
    // v1's physical_addresses and postal_addresses say which kind their addresses are.
    const type = /^(physical|postal)_/.exec(name)?.[1] as PlaceType | undefined;
    location.addresses.push(...readList(field(record, name), path, name, (item, p) => readAddress(item, p, type)));
  }
  const accessibility: string[] = [];
  for (const name of names('location.accessibility')) {
    accessibility.push(
      ...readList(
        field(record, name),
        path,
        name,
        (item, p) =>
          readPlainText(field(item, 'description'), p, 'description') ??
          readPlainText(field(item, 'accessibility'), p, 'accessibility') ??
          readPlainText(field(item, 'details'), p, 'details'),
      ),
    );
  }
  location.accessibility = [...new Set(accessibility)];
  location.phones = readPhones(field(record, 'phones'), path, 'phones');
  const { id, name, description, addresses, latitude } = location;
  return id !== undefined || name || addresses.length > 0 || latitude !== undefined || description
    ? location
    : empty(path);
}
