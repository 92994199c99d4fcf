/**
 * The zod/mini schema of each ORUK 3.0 entity, built from the table in
 * ./table.ts: exactly the official required fields, enums, formats and
 * nesting, with extra properties (vendor and HSDS extensions) allowed and kept.
 * Each entity is built once, so nested uses share one schema object.
 */
import * as z from 'zod/mini';
import { isDateTime, isEmail, isUri, isUuid } from './formats.js';
import { nestedEntity, properties, type Entity, type EntityName } from './table.js';

// A strict Content-Security-Policy forbids the `new Function` of zod's fast path.
z.config({ jitless: true });

const FORMATS: Record<string, [format: string, test: (value: string) => boolean]> = {
  u: ['uuid', isUuid],
  e: ['email', isEmail],
  w: ['uri', isUri],
  t: ['date-time', isDateTime],
};

/** A zod/mini schema whose valid values are `T`. */
export type EntitySchema<T> = z.ZodMiniType<T>;

const built = new Map<EntityName, z.ZodMiniType>();

/**
 * A property's schema. A format is a string schema with one check that reports
 * zod's own `invalid_format` issue, and a choice a check that reports zod's
 * `invalid_value` issue for anything else: the issues `z.stringFormat` and
 * `z.enum` report, with less of zod in the browser bundle.
 */
function propertySchema(kind: string): z.ZodMiniType {
  const nested = nestedEntity(kind);
  if (nested) return kind[0] === '[' ? z.array(entitySchema(nested)) : entitySchema(nested);
  if (kind === 'n') return z.number();
  if (kind.includes('|')) {
    const values = kind.split('|');
    return z.unknown().check((ctx) => {
      if (!values.includes(ctx.value as string)) ctx.issues.push({ code: 'invalid_value', values, input: ctx.value });
    });
  }
  const format = FORMATS[kind];
  if (!format) return z.string();
  const [name, test] = format;
  return z.string().check((ctx) => {
    if (!test(ctx.value)) ctx.issues.push({ code: 'invalid_format', format: name, input: ctx.value });
  });
}

/** The schema of one entity (the same object every time). */
export function entitySchema<E extends EntityName>(entity: E): EntitySchema<Entity<E>> {
  let schema = built.get(entity);
  if (!schema) {
    const shape: Record<string, z.ZodMiniType> = {};
    for (const { name, required, kind } of properties(entity)) {
      const property = propertySchema(kind);
      shape[name] = required ? property : z.optional(property);
    }
    built.set(entity, (schema = z.looseObject(shape)));
  }
  return schema as EntitySchema<Entity<E>>;
}

export const serviceSchema = /* @__PURE__ */ entitySchema('service');
export const organizationSchema = /* @__PURE__ */ entitySchema('organization');
export const organizationIdentifierSchema = /* @__PURE__ */ entitySchema('organization_identifier');
export const serviceAtLocationSchema = /* @__PURE__ */ entitySchema('service_at_location');
export const locationSchema = /* @__PURE__ */ entitySchema('location');
export const addressSchema = /* @__PURE__ */ entitySchema('address');
export const accessibilitySchema = /* @__PURE__ */ entitySchema('accessibility');
export const phoneSchema = /* @__PURE__ */ entitySchema('phone');
/** The HSDS `phones[]` extension on services, contacts and locations (checked by the editor rules). */
export const phoneListSchema = /* @__PURE__ */ z.array(phoneSchema);
export const contactSchema = /* @__PURE__ */ entitySchema('contact');
export const scheduleSchema = /* @__PURE__ */ entitySchema('schedule');
export const serviceAreaSchema = /* @__PURE__ */ entitySchema('service_area');
export const costOptionSchema = /* @__PURE__ */ entitySchema('cost_option');
export const fundingSchema = /* @__PURE__ */ entitySchema('funding');
export const languageSchema = /* @__PURE__ */ entitySchema('language');
export const attributeSchema = /* @__PURE__ */ entitySchema('attribute');
export const taxonomyTermSchema = /* @__PURE__ */ entitySchema('taxonomy_term');
export const taxonomySchema = /* @__PURE__ */ entitySchema('taxonomy');

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
