/**
 * Field labels for problem paths such as
 * `service_at_locations.0.location.addresses.0.postal_code`: the path is walked
 * from the service to find which entity holds the field, then the label is
 * looked up as `entity.field`, then as a bare `field`; a link to another
 * entity (`location_id`) is named like that entity's own `id` ("Location ID").
 */
import { ENTITY_TABLE, nestedEntity, properties, type EntityName } from '../schema/table.js';
import type { MessageTable } from './keys.js';

/** The HSDS 3.0 `phones[]` extension (see docs/data-model.md), which ORUK 3.0 itself does not nest. */
const PHONES: readonly string[] = ['service', 'location', 'contact'];

/** Which entity a property of an entity holds (arrays and single objects alike), from the schema table. */
function childEntity(entity: EntityName, key: string): EntityName | undefined {
  if (key === 'phones' && PHONES.includes(entity)) return 'phone';
  return nestedEntity(properties(entity).find((property) => property.name === key)?.kind ?? '');
}

/** The entity that holds the last field of a path, and that field. */
export function locateField(path: string): { entity: EntityName; field: string } {
  const keys = path.split('.').filter((part) => part !== '' && !/^\d+$/.test(part));
  const field = keys.pop() ?? '';
  let entity: EntityName = 'service';
  for (const key of keys) {
    const child = childEntity(entity, key);
    if (!child) break; // an unknown (vendor) branch
    entity = child;
  }
  return { entity, field };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Service name" from the given table, or `undefined` when it has no label for the path. */
export function labelFrom(table: MessageTable, path: string): string | undefined {
  let { entity, field } = locateField(path);
  // Own keys only: a path ending in `constructor` or `toString` has no label, not Object's.
  const own = (key: string) => (Object.hasOwn(table.fields, key) ? table.fields[key] : undefined);
  let template = own(`${entity}.${field}`) ?? own(field);
  const linked = field.slice(0, -3);
  if (template === undefined && field.endsWith('_id') && Object.hasOwn(ENTITY_TABLE, linked)) {
    template = table.fields.id;
    entity = linked as EntityName;
  }
  return template && capitalise(template.replace('{entity}', table.entities[entity]));
}

/** A last-resort label from the field's own name: `external_ref` → "External ref". */
export function labelFromName(path: string): string {
  return capitalise(locateField(path).field.replace(/_/g, ' ')) || 'Service record';
}

/** The label as used inside a sentence: "service name", but "URL" and "ID y gwasanaeth" keep their capitals. */
export function inSentence(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
