/**
 * Merges identical requests that are in flight at the same moment: the first
 * caller starts the work, later callers with the same key share its result.
 * Each caller may abort on its own; the shared work is aborted only when every
 * caller has gone.
 */
import { CatalogueError } from './catalogue-error.js';

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

export class InFlightRequests {
  readonly #pending = new Map<string, Entry>();

  run<T>(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (signal?.aborted) return Promise.reject(new CatalogueError({ kind: 'aborted', url: key }));
    let entry = this.#pending.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry = { controller, callers: 0, promise: Promise.resolve() };
      created.promise = start(controller.signal).finally(() => {
        if (this.#pending.get(key) === created) this.#pending.delete(key);
      });
      // The shared promise may reject after every caller has left; that is not unhandled.
      created.promise.catch(() => undefined);
      this.#pending.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.callers++;
    if (!signal) return shared.promise as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        const aborted = new CatalogueError({ kind: 'aborted', url: key });
        if (--shared.callers === 0) {
          if (this.#pending.get(key) === shared) this.#pending.delete(key);
          shared.controller.abort(aborted);
        }
        reject(aborted);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      // Whichever comes first settles this caller's promise; the later one changes nothing.
      (shared.promise as Promise<T>).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}
