import { attributes } from './attribute.js';
import { optText, optUuid, uuid, z } from './fields.js';

/** ORUK 3.0 contact.json (no email or phones in ORUK; see checkService for the HSDS extension). */
export const contactSchema = z.looseObject({
  id: uuid(),
  service_id: optUuid(),
  name: optText(),
  title: optText(),
  attributes: attributes(),
});
export type Contact = z.infer<typeof contactSchema>;
