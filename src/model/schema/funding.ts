import { optText, optUuid, uuid, z } from './fields.js';

/** ORUK 3.0 funding.json */
export const fundingSchema = z.looseObject({
  id: uuid(),
  service_id: optUuid(),
  source: optText(),
});
export type Funding = z.infer<typeof fundingSchema>;
