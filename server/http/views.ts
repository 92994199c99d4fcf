/** The shapes the read API answers with, built from stored documents. */
import { isObject, scalarFields, type JsonObject } from '../domain/json-shape.js';
import type { StoredService } from '../store/services.js';

/** A list item: the service's single-value fields and its organisation. */
export function serviceListItem(s: StoredService): JsonObject {
  const doc = JSON.parse(s.doc) as JsonObject;
  const item = scalarFields(doc);
  if (isObject(doc.organization)) item.organization = doc.organization;
  return item;
}

/**
 * `minimal=true`: just what a harvester needs to see what changed. `name` and
 * `status` are kept because the ORUK list schema requires them on every item.
 */
export function serviceMinimalItem(s: StoredService): JsonObject {
  const doc = JSON.parse(s.doc) as JsonObject;
  return { id: doc.id, name: doc.name, status: doc.status, last_modified: doc.last_modified };
}

export function serviceFull(s: StoredService): JsonObject {
  return JSON.parse(s.doc) as JsonObject;
}

export function locationLinkItem(sal: JsonObject, service: StoredService, full: boolean): JsonObject {
  const out = scalarFields(sal);
  if (isObject(sal.location)) out.location = full ? sal.location : scalarFields(sal.location);
  out.service = full ? serviceFull(service) : serviceListItem(service);
  return out;
}
