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

  /** How many distinct requests are running now. */
  get size(): number {
    return this.#pending.size;
  }

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
      let settled = false;
      const onAbort = () => {
        if (settled) return;
        settled = true;
        shared.callers--;
        if (shared.callers === 0) {
          if (this.#pending.get(key) === shared) this.#pending.delete(key);
          shared.controller.abort(new CatalogueError({ kind: 'aborted', url: key }));
        }
        reject(new CatalogueError({ kind: 'aborted', url: key }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      (shared.promise as Promise<T>).then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          if (settled) return;
          settled = true;
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          if (settled) return;
          settled = true;
          reject(error);
        },
      );
    });
  }
}
