import { optText, optUuid, uuid, z } from './fields.js';
import { languageSchema } from './language.js';

/**
 * ORUK 3.0 phone.json. No ORUK 3.0 entity nests phones; we use this shape for
 * the HSDS 3.0 `phones[]` extension on services, contacts and locations.
 */
export const phoneSchema = z.looseObject({
  id: uuid(),
  contact_id: optUuid(),
  number: z.string(),
  description: optText(),
  languages: z.optional(z.array(languageSchema)),
});
export type Phone = z.infer<typeof phoneSchema>;
