/**
 * The official ORUK 3.0 JSON Schemas (spec/oruk-3.0/), compiled with Ajv the
 * way the ORUK validator reads them: draft 2020-12, formats checked
 * (uuid, uri, email, date-time), unknown annotation keywords ignored, extra
 * properties allowed (as the schemas allow them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export const SCHEMA_BASE = 'https://openreferraluk.org/specifications/3.0/schema/';
const SPEC_DIR = new URL('../../spec/oruk-3.0/', import.meta.url);

export type OrukSchemaName =
  | 'api_details'
  | 'service'
  | 'service_list'
  | 'organization'
  | 'organization_list'
  | 'taxonomy'
  | 'taxonomy_list'
  | 'taxonomy_term'
  | 'taxonomy_term_list'
  | 'service_at_location'
  | 'service_at_location_list';

// ajv-formats is CommonJS; under Node's ESM loader its default export is the function itself.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

let ajv: Ajv2020 | undefined;
const compiled = new Map<OrukSchemaName, ValidateFunction>();

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // verbose: each error carries its schema, so a missing field with a list of values reads "Select the status".
  ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, verbose: true });
  addFormats(ajv);
  for (const file of readdirSync(SPEC_DIR)) {
    if (!file.endsWith('.json') || file === 'open_api.json') continue;
    const schema = JSON.parse(readFileSync(new URL(file, SPEC_DIR), 'utf8')) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: SCHEMA_BASE + file });
  }
  return ajv;
}

export function orukValidator(name: OrukSchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    fn = instance().getSchema(`${SCHEMA_BASE}${name}.json`);
    if (!fn) throw new Error(`ORUK schema ${name}.json is missing from spec/oruk-3.0`);
    compiled.set(name, fn);
  }
  return fn;
}

export function validateAgainst(name: OrukSchemaName, value: unknown): ErrorObject[] {
  const fn = orukValidator(name);
  return fn(value) ? [] : [...(fn.errors ?? [])];
}
