/**
 * A service as a list item (GET /services): its single-value fields and its
 * nested organisation, as JSON text. Made once when the service is written and
 * stored beside it, so a list page is a join of stored strings.
 */
import { isObject, scalarFields, type JsonObject } from './json-shape.js';

export function serviceListItemJson(doc: JsonObject): string {
  const item = scalarFields(doc);
  if (isObject(doc.organization)) item.organization = doc.organization;
  return JSON.stringify(item);
}

/**
 * `minimal=true`: what a harvester needs to see what changed (`name` and `status` are required by the ORUK list
 * schema).
 */
export function serviceMinimalItemJson(s: { id: string; name: string; status: string; lastModified: string }): string {
  return JSON.stringify({ id: s.id, name: s.name, status: s.status, last_modified: s.lastModified });
}
