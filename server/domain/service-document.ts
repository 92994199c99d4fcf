/**
 * The fields the server owns in a stored service: `last_modified` (set on
 * every write) and the nested `organization` (always the catalogue's own
 * record of the organisation named by `organization_id`, so a service edit can
 * never change an organisation). Everything else is kept as sent.
 */
import type { JsonObject } from './json-shape.js';

export type ServiceDocument = JsonObject & { id: string; name: string; status: string; last_modified: string };

export function withServerFields(
  input: JsonObject,
  organization: JsonObject | undefined,
  lastModified: string,
): ServiceDocument {
  const out: JsonObject = { ...input, last_modified: lastModified };
  if (organization) {
    out.organization_id = organization.id;
    out.organization = organization;
  } else {
    delete out.organization;
  }
  return out as ServiceDocument;
}
