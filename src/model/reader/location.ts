/**
 * Locations and their addresses, ORUK 3.0 (`addresses`, `accessibility`,
 * `location_type`) and v1 (`physical_addresses`, `postal_addresses`,
 * `accessibility_for_disabilities`).
 */
import type { AddressView, LocationView } from '../view-model.js';
import { field, type FeedRecord } from './fields.js';
import { note, type Notes } from './notes.js';
import { readPhones } from './phone.js';
import { readId, readList, readPlainText, readText, toNumber } from './values.js';

type PlaceType = NonNullable<LocationView['type']>;

function readPlaceType(value: unknown, notes: Notes, path: string, name: string): PlaceType | undefined {
  const text = readText(value, notes, path, name)?.toLowerCase();
  if (text === undefined) return undefined;
  if (text === 'physical' || text === 'postal' || text === 'virtual') return text;
  note(notes, path, name, 'value.wrongType', text);
  return undefined;
}

const UK_POSTCODE = /^([a-z]{1,2}\d[a-z\d]?)\s*(\d[a-z]{2})$/i;

/** UK postcodes in capitals with one space ("sw1a1aa" → "SW1A 1AA"); anything else as given. */
function tidyPostcode(postcode: string): string {
  const m = UK_POSTCODE.exec(postcode);
  return m ? `${m[1]!.toUpperCase()} ${m[2]!.toUpperCase()}` : postcode;
}

export function readAddress(record: FeedRecord, notes: Notes, path: string, type?: PlaceType): AddressView | undefined {
  const line1 = readPlainText(field(record, 'address_1') ?? field(record, 'address1'), notes, path, 'address_1');
  const line2 = readPlainText(field(record, 'address_2') ?? field(record, 'address2'), notes, path, 'address_2');
  const address: AddressView = { address1: [line1, line2].filter(Boolean).join(', ') };
  const city = readPlainText(field(record, 'city'), notes, path, 'city');
  if (city !== undefined) address.city = city;
  const region = readPlainText(field(record, 'region'), notes, path, 'region');
  if (region !== undefined) address.region = region;
  const state = readPlainText(field(record, 'state_province'), notes, path, 'state_province');
  if (state !== undefined) address.stateProvince = state;
  const postcode = readPlainText(field(record, 'postal_code') ?? field(record, 'postcode'), notes, path, 'postal_code');
  if (postcode !== undefined) address.postalCode = tidyPostcode(postcode);
  const country = readPlainText(field(record, 'country'), notes, path, 'country');
  if (country !== undefined) address.country = country;
  const addressType = readPlaceType(field(record, 'address_type'), notes, path, 'address_type') ?? type;
  if (addressType !== undefined) address.type = addressType;
  if (address.address1 === '' && city === undefined && postcode === undefined) {
    note(notes, path, '', 'item.empty');
    return undefined;
  }
  return address;
}

function readCoordinate(record: FeedRecord, notes: Notes, path: string, name: string, limit: number): number | undefined {
  const value = field(record, name);
  if (value === undefined) return undefined;
  const number = toNumber(value);
  if (number === undefined || Math.abs(number) > limit) {
    if (!(typeof value === 'string' && value.trim() === '')) {
      note(notes, path, name, 'coordinates.invalid', value);
    }
    return undefined;
  }
  return number;
}

function readAccessibility(record: FeedRecord, notes: Notes, path: string): string[] {
  const out: string[] = [];
  const each = (item: FeedRecord, itemPath: string): string | undefined =>
    readPlainText(field(item, 'description'), notes, itemPath, 'description') ??
    readPlainText(field(item, 'accessibility'), notes, itemPath, 'accessibility') ??
    readPlainText(field(item, 'details'), notes, itemPath, 'details');
  out.push(...readList(field(record, 'accessibility'), notes, path, 'accessibility', each));
  out.push(...readList(field(record, 'accessibility_for_disabilities'), notes, path, 'accessibility_for_disabilities', each));
  return [...new Set(out)];
}

export function readLocation(record: FeedRecord, notes: Notes, path: string): LocationView | undefined {
  const location: LocationView = { addresses: [], accessibility: [], phones: [] };
  const id = readId(field(record, 'id'));
  if (id !== undefined) location.id = id;
  const name = readPlainText(field(record, 'name'), notes, path, 'name');
  if (name !== undefined) location.name = name;
  const description = readPlainText(field(record, 'description'), notes, path, 'description');
  if (description !== undefined) location.description = description;
  const type = readPlaceType(field(record, 'location_type'), notes, path, 'location_type');
  if (type !== undefined) location.type = type;
  const latitude = readCoordinate(record, notes, path, 'latitude', 90);
  const longitude = readCoordinate(record, notes, path, 'longitude', 180);
  // (0, 0) is in the sea off West Africa: feeds send it when they have no position.
  if (latitude !== undefined && longitude !== undefined && !(latitude === 0 && longitude === 0)) {
    location.latitude = latitude;
    location.longitude = longitude;
  }
  const each = (t?: PlaceType) => (item: FeedRecord, itemPath: string) => readAddress(item, notes, itemPath, t);
  location.addresses.push(
    ...readList(field(record, 'addresses'), notes, path, 'addresses', each()),
    ...readList(field(record, 'physical_addresses'), notes, path, 'physical_addresses', each('physical')),
    ...readList(field(record, 'postal_addresses'), notes, path, 'postal_addresses', each('postal')),
  );
  location.accessibility = readAccessibility(record, notes, path);
  location.phones = readPhones(field(record, 'phones'), notes, path, 'phones');
  if (
    location.id === undefined &&
    name === undefined &&
    location.addresses.length === 0 &&
    location.latitude === undefined &&
    description === undefined
  ) {
    note(notes, path, '', 'item.empty');
    return undefined;
  }
  return location;
}
