/**
 * The read client: GETs a catalogue's `/`, service pages, single services and
 * taxonomy terms, and hands every answer to the lenient reader so ORUK 3.0
 * and v1 feeds both work. It times out, retries safely, revalidates with
 * If-None-Match (falling back to plain GETs for a cross-origin feed that
 * does not answer the preflight this header brings), and merges identical
 * requests in flight at the same moment.
 *
 * The reader is a module of its own, imported with the first request and
 * fetched while that request is on its way: a page shows its loading state
 * without waiting for the reader's code, and the answer never waits for it
 * longer than the network would have.
 */
import type { ApiDetailsView, FeedVersion, ServicePage, ServiceView, TaxonomyTermPage } from '../model/view-model.js';
import { lazy } from '../internal/lazy.js';
import { normaliseBaseUrl } from './base-url.js';
import { CatalogueError } from './catalogue-error.js';
import { revalidatingFetch } from './conditional-fallback.js';
import type { ReadClient, ServiceQuery, TermQuery } from './contract.js';
import { EtagCache } from './etag-cache.js';
import { buildUrl, pageParams, serviceQueryParams, type QueryParams } from './feed-query.js';
import { InFlightRequests } from './in-flight.js';
import { defaultRequestPolicy, requestText, type RequestPolicy } from './request-policy.js';

export interface ReadClientOptions {
  /** Deadline for one read, retries included. Default 10 000 ms. */
  timeoutMs?: number;
  /** Retries on network errors, 5xx and 429; 0 to 3, default 3. */
  retries?: number;
  /** First backoff wait in ms (doubles each retry, plus jitter). Default 300. */
  backoffMs?: number;
  /** Longest Retry-After honoured, in ms. Default 5 000. */
  maxRetryAfterMs?: number;
  /** How many responses to keep for If-None-Match revalidation. Default 200. */
  cacheSize?: number;
  /** The feed's version when known in advance; otherwise learnt from its answers. */
  version?: FeedVersion;
  /** For v1 feeds that count pages from 0. Default 1, as in the v1 OpenAPI. */
  v1PageBase?: 0 | 1;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
}

export interface CatalogueReadClient extends ReadClient {
  /** The feed's version as learnt so far ('unknown' until `/` or a page has been read). */
  readonly version: FeedVersion;
}

interface JsonResult {
  json: unknown;
  etag?: string;
}

type Parse<T> = (json: unknown) => T;
type Reader = typeof import('../model/reader/feed.js');
/** The lenient reader, loaded once; a failed load (the network dropped) is tried again next time. */
const reader = lazy(() => import('../model/reader/feed.js'));

export function createReadClient(baseUrl: string, options: ReadClientOptions = {}): CatalogueReadClient {
  return new HttpReadClient(baseUrl, options);
}

class HttpReadClient implements CatalogueReadClient {
  readonly baseUrl: string;
  #version: FeedVersion;
  readonly #policy: RequestPolicy;
  readonly #cache: EtagCache;
  readonly #inFlight = new InFlightRequests();
  readonly #v1PageBase: 0 | 1;

