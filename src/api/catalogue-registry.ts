/**
 * The page-wide registry: one read client and one store per catalogue base
 * URL, so every element on the page that uses the same `api` shares them,
 * with or without an `<oruk-catalogue>` around it. The registry lives on
 * globalThis under a registered symbol, so two copies of this package on one
 * page still share it.
 */
import { normaliseBaseUrl } from './base-url.js';
import { createReadClient, type CatalogueReadClient, type ReadClientOptions } from './read-client.js';
import { createServiceStore, type MemoryServiceStore } from './service-store.js';

/**
 * One catalogue as the page reaches it: its read client and the store of the services read
 * from it, shared by every element with the same `api` (and provided by `<oruk-catalogue>`).
 */
export interface CatalogueConnection {
  /** The normalised base URL both are for. */
  readonly baseUrl: string;
  readonly client: CatalogueReadClient;
  readonly store: MemoryServiceStore;
}

const REGISTRY_KEY = Symbol.for('oruk-elements.catalogue-registry.v1');

function registry(): Map<string, CatalogueConnection> {
  const holder = globalThis as unknown as Record<symbol, Map<string, CatalogueConnection> | undefined>;
  let map = holder[REGISTRY_KEY];
  if (!map) {
    map = new Map();
    holder[REGISTRY_KEY] = map;
  }
  return map;
}

/**
 * The one shared `{client, store}` for this catalogue. `options` apply only
 * when this call creates them; later calls get the existing pair.
 */
export function catalogueFor(baseUrl: string, options?: ReadClientOptions): CatalogueConnection {
  const key = normaliseBaseUrl(baseUrl);
  const map = registry();
  let catalogue = map.get(key);
  if (!catalogue) {
    catalogue = { baseUrl: key, client: createReadClient(key, options), store: createServiceStore() };
    map.set(key, catalogue);
  }
  return catalogue;
}

/** Forgets every shared catalogue (for tests, or a page that swaps catalogues). */
export function clearCatalogueRegistry(): void {
  registry().clear();
}
