import { attributes } from './attribute.js';
import { optEmail, optText, optUri, optUuid, uuid, z } from './fields.js';
import { organizationIdentifierSchema } from './organization_identifier.js';

/** ORUK 3.0 organization.json. Note `logo` has no format in the official schema. */
export const organizationSchema = z.looseObject({
  id: uuid(),
  name: z.string(),
  description: z.string(),
  email: optEmail(),
  website: optUri(),
  logo: optText(),
  uri: optUri(),
  parent_organization_id: optUuid(),
  organization_identifiers: z.optional(z.array(organizationIdentifierSchema)),
  attributes: attributes(),
});
export type Organization = z.infer<typeof organizationSchema>;
