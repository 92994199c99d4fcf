/**
 * Search, filter and paging over services given as data (the `services`
 * property), so a list of thousands renders one page at a time. A chunk of its
 * own (see ./lazy-chunks.ts): lists that read a catalogue never load it.
 */
import type { Problem } from '../model/problem.js';
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
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
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

export function filterServices(
  services: readonly ServiceView[],
  query: Omit<LocalQuery, 'page' | 'perPage'>,
): ServiceView[] {
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

/** One page for the list: paging figures, and each shown service's problems labelled with its id. */
export function localListPage(services: readonly ServiceView[], query: LocalQuery) {
  const page = localPage(services, query);
  const problems: Problem[] = page.items.flatMap((s) => s.problems.map((p) => ({ ...p, path: `${s.id}: ${p.path}` })));
  return { ...page, perPage: Math.max(1, query.perPage), shown: page.items.length, problems };
}

const termsCache = new WeakMap<readonly ServiceView[], Map<string, TaxonomyTermView[]>>();

/** The categories to offer for these services (those of one organisation when given), worked out once per array. */
export function localTerms(services: readonly ServiceView[], organizationId: string): TaxonomyTermView[] {
  let byOrg = termsCache.get(services);
  if (!byOrg) termsCache.set(services, (byOrg = new Map<string, TaxonomyTermView[]>()));
  let terms = byOrg.get(organizationId);
  if (!terms) {
    terms = termsOf(organizationId ? services.filter((s) => s.organization?.id === organizationId) : services);
    byOrg.set(organizationId, terms);
  }
  return terms;
}
