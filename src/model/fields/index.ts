/**
 * The field registry: each ORUK 3.0 entity the project reads or edits, keyed
 * by its official name, in the official schema's order. Every field is
 * described once, in the entity's own file; everything else (the strict model,
 * the reader's aliases, the form, labels and messages, the detail view, the
 * server's checks and the seed's types) is derived from it, mostly through the
 * generated modules in ./generated/ (`npm run fields`).
 */
import { costOption, funding } from './cost.js';
import { contact, phone } from './contact.js';
import { language, serviceArea } from './language.js';
import { accessibility, address, location, serviceAtLocation } from './location.js';
import { organization, organizationIdentifier } from './organization.js';
import { schedule } from './schedule.js';
import { service } from './service.js';
import { attribute, taxonomy, taxonomyTerm } from './taxonomy.js';

export const REGISTRY = {
  service,
  organization,
  organization_identifier: organizationIdentifier,
  service_at_location: serviceAtLocation,
  location,
  address,
  accessibility,
  phone,
  contact,
  schedule,
  service_area: serviceArea,
  cost_option: costOption,
  funding,
  language,
  attribute,
  taxonomy_term: taxonomyTerm,
  taxonomy,
} as const;

export type Registry = typeof REGISTRY;
export type { EntitySpec, FieldSpec, FieldType, Label, Words, Control, DetailPlace, FormSection } from './types.js';
