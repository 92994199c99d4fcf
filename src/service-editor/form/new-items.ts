/**
 * New records for repeating groups: each gets a `crypto.randomUUID()` id and
 * the id of the record it belongs to (schedule.service_id, phone.contact_id,
 * address.location_id…), so the saved service is linked the ORUK 3.0 way.
 */
import { isJson, type Json } from '../../model/json.js';
import { getIn, type Path } from './record-path.js';

export function newId(): string {
  return crypto.randomUUID();
}

const ADDRESS_KEYS = ['id', 'location_id', 'country', 'address_type'];

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
  return isJson(address) && Object.keys(address).every((key) => ADDRESS_KEYS.includes(key));
}

/** What new items of some lists start with, besides their id and their owner's id. */
const STARTS: Record<string, Json> = { cost_options: { currency: 'GBP' }, schedules: { freq: 'WEEKLY' } };

/** The key that links a new item to its owner, when that is not the service itself. */
const OWNER_KEYS: Record<string, string> = { accessibility: 'location_id', phones: 'contact_id' };

/** A new item for the array at `listPath` in `record`. */
export function newItem(record: Json, listPath: Path): Json {
  const list = String(listPath[listPath.length - 1]);
  // A contact's phone or a location's accessibility belongs to its owner; anything else to the service.
  const ownerKey = listPath.length > 1 ? OWNER_KEYS[list] : undefined;
  const owner = ownerKey ? getIn(record, listPath.slice(0, -1)) : record;
  const item: Json = {
    id: newId(),
    ...(isJson(owner) && typeof owner.id === 'string' ? { [ownerKey ?? 'service_id']: owner.id } : {}),
    ...STARTS[list],
  };
  if (list === 'service_at_locations') {
    const id = newId();
    item.location_id = id;
    item.location = { id, location_type: 'physical', addresses: [newAddress(id)] };
  }
  return item;
}
