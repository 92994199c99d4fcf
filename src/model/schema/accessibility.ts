import { attributes } from './attribute.js';
import { optText, optUri, optUuid, uuid, z } from './fields.js';

/** ORUK 3.0 accessibility.json */
export const accessibilitySchema = z.looseObject({
  id: uuid(),
  location_id: optUuid(),
  description: optText(),
  details: optText(),
  url: optUri(),
  attributes: attributes(),
  accessibility: optText(),
});
export type Accessibility = z.infer<typeof accessibilitySchema>;
