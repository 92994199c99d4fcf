/** The shapes the read API answers with, built from stored documents. */
import { isObject, scalarFields, type JsonObject } from '../domain/json-shape.js';
import type { StoredService } from '../store/services.js';

/** A list item: the service's single-value fields and its organisation (stored when the service is written). */
export function serviceListItem(s: StoredService): JsonObject {
  return JSON.parse(s.listItem) as JsonObject;
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
