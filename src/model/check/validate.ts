/**
 * Checks a value against the ORUK 3.0 entity table (../schema/table.ts) and
 * lists what is wrong as zod-style issues, in the order zod/mini gives them for
 * the schemas built from the same table (test/node/model/validate.test.ts holds
 * the two to the same issues). The editor checks with this in the browser: a
 * short walk over a table instead of a schema library in the bundle.
 */
import type { IssueLike } from '../messages/from-issues.js';
import type { EntityName } from '../messages/keys.js';
import { isDateTime, isEmail, isUri, isUuid } from '../schema/formats.js';
import { ENTITY_TABLE, type EntitySpec, type FieldSpec } from '../schema/table.js';

type Path = PropertyKey[];

const FORMATS: Record<string, (value: string) => boolean> = { uuid: isUuid, email: isEmail, uri: isUri, 'date-time': isDateTime };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkField(field: FieldSpec, value: unknown, path: Path, issues: IssueLike[]): void {
  const type = (expected: string) => issues.push({ code: 'invalid_type', expected, path });
  if (typeof field === 'string') {
    if (field === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) type('number');
    } else if (typeof value !== 'string') type('string');
    else if (field !== 'string' && !FORMATS[field]!(value)) issues.push({ code: 'invalid_format', format: field, path });
  } else if ('enum' in field) {
    if (!field.enum.includes(value as string)) issues.push({ code: 'invalid_value', values: field.enum, path });
  } else if ('entity' in field) {
    checkEntity(field.entity, value, path, issues);
  } else if (!Array.isArray(value)) {
    type('array');
  } else {
    value.forEach((item, i) => checkEntity(field.array, item, [...path, i], issues));
  }
}

function checkEntity(name: EntityName, value: unknown, path: Path, issues: IssueLike[]): void {
  if (!isObject(value)) {
    issues.push({ code: 'invalid_type', expected: 'object', path });
    return;
  }
  const { fields, required } = ENTITY_TABLE[name] as EntitySpec;
  for (const [key, field] of Object.entries(fields)) {
    if (value[key] !== undefined || required.includes(key)) checkField(field, value[key], [...path, key], issues);
  }
}

/** Every way `value` breaks the schema of entity `name` (empty when it is valid). */
export function validateEntity(name: EntityName, value: unknown): IssueLike[] {
  const issues: IssueLike[] = [];
  checkEntity(name, value, [], issues);
  return issues;
}

/** Every way `value` breaks "an array of entity `name`". */
export function validateList(name: EntityName, value: unknown): IssueLike[] {
  const issues: IssueLike[] = [];
  checkField({ array: name }, value, [], issues);
  return issues;
}
