/**
 * The official ORUK 3.0 JSON Schemas from spec/oruk-3.0/, and an Ajv (draft
 * 2020-12) validator for service.json with every schema registered under the
 * URL its absolute $refs use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const SCHEMA_BASE = 'https://openreferraluk.org/specifications/3.0/schema/';
const dir = new URL('../../../../spec/oruk-3.0/', import.meta.url);

export interface JsonSchemaProperty {
  type?: string;
  format?: string;
  enum?: string[];
  $ref?: string;
  items?: { $ref?: string };
}
export interface EntitySchema {
  properties: Record<string, JsonSchemaProperty>;
  required?: string[];
}

/** Every schema file by file name (without `.json`), except the OpenAPI document. */
export function loadOfficialSchemas(): Map<string, EntitySchema & Record<string, unknown>> {
  const schemas = new Map<string, EntitySchema & Record<string, unknown>>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.json') || file === 'open_api.json') continue;
    schemas.set(file.slice(0, -5), JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  }
  return schemas;
}

/** The entity a property's `$ref` (or its array items' `$ref`) points at, if any. */
export function refEntity(property: JsonSchemaProperty): string | undefined {
  const ref = property.$ref ?? property.items?.$ref;
  return ref ? ref.slice(ref.lastIndexOf('/') + 1, -'.json'.length) : undefined;
}

export function officialServiceValidator() {
  // strict: false because the official schemas carry non-standard keywords
  // (name, path, example, core, constraints, datapackage_metadata, ...).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const [name, schema] of loadOfficialSchemas()) ajv.addSchema(schema, `${SCHEMA_BASE}${name}.json`);
  const validate = ajv.getSchema(`${SCHEMA_BASE}service.json`);
  if (!validate) throw new Error('service.json did not compile');
  return validate;
}
