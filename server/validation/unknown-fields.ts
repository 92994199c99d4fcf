/**
 * Writing strictly: the official ORUK 3.0 schemas allow properties they do not
 * define, but the catalogue stores only the fields ORUK defines plus the HSDS
 * 3.0 extension fields listed in docs/data-model.md ("Extension fields we read
 * and write"), the other fields of HSDS 3.0 itself, and vendor extensions
 * named with an `x_` or `x-` prefix (kept as sent). This walks a record beside
 * its schema (following `$ref`s and array `items`) and names every other
 * property, so a misspelt or invented field is refused (422) instead of being
 * stored and served to every reader.
 */
import { readFileSync } from 'node:fs';
import { SCHEMA_BASE, type OrukSchemaName } from './oruk-schemas.js';
import { fieldProblem, type FieldProblem } from './problems.js';

interface SchemaNode {
  /** One of our extension fields: Ajv does not know it, so its JSON type is checked here. */
  extension?: boolean;
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  /** The schema file's own `name` (e.g. "service"), used to find its HSDS 3.0 fields. */
  name?: string;
}

const PHONES: SchemaNode = { extension: true, type: 'array', items: { $ref: 'phone.json' } };
const TEXT: SchemaNode = { extension: true, type: 'string' };

/** The HSDS 3.0 fields we accept where ORUK 3.0 has none (docs/data-model.md), by schema file. */
const EXTENSIONS: Record<string, Record<string, SchemaNode>> = {
  'service.json': { phones: PHONES },
  'contact.json': { email: TEXT, phones: PHONES },
  'location.json': { phones: PHONES },
  // HSDS 3.0 phones link to what they belong to; the editor sets service_id on a service's own phone.
  'phone.json': {
    extension: TEXT,
    service_id: TEXT,
    location_id: TEXT,
    organization_id: TEXT,
    service_at_location_id: TEXT,
  },
  'language.json': { name: TEXT, code: TEXT, note: TEXT },
  'cost_option.json': { currency: TEXT },
};

/**
 * Fields of the parent standard, HSDS 3.0, that the ORUK profile leaves out
 * (alternate_name, program, metadata…): valid HSDS, so a record carrying them
 * round-trips unchanged. Their content is not checked further here.
 */
const HSDS_FIELDS = (
  JSON.parse(readFileSync(new URL('./hsds-3.0-fields.json', import.meta.url), 'utf8')) as {
    fields: Record<string, string[]>;
  }
).fields;

/** What to do about a `field.unknown` problem, for the people who send the catalogue JSON (a 422's detail, the CLI). */
export const UNKNOWN_FIELD_HELP =
  'Check the spelling of each field the catalogue does not know, or remove it: ' +
  'only ORUK 3.0 and HSDS 3.0 fields, and your own fields named starting x_, can be saved.';

/** A vendor's own field: `x_` or `x-` then a name. */
const VENDOR_EXTENSION = /^x[_-][A-Za-z0-9]/;

const SPEC_DIR = new URL('../../spec/oruk-3.0/', import.meta.url);
const files = new Map<string, SchemaNode>();

function schemaFile(name: string): SchemaNode {
  let schema = files.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(new URL(name, SPEC_DIR), 'utf8')) as SchemaNode;
    schema.properties = { ...schema.properties, ...EXTENSIONS[name] };
    files.set(name, schema);
  }
  return schema;
}

function resolve(node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; current.$ref && hops < 10; hops++) {
    const ref = current.$ref;
    const file = ref.startsWith(SCHEMA_BASE) ? ref.slice(SCHEMA_BASE.length) : ref;
    current = schemaFile(file.split('#')[0]!);
  }
  return current;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}

function walk(value: unknown, node: SchemaNode, path: string, out: FieldProblem[], skip: ReadonlySet<string>): void {
  if (node.extension && typeof node.type === 'string' && jsonType(value) !== node.type) {
    out.push(fieldProblem(path, node.type === 'array' ? 'type.array' : 'type.string'));
    return;
  }
  const schema = resolve(node);
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item, i) => walk(item, schema.items!, `${path}${path ? '.' : ''}${i}`, out, skip));
    return;
  }
  if (typeof value !== 'object' || value === null || !schema.properties) return;
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (path === '' && skip.has(key)) continue;
    const property = schema.properties[key];
    if (!property && (VENDOR_EXTENSION.test(key) || HSDS_FIELDS[`${schema.name ?? ''}.json`]?.includes(key))) continue;
    if (!property) {
      out.push(fieldProblem(at, 'field.unknown', { name: key }));
      continue;
    }
    walk(child, property, at, out, skip);
  }
}

/**
 * Every property of `value` that the ORUK 3.0 schema `name` does not define,
 * as `field.unknown` problems (top-level keys in `skip` are not checked).
 */
export function unknownFields(
  name: OrukSchemaName,
  value: unknown,
  skip: ReadonlySet<string> = new Set(),
): FieldProblem[] {
  const out: FieldProblem[] = [];
  walk(value, schemaFile(`${name}.json`), '', out, skip);
  return out;
}
