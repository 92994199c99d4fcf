/** The api layer: reading catalogues, the shared store and the page-wide registry. */
export type { CatalogueErrorKind, ReadClient, ServiceQuery, ServiceStore, TermQuery } from './contract.js';
export { normaliseBaseUrl } from './base-url.js';
export { CatalogueError, isCatalogueError, type CatalogueErrorInit } from './catalogue-error.js';
export {
  catalogueErrorKey,
  catalogueErrorMessages,
  formatCatalogueError,
  loadCatalogueErrorMessages,
  type CatalogueErrorKey,
} from './error-messages.js';
export { createReadClient, type CatalogueReadClient, type ReadClientOptions } from './read-client.js';
export { createServiceStore, MemoryServiceStore, SERVICE_CHANGED, type ServiceChangedEvent } from './service-store.js';
export { catalogueFor, clearCatalogueRegistry, type CatalogueConnection } from './catalogue-registry.js';
export {
  backoff,
  defaultRequestPolicy,
  MAX_RETRIES,
  requestText,
  retryAfterMs,
  type RequestPolicy,
  type TextResponse,
} from './request-policy.js';
