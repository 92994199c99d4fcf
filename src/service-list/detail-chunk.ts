/**
 * The list's code for rarer states, loaded only when one happens (see
 * ./lazy-chunks.ts): the detail view of one service, with its formatters and
 * the sanitizer, and the data-problems panel of show-issues.
 */
export { detailView } from './render/detail.js';
export { issuesPanel } from './render/issues.js';
export { adoptDetailStyles } from './detail.styles.js';
// Re-exported so that the link checks the detail view shares with the JSON-LD
// travel in the JSON-LD's chunk (which every list page loads anyway), not in a third small file.
export { writeJsonLd } from './json-ld-chunk.js';
