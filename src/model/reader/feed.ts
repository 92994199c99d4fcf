/**
 * The readers a list page needs, in the chunk it fetches with its first request.
 * `GET /` has a reader of its own, loaded only by whoever asks for it; the
 * problems' words load with the issues panel (see messages.ts).
 */
export { readService, readServicePage } from './read-service.js';
export { readTaxonomyTermPage } from './read-taxonomy-terms.js';

/** The reader of a catalogue's `GET /` answer, loaded on first use. */
export const loadApiDetailsReader = async () => (await import('./read-api-details.js')).readApiDetails;

/** Turning problems into words (see messages.ts): a small module of its own, for the issues panel. */
export const loadMessageTools = () => import('./messages.js');
