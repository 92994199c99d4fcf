/**
 * Signatures of the lenient reader (implemented in ./reader/). None of these
 * throw on field values: anything unusable is dropped or repaired, and noted
 * in `problems`. They only throw a ReaderError when the input is not a feed
 * response at all (for example a string or null).
 */
import type { ApiDetailsView, ServicePage, ServiceView, TaxonomyTermPage } from './view-model.js';

export type ReadServicePage = (json: unknown) => ServicePage;
export type ReadService = (json: unknown) => ServiceView;
export type ReadApiDetails = (json: unknown) => ApiDetailsView;
export type ReadTaxonomyTermPage = (json: unknown) => TaxonomyTermPage;
