/**
 * The zod/mini schema of each ORUK 3.0 entity, built from the table in
 * ./table.ts: exactly the official required fields, enums, formats and
 * nesting, with extra properties (vendor and HSDS extensions) allowed and kept.
 * Each entity is built once, so nested uses share one schema object.
 */
import * as z from 'zod/mini';
import type { EntityName } from '../messages/keys.js';
import { isDateTime, isEmail, isUri, isUuid } from './formats.js';
import { ENTITY_TABLE, type Entity, type FieldSpec } from './table.js';

// A strict Content-Security-Policy forbids the `new Function` of zod's fast path.
z.config({ jitless: true });

const FORMATS = { uuid: isUuid, email: isEmail, uri: isUri, 'date-time': isDateTime };

/** A zod/mini schema whose valid values are `T`. */
export type EntitySchema<T> = z.ZodMiniType<T>;

const built = new Map<EntityName, z.ZodMiniType>();

function fieldSchema(field: FieldSpec): z.ZodMiniType {
  if (field === 'string') return z.string();
  if (field === 'number') return z.number();
  if (typeof field === 'string') return z.stringFormat(field, FORMATS[field]);
  if ('enum' in field) return z.enum(field.enum as [string, ...string[]]);
  if ('array' in field) return z.array(entitySchema(field.array));
  return entitySchema(field.entity);
}

/** The schema of one entity (the same object every time). */
export function entitySchema<E extends EntityName>(name: E): EntitySchema<Entity<E>> {
  let schema = built.get(name);
  if (!schema) {
    const { fields, required } = ENTITY_TABLE[name] as { fields: Record<string, FieldSpec>; required: readonly string[] };
    const shape: Record<string, z.ZodMiniType> = {};
    for (const [key, field] of Object.entries(fields)) shape[key] = required.includes(key) ? fieldSchema(field) : z.optional(fieldSchema(field));
    schema = z.looseObject(shape);
    built.set(name, schema);
  }
  return schema as EntitySchema<Entity<E>>;
}

export const serviceSchema = entitySchema('service');
export const organizationSchema = entitySchema('organization');
export const organizationIdentifierSchema = entitySchema('organization_identifier');
export const serviceAtLocationSchema = entitySchema('service_at_location');
export const locationSchema = entitySchema('location');
export const addressSchema = entitySchema('address');
export const accessibilitySchema = entitySchema('accessibility');
export const phoneSchema = entitySchema('phone');
/** The HSDS `phones[]` extension on services, contacts and locations (checked by the editor rules). */
export const phoneListSchema = z.array(phoneSchema);
export const contactSchema = entitySchema('contact');
export const scheduleSchema = entitySchema('schedule');
export const serviceAreaSchema = entitySchema('service_area');
export const costOptionSchema = entitySchema('cost_option');
export const fundingSchema = entitySchema('funding');
export const languageSchema = entitySchema('language');
export const attributeSchema = entitySchema('attribute');
export const taxonomyTermSchema = entitySchema('taxonomy_term');
export const taxonomySchema = entitySchema('taxonomy');

export type Service = Entity<'service'>;
export type Organization = Entity<'organization'>;
export type OrganizationIdentifier = Entity<'organization_identifier'>;
export type ServiceAtLocation = Entity<'service_at_location'>;
export type Location = Entity<'location'>;
export type Address = Entity<'address'>;
export type Accessibility = Entity<'accessibility'>;
export type Phone = Entity<'phone'>;
export type Contact = Entity<'contact'>;
export type Schedule = Entity<'schedule'>;
export type ServiceArea = Entity<'service_area'>;
export type CostOption = Entity<'cost_option'>;
export type Funding = Entity<'funding'>;
export type Language = Entity<'language'>;
export type Attribute = Entity<'attribute'>;
export type TaxonomyTerm = Entity<'taxonomy_term'>;
export type Taxonomy = Entity<'taxonomy'>;
