/**
 * The one way code is loaded lazily: a chunk (a dynamic import) is fetched the first
 * time it is asked for, and only once however many ask; its value is kept for
 * synchronous use once it has arrived. A failed download (the network dropped) is
 * forgotten, so the next `load()` (for example after "Try again") fetches it again.
 *
 * ```ts
 * const welsh = lazy(() => import('./cy.js').then((m) => m.cy));
 * welsh.value ?? (await welsh.load());
 * ```
 */
export interface Lazy<T> {
  /** What the chunk gave, once it has arrived; undefined before. */
  readonly value?: T;
  /** Fetches the chunk, or waits for the fetch already under way; resolves at once when it is here. */
  load(): Promise<T>;
}

/** A chunk loaded by `importer` on first `load()`, kept once it arrives, fetched again after a failure. */
export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | undefined;
  const chunk: { value?: T; load(): Promise<T> } = {
    load: () =>
      (loading ??= importer().then(
        (value) => (chunk.value = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return chunk;
}
