/**
 * For elements that read catalogues: finds the catalogue to use. An element's
 * own `api` attribute wins; without one, the catalogue an enclosing
 * `<oruk-catalogue>` provides (through the context protocol, ./context.ts).
 * Either way the pair comes from the page-wide registry, so elements with the
 * same `api` share one client and one store. The host re-renders when the
 * provided catalogue changes.
 *
 * ```ts
 * readonly #catalogue = new CatalogueController(this, () => this.api);
 * // in willUpdate or a task: this.#catalogue.value?.client.services({...})
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogueFor, type Catalogue } from '../api/catalogue-registry.js';
import { requestCatalogue, type ContextCallback } from './context.js';

type Host = ReactiveControllerHost & HTMLElement;

export class CatalogueController implements ReactiveController {
  readonly #host: Host;
  readonly #api: () => string | undefined;
  #provided: Catalogue | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: Host, api: () => string | undefined) {
    this.#host = host;
    this.#api = api;
    host.addController(this);
  }

  hostConnected(): void {
    requestCatalogue(this.#host, this.#onValue);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  readonly #onValue: ContextCallback = (value, unsubscribe) => {
    // A nearer provider took over: leave the one that answered before.
    if (this.#unsubscribe && this.#unsubscribe !== unsubscribe) this.#unsubscribe();
    this.#unsubscribe = unsubscribe;
    if (value === this.#provided) return;
    this.#provided = value;
    this.#host.requestUpdate();
  };

  /** The catalogue to use now, or undefined when there is none (no `api` and no provider). */
  get value(): Catalogue | undefined {
    const own = this.#api()?.trim();
    if (own) {
      try {
        return catalogueFor(own);
      } catch {
        return undefined;
      }
    }
    return this.#provided;
  }

  /** The catalogue an enclosing `<oruk-catalogue>` provides, whatever the host's own `api`. */
  get provided(): Catalogue | undefined {
    return this.#provided;
  }
}
