/**
 * Field labels for problem paths such as
 * `service_at_locations.0.location.addresses.0.postal_code`: the path is walked
 * from the service to find which entity holds the field, then the label is
 * looked up as `entity.field`, then as a bare `field`.
 */
import type { EntityName, MessageTable } from './keys.js';

/** Which entity a property of an entity holds (arrays and single objects alike). */
const CHILDREN: Partial<Record<EntityName, Record<string, EntityName>>> = {
  service: {
    organization: 'organization', schedules: 'schedule', service_areas: 'service_area',
    service_at_locations: 'service_at_location', languages: 'language', funding: 'funding',
    cost_options: 'cost_option', contacts: 'contact', attributes: 'attribute', phones: 'phone',
  },
  organization: { organization_identifiers: 'organization_identifier', attributes: 'attribute' },
  organization_identifier: { attributes: 'attribute' },
  service_at_location: { location: 'location' },
  location: { addresses: 'address', accessibility: 'accessibility', attributes: 'attribute', phones: 'phone' },
  address: { attributes: 'attribute' },
  accessibility: { attributes: 'attribute' },
  contact: { attributes: 'attribute', phones: 'phone' },
  phone: { languages: 'language' },
  attribute: { taxonomy_term: 'taxonomy_term' },
  taxonomy: { taxonomy_terms: 'taxonomy_term' },
};

/** The entity that holds the last field of a path, and that field. */
export function locateField(path: string): { entity: EntityName; field: string } {
  const keys = path.split('.').filter((part) => part !== '' && !/^\d+$/.test(part));
  let entity: EntityName = 'service';
  if (keys.length === 0) return { entity, field: '' };
  for (const key of keys.slice(0, -1)) {
    const child: EntityName | undefined = CHILDREN[entity]?.[key];
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
