/**
 * Field labels for problem paths such as
 * `service_at_locations.0.location.addresses.0.postal_code`: the path is walked
 * from the service to find which entity holds the field, then the label is
 * looked up as `entity.field`, then as a bare `field`.
 */
import { ENTITY_TABLE, type FieldSpec } from '../schema/table.js';
import type { EntityName, MessageTable } from './keys.js';

/** The HSDS 3.0 `phones[]` extension (see docs/data-model.md), which ORUK 3.0 itself does not nest. */
const PHONES = new Set<EntityName>(['service', 'location', 'contact']);

/** Which entity a property of an entity holds (arrays and single objects alike), from the schema table. */
function childEntity(entity: EntityName, key: string): EntityName | undefined {
  if (key === 'phones' && PHONES.has(entity)) return 'phone';
  const fields: Record<string, FieldSpec> = ENTITY_TABLE[entity].fields;
  const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
  return typeof field === 'object' && !('enum' in field) ? ('array' in field ? field.array : field.entity) : undefined;
}

/** The entity that holds the last field of a path, and that field. */
export function locateField(path: string): { entity: EntityName; field: string } {
  const keys = path.split('.').filter((part) => part !== '' && !/^\d+$/.test(part));
  let entity: EntityName = 'service';
  if (keys.length === 0) return { entity, field: '' };
  for (const key of keys.slice(0, -1)) {
    const child = childEntity(entity, key);
    if (!child) return { entity, field: keys[keys.length - 1]! }; // an unknown (vendor) branch
    entity = child;
  }
  return { entity, field: keys[keys.length - 1]! };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Service name" from the given table, or `undefined` when it has no label for the path. */
export function labelFrom(table: MessageTable, path: string): string | undefined {
  const { entity, field } = locateField(path);
  const template = table.fields[`${entity}.${field}`] ?? table.fields[field];
  if (template === undefined) return undefined;
  return capitalise(template.replace('{entity}', table.entities[entity]));
}

/** A last-resort label from the field's own name: `external_ref` → "External ref". */
export function labelFromName(path: string): string {
  const { field } = locateField(path);
  return capitalise(field.replace(/_/g, ' ')) || 'Service record';
}

/** The label as used inside a sentence: "service name", but "URL" and "ID y gwasanaeth" keep their capitals. */
export function inSentence(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
