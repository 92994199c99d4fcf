/**
 * Taxonomy terms: ORUK 3.0 `attributes[].taxonomy_term` on a service, v1
 * `service_taxonomys[].taxonomy`, and the items of a taxonomy term list.
 */
import type { TaxonomyTermView } from '../view-model.js';
import { field, isRecord, type FeedRecord } from './fields.js';
import { note, type Notes } from './notes.js';
import { readId, readList, readPlainText } from './values.js';

/** A term record ({id, name|term, taxonomy|vocabulary}); left out with a note when it has no id or no name. */
export function readTerm(record: FeedRecord, notes: Notes, path: string, fallbackId?: string): TaxonomyTermView | undefined {
  const id = readId(field(record, 'id')) ?? fallbackId;
  const name =
    readPlainText(field(record, 'name'), notes, path, 'name') ?? readPlainText(field(record, 'term'), notes, path, 'term');
  if (id === undefined || name === undefined) {
    note(notes, path, id === undefined ? 'id' : 'name', 'value.missing');
    return undefined;
  }
  const term: TaxonomyTermView = { id, name };
  const vocabulary = field(record, 'taxonomy') ?? field(record, 'vocabulary') ?? field(record, 'taxonomy_detail');
  const taxonomy = isRecord(vocabulary)
    ? readPlainText(field(vocabulary, 'name'), notes, path, 'taxonomy.name')
    : readPlainText(vocabulary, notes, path, 'taxonomy');
  if (taxonomy !== undefined) term.taxonomy = taxonomy;
  return term;
}

/** The terms a service is classified under, from every shape we know, without repeats. */
export function readServiceTerms(service: FeedRecord, notes: Notes): TaxonomyTermView[] {
  const terms: TaxonomyTermView[] = [];
  const attributes = field(service, 'attributes');
  if (attributes !== undefined) {
    terms.push(
      ...readList(attributes, notes, '', 'attributes', (attribute, path) => {
        const term = field(attribute, 'taxonomy_term');
        if (!isRecord(term)) return undefined; // an attribute without a nested term has no name to show
        return readTerm(term, notes, `${path}.taxonomy_term`, readId(field(attribute, 'taxonomy_term_id')));
      }),
    );
  }
  const links = field(service, 'service_taxonomys');
  if (links !== undefined) {
    terms.push(
      ...readList(links, notes, '', 'service_taxonomys', (link, path) => {
        const term = field(link, 'taxonomy');
        return isRecord(term) ? readTerm(term, notes, `${path}.taxonomy`) : undefined;
      }),
    );
  }
  const nested = field(service, 'taxonomy_terms');
  if (nested !== undefined) {
    terms.push(...readList(nested, notes, '', 'taxonomy_terms', (term, path) => readTerm(term, notes, path)));
  }
  if (terms.length < 2) return terms;
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.id) && seen.add(term.id) !== undefined);
}
