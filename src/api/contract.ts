/**
 * Contracts of the api layer. The read client and store live beside this file
 * (read-client.ts, service-store.ts); the write client (write-client.ts) is
 * used only by the editor.
 */
import type { ApiDetailsView, ServicePage, ServiceView, TaxonomyTermPage } from '../model/view-model.js';

export interface ServiceQuery {
  /** 1-based page number. */
  page?: number;
  perPage?: number;
  search?: string;
  organizationId?: string;
  taxonomyTermId?: string;
}

/** Why a request failed, in a form the elements can turn into words. */
export type CatalogueErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'aborted';

export interface ReadClient {
  /** Base URL without a trailing slash, e.g. `http://localhost:8080/api`. */
  readonly baseUrl: string;
  apiDetails(signal?: AbortSignal): Promise<ApiDetailsView>;
  services(query: ServiceQuery, signal?: AbortSignal): Promise<ServicePage>;
  service(id: string, signal?: AbortSignal): Promise<ServiceView>;
  /** The service exactly as the feed sent it, with its ETag (for the editor). */
  serviceRecord(id: string, signal?: AbortSignal): Promise<{ json: unknown; etag?: string }>;
  taxonomyTerms(query?: TermQuery, signal?: AbortSignal): Promise<TaxonomyTermPage>;
}

export interface TermQuery {
  page?: number;
  perPage?: number;
  /**
   * Only the terms this organisation's services use, from a catalogue with our read
   * extension (docs/catalogue.md); any other catalogue lists every term.
   */
  organizationId?: string;
}

/**
 * A page-wide cache of services by id. The editor puts a saved service here;
 * every list showing that service re-renders without fetching.
 * Dispatches `service-changed` (CustomEvent<ServiceView>) on every put.
 */
export interface ServiceStore extends EventTarget {
  get(id: string): ServiceView | undefined;
  put(service: ServiceView): void;
}
