/**
 * Field labels for problem paths such as
 * `service_at_locations.0.location.addresses.0.postal_code`: the path is walked
 * from the service to find which entity holds the field, then its label is the
 * registry's (src/model/fields/), in the language's generated words.
 */
import type { FieldWords } from '../fields/words.js';
import { nestedEntity, properties, type EntityName } from '../schema/table.js';

/** The HSDS 3.0 `phones[]` extension (see docs/data-model.md), which ORUK 3.0 itself does not nest. */
const PHONES: readonly string[] = ['service', 'location', 'contact'];

/** Which entity a property of an entity holds (arrays and single objects alike), from the schema table. */
export function childEntity(entity: EntityName, key: string): EntityName | undefined {
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

/** The registry key of the field a path ends in: `schedules.0.opens_at` → `schedule.opens_at`. */
export function fieldKey(path: string): string {
  const { entity, field } = locateField(path);
  return `${entity}.${field}`;
}

/** Own keys only: a path ending in `constructor` or `toString` has no label, not Object's. */
const own = (table: Readonly<Record<string, string>>, key: string) =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** A field's label and its form inside a sentence, or `undefined` when the registry has no such field. */
export function labelFrom(words: FieldWords, path: string): { label: string; inSentence: string } | undefined {
  const key = fieldKey(path);
  const label = own(words.labels, key);
  return label === undefined ? undefined : { label, inSentence: own(words.inSentence, key) ?? label.toLowerCase() };
}

/**
 * The label of an id, or of a link to another entity's id (`location_id`), which the registry does not
 * list: `template` ("{Noun} ID", "ID {Noun}") filled with the entity's noun ("Location ID", "ID y lleoliad").
 */
export function idLabel(
  words: FieldWords,
  template: string,
  path: string,
): { label: string; inSentence: string } | undefined {
  const { entity, field } = locateField(path);
  const owner = field === 'id' ? entity : field.endsWith('_id') ? field.slice(0, -3) : '';
  const noun = own(words.nouns, owner);
  if (noun === undefined) return undefined;
  const inSentence = template.replace('{Noun}', noun);
  return { label: inSentence.charAt(0).toUpperCase() + inSentence.slice(1), inSentence };
}

/** A last-resort label from the field's own name: `external_ref` → "External ref". */
export function labelFromName(path: string): string {
  const name = locateField(path).field.replace(/_/g, ' ');
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : '';
}
