import { optUuid, uuid, z } from './fields.js';
import { locationSchema } from './location.js';

/** ORUK 3.0 service_at_location.json: where a service is delivered. */
export const serviceAtLocationSchema = z.looseObject({
  id: uuid(),
  service_id: optUuid(),
  location_id: optUuid(),
  location: z.optional(locationSchema),
});
export type ServiceAtLocation = z.infer<typeof serviceAtLocationSchema>;
