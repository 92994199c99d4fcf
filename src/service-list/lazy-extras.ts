/**
 * The list's code that a first render does not need, in chunks of their own,
 * each loaded once per page when first asked for: ./extras.ts (the JSON-LD,
 * after the first render that shows services) and ./detail-chunk.ts (the
 * detail view with its formatters and sanitizer, and the data-problems panel,
 * when a person opens a service, the URL names one, or show-issues finds
 * problems), and ./local-query.ts (only for services given as data). A failed load (the network dropped) is tried again on the next call.
 */
export interface Lazy<T> {
  /** The module, once it has arrived. */
  value?: T;
  load(): Promise<T>;
}

function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | undefined;
  const chunk: Lazy<T> = {
    load: () =>
      (loading ??= importer().then(
        (module) => (chunk.value = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return chunk;
}

export const jsonLdChunk = lazy(() => import('./extras.js'));
export const detailChunk = lazy(() => import('./detail-chunk.js'));
/** Search and pages over services given as data (the `services` property). */
export const localChunk = lazy(() => import('./local-query.js'));
