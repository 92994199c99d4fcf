/**
 * The lenient reader: any ORUK 3.0 or v1 feed response into the view model.
 * Dependency-free and DOM-free, so it runs in Node and in the list bundle.
 */
export { readService, readServicePage } from './read-service.js';
export { readApiDetails, versionOf } from './read-api-details.js';
export { readTaxonomyTermPage } from './read-taxonomy-terms.js';
export { ReaderError } from './reader-error.js';
export { formatReaderMessage, loadReaderMessages, localizeReaderProblem, type ReaderLanguage } from './messages.js';
export type { ReaderMessageKey, ReaderMessages } from './messages-en.js';
export { htmlToText, summarize } from './html-text.js';
export { dialable } from './phone.js';
