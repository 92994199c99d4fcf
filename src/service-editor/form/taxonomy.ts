/**
 * Taxonomy terms linked the ORUK 3.0 way: `service.attributes[]` with
 * `taxonomy_term_id`, `link_type: "service"` and the nested `taxonomy_term`.
 * Attributes that are not taxonomy links are kept as they are.
 */
import type { TaxonomyTermView } from '../../model/view-model.js';
import { newId } from './new-items.js';
import { isObject } from './record-path.js';

type Json = Record<string, unknown>;

/** The ids of the taxonomy terms a record links to. */
export function linkedTermIds(attributes: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(attributes)) return ids;
  for (const attribute of attributes) {
    if (isObject(attribute) && typeof attribute.taxonomy_term_id === 'string') ids.add(attribute.taxonomy_term_id);
  }
  return ids;
}

/**
 * Terms the record links to that are not among the catalogue's choices (so
 * they can still be seen and unticked), named from the nested taxonomy_term.
 */
export function extraLinkedTerms(attributes: unknown, choices: readonly TaxonomyTermView[]): TaxonomyTermView[] {
  if (!Array.isArray(attributes)) return [];
  const known = new Set(choices.map((t) => t.id));
  const extra: TaxonomyTermView[] = [];
  for (const attribute of attributes) {
    if (!isObject(attribute) || typeof attribute.taxonomy_term_id !== 'string' || known.has(attribute.taxonomy_term_id)) continue;
    const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : {};
    const name = typeof term.name === 'string' && term.name.trim() ? term.name : attribute.taxonomy_term_id;
    known.add(attribute.taxonomy_term_id);
    extra.push({ id: attribute.taxonomy_term_id, name, ...(typeof term.taxonomy === 'string' ? { taxonomy: term.taxonomy } : {}) });
  }
  return extra;
}

/** The attributes list with the link to `term` added or removed. */
export function toggleTerm(attributes: unknown, term: TaxonomyTermView, on: boolean, serviceId: unknown): unknown[] {
  const list = Array.isArray(attributes) ? attributes : [];
  const linked = (a: unknown) => isObject(a) && a.taxonomy_term_id === term.id;
  if (!on) return list.filter((a) => !linked(a));
  if (list.some(linked)) return list;
  const description = (term as TaxonomyTermView & { description?: unknown }).description;
  const nested: Json = {
    id: term.id,
    name: term.name,
    description: typeof description === 'string' ? description : term.name,
    ...(term.taxonomy ? { taxonomy: term.taxonomy } : {}),
  };
  return [
    ...list,
    {
      id: newId(),
      ...(typeof serviceId === 'string' ? { link_id: serviceId } : {}),
      taxonomy_term_id: term.id,
      link_type: 'service',
      taxonomy_term: nested,
    },
  ];
}
