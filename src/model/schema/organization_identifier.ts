import { attributes } from './attribute.js';
import { optText, optUuid, uuid, z } from './fields.js';

/** ORUK 3.0 organization_identifier.json (charity number, company number, ...). */
export const organizationIdentifierSchema = z.looseObject({
  id: uuid(),
  organization_id: optUuid(),
  identifier_scheme: optText(),
  identifier_type: z.string(),
  identifier: z.string(),
  attributes: attributes(),
});
export type OrganizationIdentifier = z.infer<typeof organizationIdentifierSchema>;
