/**
 * Loading the list's second chunk (./extras.ts: the detail view with its
 * formatters and sanitizer, the data-problems panel and the JSON-LD) once per
 * page. A failed load (the network dropped) is tried again on the next call.
 */
export type ListExtras = typeof import('./extras.js');

let loaded: ListExtras | undefined;
let loading: Promise<ListExtras> | undefined;

/** The chunk, when it has arrived. */
export function listExtras(): ListExtras | undefined {
  return loaded;
}

export function loadListExtras(): Promise<ListExtras> {
  loading ??= import('./extras.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
