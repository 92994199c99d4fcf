/**
 * Taxonomy terms linked the ORUK 3.0 way: `service.attributes[]` with
 * `taxonomy_term_id`, `link_type: "service"` and the nested `taxonomy_term`.
 * Attributes that are not taxonomy links are kept as they are.
 */
import type { TaxonomyTermView } from '../../model/view-model.js';
import { newId } from './new-items.js';
import { isJson, type Json } from '../../model/json.js';

type Link = Json & { taxonomy_term_id: string };

const links = (attributes: unknown): Link[] =>
  Array.isArray(attributes)
    ? attributes.filter((a): a is Link => isJson(a) && typeof a.taxonomy_term_id === 'string')
    : [];

/** The ids of the taxonomy terms a record links to. */
export function linkedTermIds(attributes: unknown): Set<string> {
  return new Set(links(attributes).map((a) => a.taxonomy_term_id));
}

/**
 * Terms the record links to that are not among the catalogue's choices (so
 * they can still be seen and unticked), named from the nested taxonomy_term.
 */
export function extraLinkedTerms(attributes: unknown, choices: readonly TaxonomyTermView[]): TaxonomyTermView[] {
  const known = new Set(choices.map((t) => t.id));
  return links(attributes).flatMap(({ taxonomy_term_id: id, taxonomy_term }) => {
    if (known.has(id)) return [];
    known.add(id);
    const term = isJson(taxonomy_term) ? taxonomy_term : {};
    const name = typeof term.name === 'string' && term.name.trim() ? term.name : id;
    return [{ id, name, ...(typeof term.taxonomy === 'string' ? { taxonomy: term.taxonomy } : {}) }];
  });
}

/** The attributes list with the link to `term` added or removed. */
export function toggleTerm(attributes: unknown, term: TaxonomyTermView, on: boolean, serviceId: unknown): unknown[] {
  const list: unknown[] = Array.isArray(attributes) ? attributes : [];
  const linked = (a: unknown) => isJson(a) && a.taxonomy_term_id === term.id;
  if (!on) return list.filter((a) => !linked(a));
  if (list.some(linked)) return list;
  const { id, name, taxonomy, description } = term as TaxonomyTermView & { description?: unknown };
  return [
    ...list,
    {
      id: newId(),
      ...(typeof serviceId === 'string' ? { link_id: serviceId } : {}),
      taxonomy_term_id: id,
      link_type: 'service',
      taxonomy_term: {
        id,
        name,
        description: typeof description === 'string' ? description : name,
        ...(taxonomy ? { taxonomy } : {}),
      },
    },
  ];
}
