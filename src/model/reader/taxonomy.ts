/**
 * Taxonomy terms: ORUK 3.0 `attributes[].taxonomy_term` on a service, v1
 * `service_taxonomys[].taxonomy`, and the items of a taxonomy term list.
 */
import type { TaxonomyTermView } from '../view-model.js';
import { isJson, type Json } from '../json.js';
import { field, names } from './fields.js';
import { note } from './notes.js';
import { readId, readList, readPlainText, unique } from './values.js';

/** A term record ({id, name|term, taxonomy|vocabulary}); left out with a note when it has no id or no name. */
export function readTerm(record: Json, path: string, fallbackId?: string): TaxonomyTermView | undefined {
  const id = readId(field(record, 'id')) ?? fallbackId;
  const name = readPlainText(field(record, 'name'), path, 'name') ?? readPlainText(field(record, 'term'), path, 'term');
  if (id === undefined || name === undefined) {
    note(path, id === undefined ? 'id' : 'name', 'value.missing');
    return undefined;
  }
  const term: TaxonomyTermView = { id, name };
  const vocabulary = field(record, ...names('taxonomy_term.taxonomy'));
  const taxonomy = isJson(vocabulary)
    ? readPlainText(field(vocabulary, 'name'), path, 'taxonomy.name')
    : readPlainText(vocabulary, path, 'taxonomy');
  if (taxonomy !== undefined) term.taxonomy = taxonomy;
  return term;
}

/** The terms a service is classified under, from every shape we know, without repeats. */
export function readServiceTerms(service: Json): TaxonomyTermView[] {
  const terms: TaxonomyTermView[] = [];
  // Each list and where its items keep the term: ORUK 3.0 attributes, v1 links, or the terms themselves.
  for (const [name, inner] of [
    ['attributes', 'taxonomy_term'],
    ['service_taxonomys', 'taxonomy'],
    ['taxonomy_terms'],
  ] as const) {
    terms.push(
      ...readList(field(service, name), '', name, (item, path) => {
        if (!inner) return readTerm(item, path);
        const term = field(item, inner);
        // An attribute without a nested term has no name to show.
        return isJson(term)
          ? readTerm(
              term,
              `${path}.${inner}`,
              name === 'attributes' ? readId(field(item, 'taxonomy_term_id')) : undefined,
            )
          : undefined;
      }),
    );
  }
  return unique(terms, (term) => term.id);
}
