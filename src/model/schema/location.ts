import { accessibilitySchema } from './accessibility.js';
import { addressSchema } from './address.js';
import { attributes } from './attribute.js';
import { optNumber, optText, uuid, z } from './fields.js';

export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;

/** ORUK 3.0 location.json */
export const locationSchema = z.looseObject({
  id: uuid(),
  location_type: z.enum(LOCATION_TYPES),
  name: optText(),
  description: optText(),
  latitude: optNumber(),
  longitude: optNumber(),
  external_identifier: optText(),
  external_identifier_type: optText(),
  addresses: z.optional(z.array(addressSchema)),
  accessibility: z.optional(z.array(accessibilitySchema)),
  attributes: attributes(),
});
export type Location = z.infer<typeof locationSchema>;
