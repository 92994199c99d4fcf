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
import { ContextConsumer } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { catalogueFor, type CatalogueConnection } from '../api/catalogue-registry.js';
import { catalogueContext } from './context.js';

export class CatalogueController {
  readonly #api: () => string | undefined;
  readonly #consumer: ContextConsumer<typeof catalogueContext, ReactiveElement>;

  constructor(host: ReactiveElement, api: () => string | undefined) {
    this.#api = api;
    // Subscribes on connect, re-renders the host when the provided value changes,
    // and moves to a nearer provider when one appears.
    this.#consumer = new ContextConsumer(host, { context: catalogueContext, subscribe: true });
  }

  /** The catalogue to use now, or undefined when there is none (no `api` and no provider). */
  get value(): CatalogueConnection | undefined {
    const own = this.#api()?.trim();
    if (own) {
      try {
        return catalogueFor(own);
      } catch {
        return undefined;
      }
    }
    return this.#consumer.value;
  }

  /** The catalogue an enclosing `<oruk-catalogue>` provides, whatever the host's own `api`. */
  get provided(): CatalogueConnection | undefined {
    return this.#consumer.value;
  }
}
