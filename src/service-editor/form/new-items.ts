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

/**
 * A new item for the array at `listPath` in `record`, or undefined when the
 * form does not know that list.
 */
export function newItem(record: Json, listPath: Path): Json | undefined {
  const list = listPath[listPath.length - 1];
  const owner = getIn(record, listPath.slice(0, -1));
  const ownerId = isObject(owner) && typeof owner.id === 'string' ? owner.id : undefined;
  const serviceId = typeof record.id === 'string' ? record.id : undefined;
  const withService = serviceId ? { service_id: serviceId } : {};
  const id = newId();
  switch (list) {
    case 'cost_options':
      return { id, ...withService, currency: 'GBP' };
    case 'schedules':
      return { id, ...withService, freq: 'WEEKLY' };
    case 'service_at_locations': {
      const locationId = newId();
      return {
        id,
        ...withService,
        location_id: locationId,
        location: { id: locationId, location_type: 'physical', addresses: [newAddress(locationId)] },
      };
    }
    case 'accessibility':
      return { id, ...(ownerId ? { location_id: ownerId } : {}) };
    case 'contacts':
      return { id, ...withService };
    case 'phones':
      // A contact's phone, or the service's own.
      return listPath.length > 1 ? { id, ...(ownerId ? { contact_id: ownerId } : {}) } : { id, ...withService };
    case 'languages':
      return { id, ...withService };
    case 'service_areas':
      return { id, ...withService };
    default:
      return undefined;
  }
}
