/**
 * The context `<oruk-catalogue>` provides: the shared `{client, store}` for its
 * `api`, through @lit/context (the web components community's context protocol).
 * The key is a registered symbol, so two copies of this package on one page
 * still find each other.
 */
import { createContext } from '@lit/context';
import type { CatalogueConnection } from '../api/catalogue-registry.js';

export type { CatalogueConnection };

export const catalogueContext = createContext<CatalogueConnection | undefined>(
  Symbol.for('oruk-elements.catalogue-context'),
);
