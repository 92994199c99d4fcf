/**
 * Search, filter and paging over services given as data (the `services`
 * property), so a list of thousands renders one page at a time.
 */
import type { ServiceView, TaxonomyTermView } from '../model/view-model.js';

export interface LocalQuery {
  search: string;
  organizationId: string;
  taxonomyTermId: string;
  page: number;
  perPage: number;
}

export interface LocalPage {
  items: ServiceView[];
  totalItems: number;
  pageNumber: number;
  totalPages: number;
}

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function matches(service: ServiceView, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = normalise(
    [service.name, service.summary, service.organization?.name, ...service.taxonomyTerms.map((t) => t.name)]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((w) => haystack.includes(w));
}

export function filterServices(services: readonly ServiceView[], query: Omit<LocalQuery, 'page' | 'perPage'>): ServiceView[] {
  const words = normalise(query.search).split(/\s+/).filter(Boolean);
  return services.filter(
    (s) =>
      (!query.organizationId || s.organization?.id === query.organizationId) &&
      (!query.taxonomyTermId || s.taxonomyTerms.some((t) => t.id === query.taxonomyTermId)) &&
      matches(s, words),
  );
}

export function localPage(services: readonly ServiceView[], query: LocalQuery): LocalPage {
  const all = filterServices(services, query);
  const perPage = Math.max(1, query.perPage);
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  const pageNumber = Math.min(Math.max(1, query.page), totalPages);
  const start = (pageNumber - 1) * perPage;
  return { items: all.slice(start, start + perPage), totalItems: all.length, pageNumber, totalPages };
}

/** The taxonomy terms used by these services, by name, for the filter. */
export function termsOf(services: readonly ServiceView[]): TaxonomyTermView[] {
  const byId = new Map<string, TaxonomyTermView>();
  for (const s of services) for (const t of s.taxonomyTerms) if (!byId.has(t.id)) byId.set(t.id, t);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