  constructor(baseUrl: string, options: ReadClientOptions) {
    this.baseUrl = normaliseBaseUrl(baseUrl);
    this.#version = options.version ?? 'unknown';
    this.#v1PageBase = options.v1PageBase ?? 1;
    this.#cache = new EtagCache(options.cacheSize);
    const fetchFn = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
    this.#policy = {
      timeoutMs: options.timeoutMs ?? defaultRequestPolicy.timeoutMs,
      retries: options.retries ?? defaultRequestPolicy.retries,
      backoffMs: options.backoffMs ?? defaultRequestPolicy.backoffMs,
      maxRetryAfterMs: options.maxRetryAfterMs ?? defaultRequestPolicy.maxRetryAfterMs,
      fetch: fetchFn,
    };
  }

  get version(): FeedVersion {
    return this.#version;
  }

  async apiDetails(signal?: AbortSignal): Promise<ApiDetailsView> {
    const details = await this.#read('/', [], signal, (r) => r.loadApiDetailsReader());
    this.#learn(details.version);
    return details;
  }

  async services(query: ServiceQuery, signal?: AbortSignal): Promise<ServicePage> {
    const askedAs = this.#version;
    const page = await this.#read('/services', this.#serviceParams(query, askedAs), signal, (r) => r.readServicePage);
    this.#learn(page.version);
    // A feed that turned out to be v1 names the taxonomy filter differently: ask again in its words.
    if (askedAs === 'unknown' && page.version === '1.0' && query.taxonomyTermId?.trim()) {
      return this.#read('/services', this.#serviceParams(query, '1.0'), signal, (r) => r.readServicePage);
    }
    return page;
  }

  service(id: string, signal?: AbortSignal): Promise<ServiceView> {
    return this.#read(servicePath(id), [], signal, (r) => r.readService);
  }

  async serviceRecord(id: string, signal?: AbortSignal): Promise<{ json: unknown; etag?: string }> {
    const { json, etag } = await this.#get(servicePath(id), [], signal);
    // A copy: the editor may change it, and the cache must keep what the feed sent.
    const copy: unknown = structuredClone(json);
    return etag === undefined ? { json: copy } : { json: copy, etag };
  }

  async taxonomyTerms(query: TermQuery = {}, signal?: AbortSignal): Promise<TaxonomyTermPage> {
    const params = pageParams(query);
    if (!query.organizationId) return this.#terms(params, signal);
    try {
      return await this.#terms([...params, ['organization_id', query.organizationId]], signal);
    } catch (error) {
      // A catalogue that refuses our read extension: every term, as any catalogue without it gives.
      if (error instanceof CatalogueError && error.status === 400) return this.#terms(params, signal);
      throw error;
    }
  }

  async #terms(params: QueryParams, signal?: AbortSignal): Promise<TaxonomyTermPage> {
    const terms = (path: string) => this.#read(path, params, signal, (r) => r.readTaxonomyTermPage);
    if (this.#version === '1.0') return terms('/taxonomies');
    try {
      return await terms('/taxonomy_terms');
    } catch (error) {
      // ORUK v1 feeds list their terms at /taxonomies. The version may have been learnt
      // (from a page of services) while this request was on its way: only a 3.0 feed has no fallback.
      if (this.#version !== '3.0' && error instanceof CatalogueError && error.status === 404)
        return terms('/taxonomies');
      throw error;
    }
  }

  #serviceParams(query: ServiceQuery, version: FeedVersion): QueryParams {
    return serviceQueryParams(query, version, { v1PageBase: this.#v1PageBase });
  }

  #learn(version: FeedVersion): void {
    if (version !== 'unknown') this.#version = version;
  }

  /** GETs `path` and reads the answer with the reader `pick` chooses; an unreadable answer is a parse error. */
  async #read<T>(
    path: string,
    params: QueryParams,
    signal: AbortSignal | undefined,
    pick: (r: Reader) => Parse<T> | Promise<Parse<T>>,
  ): Promise<T> {
    const [{ json, url }, parse] = await Promise.all([
      this.#get(path, params, signal),
      // The reader's code is a download of its own: when it cannot be fetched, that is a network error too,
      // with words that say our code (not the catalogue) could not be fetched.
      reader
        .load()
        .then(pick)
        .catch((cause: unknown) => {
          throw new CatalogueError({ kind: 'network', key: 'catalogue.error.download', cause });
        }),
    ]);
    try {
      return parse(json);
    } catch (error) {
      throw new CatalogueError({ kind: 'parse', url, cause: error });
    }
  }

  async #get(path: string, params: QueryParams, signal?: AbortSignal): Promise<JsonResult & { url: string }> {
    const url = buildUrl(this.baseUrl, path, params);
    const result = await this.#inFlight.run(url, signal, (shared) => this.#fetchJson(url, shared));
    return { ...result, url };
  }

  async #fetchJson(url: string, signal: AbortSignal): Promise<JsonResult> {
    const cached = this.#cache.get(url);
    // Accept: application/json is CORS-safelisted, so a first (unconditional) GET is never preflighted.
    const headers: Record<string, string> = { Accept: 'application/json' };
    // If-None-Match is not safelisted: cross-origin, it brings a preflight that many feeds never answer.
    const revalidate = cached && revalidatingFetch(url, this.#policy.fetch);
    if (revalidate) headers['If-None-Match'] = cached.etag;
    const policy = revalidate ? { ...this.#policy, fetch: revalidate } : this.#policy;
    // Our ETag cache is the only cache: the browser's HTTP cache is bypassed, so a list never shows a
    // copy older than the catalogue's after an edit, and the client behaves the same in Node.
    const response = await requestText(url, { method: 'GET', headers, cache: 'no-store' }, policy, signal);
    if (response.status === 304 && cached) return { json: cached.json, etag: cached.etag };
    if (response.status < 200 || response.status > 299) {
      throw new CatalogueError({ kind: 'http', url, status: response.status });
    }
    let json: unknown;
    try {
      json = JSON.parse(response.text);
    } catch (error) {
      throw new CatalogueError({ kind: 'parse', url, cause: error });
    }
    const etag = response.headers.get('etag') ?? undefined;
    if (etag) this.#cache.set(url, { etag, json });
    else this.#cache.delete(url);
    return etag === undefined ? { json } : { json, etag };
  }
}

function servicePath(id: string): string {
  return `/services/${encodeURIComponent(id)}`;
}
