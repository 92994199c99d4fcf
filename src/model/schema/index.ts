/** The strict ORUK 3.0 schemas, one per entity a service record nests. */
export { isDate, isDateTime, isEmail, isTime, isUri, isUuid } from './formats.js';
export { accessibilitySchema, type Accessibility } from './accessibility.js';
export { addressSchema, ADDRESS_TYPES, type Address } from './address.js';
export { attributeSchema, type Attribute } from './attribute.js';
export { contactSchema, type Contact } from './contact.js';
export { costOptionSchema, type CostOption } from './cost_option.js';
export { fundingSchema, type Funding } from './funding.js';
export { languageSchema, type Language } from './language.js';
export { locationSchema, LOCATION_TYPES, type Location } from './location.js';
export { organizationSchema, type Organization } from './organization.js';
export { organizationIdentifierSchema, type OrganizationIdentifier } from './organization_identifier.js';
export { phoneSchema, type Phone } from './phone.js';
export { scheduleSchema, type Schedule } from './schedule.js';
export { serviceSchema, SERVICE_STATUSES, type Service } from './service.js';
export { serviceAreaSchema, type ServiceArea } from './service_area.js';
export { serviceAtLocationSchema, type ServiceAtLocation } from './service_at_location.js';
export { taxonomySchema, type Taxonomy } from './taxonomy.js';
export { taxonomyTermSchema, type TaxonomyTerm } from './taxonomy_term.js';
