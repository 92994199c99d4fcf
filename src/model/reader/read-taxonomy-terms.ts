/**
 * `readTaxonomyTermPage`: a list of taxonomy terms (`GET /taxonomy_terms`,
 * ORUK 3.0 or a v1 `/taxonomies` page), or a taxonomy with its
 * `taxonomy_terms`.
 */
import type { TaxonomyTermPage, TaxonomyTermView } from '../view-model.js';
import type { ReadTaxonomyTermPage } from '../reader-contract.js';
import { readEnvelope } from './envelope.js';
import { isJson } from '../json.js';
import { field } from './fields.js';
import { collect, note } from './notes.js';
import { ReaderError } from './reader-error.js';
import { readTerm } from './taxonomy.js';
import { readPlainText } from './values.js';

export const readTaxonomyTermPage: ReadTaxonomyTermPage = (json) =>
  collect((problems) => {
    if (!isJson(json)) throw new ReaderError('reader.error.notTermPage', json);
    let raw: unknown[];
    let itemsKey: string;
    let counts: Omit<TaxonomyTermPage, 'items' | 'problems'>;
    const envelope = readEnvelope(json);
    const nested = field(json, 'taxonomy_terms');
    let vocabulary: string | undefined;
    if (envelope) {
      ({ items: raw, itemsKey } = envelope);
      counts = {
        totalItems: envelope.totalItems,
        totalPages: envelope.totalPages,
        pageNumber: envelope.pageNumber,
      };
    } else if (Array.isArray(nested)) {
      raw = nested;
      itemsKey = 'taxonomy_terms';
      counts = { totalItems: nested.length, totalPages: 1, pageNumber: 1 };
      vocabulary = readPlainText(field(json, 'name'), '', 'name');
    } else {
      throw new ReaderError('reader.error.notTermPage', json);
    }
    const items: TaxonomyTermView[] = [];
    for (let i = 0; i < raw.length; i++) {
      const item: unknown = raw[i];
      if (!isJson(item)) {
        note(itemsKey, i, 'item.notRecord');
        continue;
      }
      const term = readTerm(item, `${itemsKey}.${i}`);
      if (term) {
        if (term.taxonomy === undefined && vocabulary !== undefined) term.taxonomy = vocabulary;
        items.push(term);
      }
    }
    return { items, ...counts, problems };
  });
