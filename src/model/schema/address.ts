import { attributes } from './attribute.js';
import { optText, optUuid, uuid, z } from './fields.js';

export const ADDRESS_TYPES = ['physical', 'postal', 'virtual'] as const;

/** ORUK 3.0 address.json. The postcode is any string here; checkService checks it is a UK postcode. */
export const addressSchema = z.looseObject({
  id: uuid(),
  location_id: optUuid(),
  attention: optText(),
  address_1: z.string(),
  city: z.string(),
  region: optText(),
  state_province: z.string(),
  postal_code: z.string(),
  country: z.string(),
  address_type: z.enum(ADDRESS_TYPES),
  attributes: attributes(),
});
export type Address = z.infer<typeof addressSchema>;
