/**
 * The list's second chunk: what the cards do not need. Loaded after the first
 * render that shows services (for the JSON-LD), or when a detail view or the
 * data-problems panel is first shown, whichever comes first; see ./lazy-extras.ts.
 */
export { detailView } from './render/detail.js';
export { issuesPanel } from './render/issues.js';
export { writeJsonLd } from '../shared/json-ld.js';
