/**
 * The list's state in the page URL's query string, so the back button works
 * and a detail view can be bookmarked. Each list uses its own prefix
 * (`oruk-` by default, `<id>-` when the element has an id), so two lists on
 * one page keep separate state: `?oruk-q=food&oruk-page=2&oruk-service=abc`.
 * UrlStateController keeps an element and the URL in step.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/** An element whose state the URL keeps: its id names its prefix; with `noHistory` the URL is left alone. */
export type UrlStateHost = ReactiveControllerHost & HTMLElement & { noHistory: boolean };

/**
 * Keeps an element's state and the page URL in step: on connecting, a bookmarked state
 * (one that is not empty) is applied; a person's change is pushed to the history;
 * the back and forward buttons apply the state they go to (`apply` hears `popped`).
 */
export class UrlStateController implements ReactiveController {
  readonly #host: UrlStateHost;
  readonly #state: () => ListUrlState;
  readonly #apply: (state: ListUrlState, popped?: boolean) => void;

  /** `state` reads the element's state; `apply` sets it. */
  constructor(host: UrlStateHost, state: () => ListUrlState, apply: (state: ListUrlState, popped?: boolean) => void) {
    this.#host = host;
    this.#state = state;
    this.#apply = apply;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#host.noHistory) return;
    const fromUrl = readUrlState(location.href, this.#prefix());
    if (!sameUrlState(fromUrl, EMPTY_URL_STATE)) this.#apply(fromUrl);
    addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#onPopState);
  }

  /** The page's URL with the element's state changed by `change` (for links that work without a script too). */
  href(change: Partial<ListUrlState>): string {
    return writeUrlState(location.href, this.#prefix(), { ...this.#state(), ...change });
  }

  /** A person changed the state: records it in the URL (unless no-history) and applies it. */
  navigate(change: Partial<ListUrlState>): void {
    if (!this.#host.noHistory) history.pushState(history.state, '', this.href(change));
    this.#apply({ ...this.#state(), ...change });
  }

  #prefix(): string {
    return urlPrefix(this.#host.id);
  }

  readonly #onPopState = (): void => {
    const next = readUrlState(location.href, this.#prefix());
    if (!sameUrlState(next, this.#state())) this.#apply(next, true);
  };
}
