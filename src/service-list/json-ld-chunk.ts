/**
 * What every list page loads after its first render that shows services: the
 * schema.org JSON-LD for search engines. The detail view is in ./detail-chunk.ts,
 * loaded only when a service is opened; see ./lazy-chunks.ts.
 */
export { writeJsonLd } from '../shared/json-ld.js';
