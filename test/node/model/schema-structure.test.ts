/**
 * Each zod/mini entity schema has exactly the official ORUK 3.0 shape: the same
 * property names, required fields, types, formats, enums and nesting as the
 * JSON Schema in spec/oruk-3.0/, and it keeps extra (vendor) properties.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as strict from '../../../src/model/strict.js';
import { loadOfficialSchemas, refEntity, type JsonSchemaProperty } from './support/official-schemas.js';

interface Def {
  type: string;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  shape?: Record<string, { _zod: { def: Def } }>;
  catchall?: { _zod: { def: Def } };
}
const def = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

interface Issue {
  code: string;
  format?: string;
  values?: unknown[];
}
const firstIssue = (schema: unknown, value: unknown): Issue | undefined =>
  (schema as { safeParse(v: unknown): { error?: { issues: Issue[] } } }).safeParse(value).error?.issues[0];

/**
 * The format a string schema checks, from what it reports for an empty string
 * (which no format accepts): `invalid_format` with the format's name, or nothing.
 */
function formatOf(schema: unknown): string | undefined {
  const issue = firstIssue(schema, '');
  assert.ok(!issue || issue.code === 'invalid_format', `unexpected issue ${JSON.stringify(issue)}`);
  return issue?.format;
}

/** The values a choice accepts, from what it reports for a value that is none of them (or a number, which none is). */
function choicesOf(schema: unknown): unknown[] | undefined {
  const issues = [firstIssue(schema, 'not one of them'), firstIssue(schema, 7)];
  return issues.every((issue) => issue?.code === 'invalid_value') ? issues[0]!.values : undefined;
}

const zodByEntity: Record<string, unknown> = {
  service: strict.serviceSchema,
  organization: strict.organizationSchema,
  location: strict.locationSchema,
  address: strict.addressSchema,
  phone: strict.phoneSchema,
  contact: strict.contactSchema,
  schedule: strict.scheduleSchema,
  service_area: strict.serviceAreaSchema,
  service_at_location: strict.serviceAtLocationSchema,
  cost_option: strict.costOptionSchema,
  funding: strict.fundingSchema,
  language: strict.languageSchema,
  accessibility: strict.accessibilitySchema,
  attribute: strict.attributeSchema,
  taxonomy_term: strict.taxonomyTermSchema,
  taxonomy: strict.taxonomySchema,
  organization_identifier: strict.organizationIdentifierSchema,
};
const official = loadOfficialSchemas();

/** Compares one property; returns the problems found, as readable strings. */
function compare(
  entity: string,
  key: string,
  property: JsonSchemaProperty,
  schema: unknown,
  required: boolean,
): string[] {
  const where = `${entity}.${key}`;
  let zod = def(schema);
  if (!required) {
    if (zod.type !== 'optional') return [`${where} should be optional`];
    schema = zod.innerType;
    zod = def(schema);
  } else if (zod.type === 'optional') {
    return [`${where} should be required`];
  }
  const child = refEntity(property);
  if (property.type === 'array') {
    if (zod.type !== 'array') return [`${where} should be an array, is ${zod.type}`];
    return def(zod.element) === def(zodByEntity[child!]) ? [] : [`${where} items should be the ${child} schema`];
  }
  if (child) return zod === def(zodByEntity[child]) ? [] : [`${where} should be the ${child} schema`];
  if (property.enum) {
    const values = choicesOf(schema);
    return JSON.stringify(values) === JSON.stringify(property.enum)
      ? []
      : [`${where} enum differs: ${JSON.stringify(values)}`];
  }
  if (zod.type !== property.type) return [`${where} should be ${property.type}, is ${zod.type}`];
  const format = zod.type === 'string' ? formatOf(schema) : undefined;
  return format === property.format ? [] : [`${where} format should be ${property.format}, is ${format}`];
}

test('every entity schema has exactly the official properties, required fields, types, formats, enums and nesting', () => {
  const problems: string[] = [];
  for (const [entity, zodSchema] of Object.entries(zodByEntity)) {
    const json = official.get(entity)!;
    const shape = def(zodSchema).shape!;
    assert.deepEqual(Object.keys(shape).sort(), Object.keys(json.properties).sort(), `${entity} property names`);
    for (const [key, property] of Object.entries(json.properties)) {
      problems.push(...compare(entity, key, property, shape[key], (json.required ?? []).includes(key)));
    }
    assert.equal(def(zodSchema).catchall?._zod.def.type, 'unknown', `${entity} must allow extra properties`);
  }
  assert.deepEqual(problems, []);
});

test('vendor extension fields survive strict parsing unchanged', () => {
  const record = {
    id: 'ac148810-d857-441c-9679-408f346de14b',
    name: 'Lunch club',
    status: 'active',
    x_vendor: { keep: [1, 2] },
    phones: [{ id: '1554f2e2-a373-45db-a3fa-9fc48a61c15e', number: '01632 960 001' }],
  };
  const parsed = strict.serviceSchema.parse(record);
  assert.deepEqual(parsed, record);
});
