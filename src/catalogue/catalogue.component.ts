import { css, html, type PropertyValues } from 'lit';
import { catalogueFor, type CatalogueConnection } from '../api/catalogue-registry.js';
import { ContextProvider } from '@lit/context';
import { catalogueContext } from './context.js';
import { OrukElement } from '../internal/oruk-element.js';

/**
 * @summary Connects every ORUK element inside it to one catalogue: one read client and one
 * service store, shared through context, so a service saved by an editor shows at once in every
 * list on the page.
 *
 * @slot - The ORUK elements (and anything else) that use this catalogue, for example
 * `<oruk-service-list>` and `<oruk-service-editor>`. Elements with their own `api` attribute use
 * that catalogue instead.
 *
 * @example
 * ```html
 * <oruk-catalogue api="https://catalogue.example.org/api">
 *   <oruk-service-list organization="…"></oruk-service-list>
 * </oruk-catalogue>
 * ```
 */
export class OrukCatalogue extends OrukElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // Declared without decorators: their down-levelled form would cost more than the element.
  static override properties = { api: { reflect: true } };

  /** The catalogue's base URL, for example `http://localhost:8080/api`. */
  declare api: string;

  readonly #provider = new ContextProvider(this, { context: catalogueContext });

  constructor() {
    super();
    this.api = '';
  }

  /**
   * The shared client and store for `api` (the connection it provides), or undefined when `api` is
   * empty or not a URL.
   */
  get connection(): CatalogueConnection | undefined {
    return this.#provider.value;
  }

  override connectedCallback(): void {
    this.#provide();
    // The provider (a controller) announces itself as the host connects, so a
    // provider above hands over the elements inside this one.
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) this.#provide();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  #provide(): void {
    const next = resolve(this.api);
    if (next !== this.#provider.value) this.#provider.setValue(next);
  }
}

function resolve(api: string): CatalogueConnection | undefined {
  if (!api.trim()) return undefined;
  try {
    return catalogueFor(api);
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'oruk-catalogue': OrukCatalogue;
  }
}

export { catalogueContext } from './context.js';
export { CatalogueController } from './catalogue-controller.js';
