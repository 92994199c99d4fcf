import { optText, optUuid, uuid, z } from './fields.js';

/** ORUK 3.0 service_area.json. Its `uri` has no format in the official schema. */
export const serviceAreaSchema = z.looseObject({
  id: uuid(),
  service_id: optUuid(),
  name: optText(),
  extent: optText(),
  extent_type: optText(),
  uri: optText(),
  service_area: optText(),
});
export type ServiceArea = z.infer<typeof serviceAreaSchema>;
