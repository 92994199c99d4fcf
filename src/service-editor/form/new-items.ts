/**
 * New records for repeating groups: each gets a `crypto.randomUUID()` id and
 * the id of the record it belongs to (schedule.service_id, phone.contact_id,
 * address.location_id…), so the saved service is linked the ORUK 3.0 way.
 */
import { getIn, isObject, type Path } from './record-path.js';

type Json = Record<string, unknown>;

export function newId(): string {
  return crypto.randomUUID();
}

/** An address for a location, with the parts a charity does not choose filled in. */
export function newAddress(locationId: unknown, addressType: 'physical' | 'postal' = 'physical'): Json {
  return {
    id: newId(),
    ...(typeof locationId === 'string' ? { location_id: locationId } : {}),
    country: 'GB',
    address_type: addressType,
  };
}

/** True when an address holds nothing a person typed (only what newAddress filled in). */
export function isBlankAddress(address: unknown): boolean {
  return isObject(address) && Object.keys(address).every((key) => ['id', 'location_id', 'country', 'address_type'].includes(key));
}

/** What each new item starts with, besides its id and its owner's id. */
const STARTS: Record<string, Json> = {
  cost_options: { currency: 'GBP' },
  schedules: { freq: 'WEEKLY' },
  service_at_locations: {},
  accessibility: {},
  contacts: {},
  phones: {},
  languages: {},
  service_areas: {},
};

/** The key that links a new item to its owner, when that is not the service itself. */
const OWNER_KEYS: Record<string, string> = { accessibility: 'location_id', phones: 'contact_id' };

/**
 * A new item for the array at `listPath` in `record`, or undefined when the
 * form does not know that list.
 */
export function newItem(record: Json, listPath: Path): Json | undefined {
  const list = String(listPath[listPath.length - 1]);
  const start = STARTS[list];
  if (!start) return undefined;
  const item: Json = { id: newId() };
  // A contact's phone or a location's accessibility belongs to its owner; anything else to the service.
  const ownerKey = listPath.length > 1 ? OWNER_KEYS[list] : undefined;
  const owner = ownerKey ? getIn(record, listPath.slice(0, -1)) : record;
  if (isObject(owner) && typeof owner.id === 'string') item[ownerKey ?? 'service_id'] = owner.id;
  Object.assign(item, start);
  if (list === 'service_at_locations') {
    const locationId = newId();
    item.location_id = locationId;
    item.location = { id: locationId, location_type: 'physical', addresses: [newAddress(locationId)] };
  }
  return item;
}
