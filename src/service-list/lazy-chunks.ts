/**
 * The list's code that a first render does not need, in chunks of their own,
 * each loaded once per page when first asked for (with ../internal/lazy.ts):
 * ./json-ld-chunk.ts (the JSON-LD, after the first render that shows services) and
 * ./detail-chunk.ts (the detail view with its formatters and sanitizer, and the
 * data-problems panel, when a person opens a service, the URL names one, or
 * show-issues finds problems), and ./local-query.ts (only for services given as
 * data). A failed load (the network dropped) is tried again on the next call.
 */
import { lazy } from '../internal/lazy.js';

export type { Lazy } from '../internal/lazy.js';

export const jsonLdChunk = lazy(() => import('./json-ld-chunk.js'));
export const detailChunk = lazy(() => import('./detail-chunk.js'));
/** Search and pages over services given as data (the `services` property). */
export const localChunk = lazy(() => import('./local-query.js'));
