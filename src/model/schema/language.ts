import { optUuid, uuid, z } from './fields.js';

/**
 * ORUK 3.0 language.json. ORUK has no `name` or `code` here; the HSDS 3.0
 * extension fields we use for them are checked by checkService, not here.
 */
export const languageSchema = z.looseObject({
  id: uuid(),
  service_id: optUuid(),
  phone_id: optUuid(),
});
export type Language = z.infer<typeof languageSchema>;
