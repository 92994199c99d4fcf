/**
 * The official ORUK 3.0 entities as data: for each, its properties (with the
 * type, format, enum or nested entity of the official JSON Schema) and the ones
 * it requires. Extra properties are always allowed, as in the official schema.
 *
 * `entities.ts` builds the zod/mini schemas from it, one per entity: the
 * schemas the editor checks a record against before it writes, proven against
 * Ajv on the official schema by the agreement test.
 *
 * Only `uuid`, `email`, `uri` and `date-time` have a format in the official
 * schema: dates such as `assured_date` and `valid_from`, and times such as
 * `opens_at`, are plain strings here (the editor rules check them).
 */
import type { EntityName } from '../messages/keys.js';

/** A property: a plain JSON type, a string format, one of some values, or a nested entity (one, or an array). */
export type FieldSpec =
  | 'string'
  | 'number'
  | 'uuid'
  | 'email'
  | 'uri'
  | 'date-time'
  | { readonly enum: readonly string[] }
  | { readonly entity: EntityName }
  | { readonly array: EntityName };

export interface EntitySpec {
  readonly required: readonly string[];
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;
export const ADDRESS_TYPES = LOCATION_TYPES;

const ATTRIBUTES = { array: 'attribute' } as const;

export const ENTITY_TABLE = {
  service: {
    required: ['id', 'name', 'status'],
    fields: {
      id: 'uuid',
      organization_id: 'uuid',
      name: 'string',
      description: 'string',
      url: 'uri',
      email: 'email',
      status: { enum: SERVICE_STATUSES },
      fees: 'string',
      accreditations: 'string',
      minimum_age: 'number',
      maximum_age: 'number',
      assured_date: 'string',
      assurer_email: 'email',
      alert: 'string',
      last_modified: 'date-time',
      schedules: { array: 'schedule' },
      service_areas: { array: 'service_area' },
      service_at_locations: { array: 'service_at_location' },
      languages: { array: 'language' },
      organization: { entity: 'organization' },
      funding: { array: 'funding' },
      cost_options: { array: 'cost_option' },
      contacts: { array: 'contact' },
      attributes: ATTRIBUTES,
    },
  },
  organization: {
    required: ['id', 'name', 'description'],
    fields: {
      id: 'uuid',
      name: 'string',
      description: 'string',
      email: 'email',
      website: 'uri',
      logo: 'string',
      uri: 'uri',
      parent_organization_id: 'uuid',
      organization_identifiers: { array: 'organization_identifier' },
      attributes: ATTRIBUTES,
    },
  },
  organization_identifier: {
    required: ['id', 'identifier_type', 'identifier'],
    fields: { id: 'uuid', organization_id: 'uuid', identifier_scheme: 'string', identifier_type: 'string', identifier: 'string', attributes: ATTRIBUTES },
  },
  service_at_location: {
    required: ['id'],
    fields: { id: 'uuid', service_id: 'uuid', location_id: 'uuid', location: { entity: 'location' } },
  },
  location: {
    required: ['id', 'location_type'],
    fields: {
      id: 'uuid',
      location_type: { enum: LOCATION_TYPES },
      name: 'string',
      description: 'string',
      latitude: 'number',
      longitude: 'number',
      external_identifier: 'string',
      external_identifier_type: 'string',
      addresses: { array: 'address' },
      accessibility: { array: 'accessibility' },
      attributes: ATTRIBUTES,
    },
  },
  address: {
    required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    fields: {
      id: 'uuid',
      location_id: 'uuid',
      attention: 'string',
      address_1: 'string',
      city: 'string',
      region: 'string',
      state_province: 'string',
      postal_code: 'string',
      country: 'string',
      address_type: { enum: ADDRESS_TYPES },
      attributes: ATTRIBUTES,
    },
  },
  accessibility: {
    required: ['id'],
    fields: { id: 'uuid', location_id: 'uuid', description: 'string', details: 'string', url: 'uri', attributes: ATTRIBUTES, accessibility: 'string' },
  },
  phone: {
    required: ['id', 'number'],
    fields: { id: 'uuid', contact_id: 'uuid', number: 'string', description: 'string', languages: { array: 'language' } },
  },
  contact: {
    required: ['id'],
    fields: { id: 'uuid', service_id: 'uuid', name: 'string', title: 'string', attributes: ATTRIBUTES },
  },
  schedule: {
    required: ['id'],
    fields: {
      id: 'uuid',
      service_id: 'uuid',
      service_at_location_id: 'uuid',
      valid_from: 'string',
      valid_to: 'string',
      dtstart: 'string',
      freq: { enum: ['WEEKLY', 'MONTHLY'] },
      interval: 'number',
      byday: 'string',
      bymonthday: 'string',
      description: 'string',
      opens_at: 'string',
      closes_at: 'string',
      schedule_link: 'uri',
      attending_type: 'string',
      notes: 'string',
    },
  },
  service_area: {
    required: ['id'],
    fields: { id: 'uuid', service_id: 'uuid', name: 'string', extent: 'string', extent_type: 'string', uri: 'string', service_area: 'string' },
  },
  cost_option: {
    required: ['id'],
    fields: { id: 'uuid', service_id: 'uuid', valid_from: 'string', valid_to: 'string', option: 'string', amount: 'number', amount_description: 'string' },
  },
  funding: {
    required: ['id'],
    fields: { id: 'uuid', service_id: 'uuid', source: 'string' },
  },
  language: {
    required: ['id'],
    fields: { id: 'uuid', service_id: 'uuid', phone_id: 'uuid' },
  },
  attribute: {
    required: ['id'],
    fields: { id: 'uuid', link_id: 'uuid', taxonomy_term_id: 'uuid', link_type: 'string', taxonomy_term: { entity: 'taxonomy_term' } },
  },
  taxonomy_term: {
    required: ['id', 'name', 'description'],
    fields: {
      id: 'uuid',
      name: 'string',
      description: 'string',
      parent_id: 'uuid',
      taxonomy: 'string',
      taxonomy_id: 'uuid',
      term_uri: 'uri',
      term: 'string',
    },
  },
  taxonomy: {
    required: ['id', 'name', 'description'],
    fields: { id: 'uuid', name: 'string', description: 'string', uri: 'uri', version: 'string', taxonomy_terms: { array: 'taxonomy_term' } },
  },
} as const satisfies Record<EntityName, EntitySpec>;

export type EntityTable = typeof ENTITY_TABLE;

/** What a value of each plain type or format is. */
interface ScalarTypes {
  string: string;
  number: number;
  uuid: string;
  email: string;
  uri: string;
  'date-time': string;
}

type ValueOf<F> = F extends keyof ScalarTypes
  ? ScalarTypes[F]
  : F extends { readonly enum: readonly (infer V)[] }
    ? V
    : F extends { readonly entity: infer E extends EntityName }
      ? Entity<E>
      : F extends { readonly array: infer E extends EntityName }
        ? Entity<E>[]
        : never;

type Fields<E extends EntityName> = EntityTable[E]['fields'];
type RequiredKey<E extends EntityName> = EntityTable[E]['required'][number];

/** The TypeScript type of a valid entity: its required and optional properties, and any extra ones. */
export type Entity<E extends EntityName> = {
  -readonly [K in keyof Fields<E> as K extends RequiredKey<E> ? K : never]: ValueOf<Fields<E>[K]>;
} & {
  -readonly [K in keyof Fields<E> as K extends RequiredKey<E> ? never : K]?: ValueOf<Fields<E>[K]>;
} & { [extra: string]: unknown };
