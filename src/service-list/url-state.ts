/**
 * The list's state in the page URL's query string, so the back button works
 * and a detail view can be bookmarked. Each list uses its own prefix
 * (`oruk-` by default, `<id>-` when the element has an id), so two lists on
 * one page keep separate state: `?oruk-q=food&oruk-page=2&oruk-service=abc`.
 */
export interface ListUrlState {
  search: string;
  term: string;
  page: number;
  service: string;
}

export const EMPTY_URL_STATE: ListUrlState = { search: '', term: '', page: 1, service: '' };

const KEYS = { search: 'q', term: 'term', page: 'page', service: 'service' } as const;

export function urlPrefix(id: string): string {
  const clean = id.trim().replace(/[^\w-]/g, '');
  return clean ? `${clean}-` : 'oruk-';
}

export function readUrlState(href: string, prefix: string): ListUrlState {
  const params = new URL(href).searchParams;
  const page = Number.parseInt(params.get(prefix + KEYS.page) ?? '', 10);
  return {
    search: params.get(prefix + KEYS.search) ?? '',
    term: params.get(prefix + KEYS.term) ?? '',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    service: params.get(prefix + KEYS.service) ?? '',
  };
}

/** `href` with this list's state written in (empty values and page 1 are left out); other parameters are kept. */
export function writeUrlState(href: string, prefix: string, state: ListUrlState): string {
  const url = new URL(href);
  const values: Record<keyof ListUrlState, string> = {
    search: state.search,
    term: state.term,
    page: state.page > 1 ? String(state.page) : '',
    service: state.service,
  };
  for (const key of Object.keys(KEYS) as (keyof ListUrlState)[]) {
    const name = prefix + KEYS[key];
    if (values[key]) url.searchParams.set(name, values[key]);
    else url.searchParams.delete(name);
  }
  return url.href;
}

export function sameUrlState(a: ListUrlState, b: ListUrlState): boolean {
  return a.search === b.search && a.term === b.term && a.page === b.page && a.service === b.service;
}
