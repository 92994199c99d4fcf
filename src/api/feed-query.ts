/**
 * Turns a ServiceQuery into the query string a feed expects. ORUK 3.0 uses
 * `search`, `organization_id` and `taxonomy_term_id`; ORUK v1 used `text` and
 * `taxonomy_id`. While the version is unknown we send both search words, and
 * the 3.0 taxonomy filter (a v1 feed is asked again once it shows itself).
 * Pages are 1-based in both versions' OpenAPI; `v1PageBase: 0` serves v1
 * feeds built to count from 0.
 */
import type { FeedVersion } from '../model/view-model.js';
import type { ServiceQuery } from './contract.js';

export type QueryParams = Array<[string, string]>;

export interface FeedQueryOptions {
  v1PageBase?: 0 | 1;
}

export function serviceQueryParams(
  query: ServiceQuery,
  version: FeedVersion,
  options: FeedQueryOptions = {},
): QueryParams {
  const params = pageParams(query, version === '1.0' ? (options.v1PageBase ?? 1) : 1);
  const search = query.search?.trim();
  if (search) {
    if (version !== '1.0') params.push(['search', search]);
    if (version !== '3.0') params.push(['text', search]);
  }
  const organizationId = query.organizationId?.trim();
  if (organizationId) params.push(['organization_id', organizationId]);
  const termId = query.taxonomyTermId?.trim();
  if (termId) params.push([version === '1.0' ? 'taxonomy_id' : 'taxonomy_term_id', termId]);
  return params;
}

/**
 * `page` (counted from `base`, 1 unless a v1 feed counts from 0) and `per_page`, when they are whole numbers from 1.
 */
export function pageParams(query: { page?: number; perPage?: number }, base = 1): QueryParams {
  const params: QueryParams = [];
  const page = positiveInteger(query.page);
  if (page !== undefined) params.push(['page', String(page - 1 + base)]);
  const perPage = positiveInteger(query.perPage);
  if (perPage !== undefined) params.push(['per_page', String(perPage)]);
  return params;
}

/** The request URL: base path + endpoint path, the base's own query kept, params appended in a stable order. */
export function buildUrl(baseUrl: string, path: string, params: QueryParams = []): string {
  const base = new URL(baseUrl);
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
  for (const [name, value] of params) url.searchParams.append(name, value);
  return url.href;
}

function positiveInteger(value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const whole = Math.floor(value);
  return whole >= 1 ? whole : undefined;
}
