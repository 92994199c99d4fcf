import { attributeSchema } from './attribute.js';
import { contactSchema } from './contact.js';
import { costOptionSchema } from './cost_option.js';
import { optDateTime, optEmail, optNumber, optText, optUri, optUuid, uuid, z } from './fields.js';
import { fundingSchema } from './funding.js';
import { languageSchema } from './language.js';
import { organizationSchema } from './organization.js';
import { scheduleSchema } from './schedule.js';
import { serviceAreaSchema } from './service_area.js';
import { serviceAtLocationSchema } from './service_at_location.js';

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

/**
 * ORUK 3.0 service.json: the record the editor writes. Exactly the official
 * required fields (id, name, status), enums, formats and nesting; extra
 * properties (vendor and HSDS extensions) are allowed and kept.
 * `assured_date` has no format in the official schema; `last_modified` is a date-time.
 */
export const serviceSchema = z.looseObject({
  id: uuid(),
  organization_id: optUuid(),
  name: z.string(),
  description: optText(),
  url: optUri(),
  email: optEmail(),
  status: z.enum(SERVICE_STATUSES),
  fees: optText(),
  accreditations: optText(),
  minimum_age: optNumber(),
  maximum_age: optNumber(),
  assured_date: optText(),
  assurer_email: optEmail(),
  alert: optText(),
  last_modified: optDateTime(),
  schedules: z.optional(z.array(scheduleSchema)),
  service_areas: z.optional(z.array(serviceAreaSchema)),
  service_at_locations: z.optional(z.array(serviceAtLocationSchema)),
  languages: z.optional(z.array(languageSchema)),
  organization: z.optional(organizationSchema),
  funding: z.optional(z.array(fundingSchema)),
  cost_options: z.optional(z.array(costOptionSchema)),
  contacts: z.optional(z.array(contactSchema)),
  attributes: z.optional(z.array(attributeSchema)),
});
export type Service = z.infer<typeof serviceSchema>;
