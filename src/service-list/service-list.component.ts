/**
 * The <oruk-service-list> element class. Importing this module registers
 * nothing: see ./service-list.ts for `define()`.
 */
import { html, nothing, type PropertyValues } from 'lit';
import type { CatalogueConnection } from '../api/catalogue-registry.js';
import { SERVICE_CHANGED } from '../api/service-store.js';
import { CatalogueController } from '../catalogue/catalogue-controller.js';
import { LangController } from '../internal/lang-controller.js';
import { OrukElement } from '../internal/oruk-element.js';
import type { Problem } from '../model/problem.js';
import type { ServiceView, TaxonomyTermView } from '../model/view-model.js';
import { toLoadError, type LoadError } from './errors.js';
import { serviceCard } from './render/card.js';
import { DETAIL_HEADING_ID, isPlainClick, type RenderContext } from './render/context.js';
import { pagination, resultsSummary, searchForm, type PageInfo } from './render/controls.js';
import { clampLevel } from './render/heading.js';
import { detailChunk, jsonLdChunk, localChunk, type Lazy } from './lazy-chunks.js';
import { chunkError, emptyState, errorState, noSourceState, skeleton } from './render/states.js';
import { serviceListStyles } from './service-list.styles.js';
import { englishStrings, stringsIn, type Strings } from './strings/index.js';
import { UrlStateController, type ListUrlState } from './url-state.js';

interface ShownPage extends PageInfo {
  items: ServiceView[];
  problems: Problem[];
}

type ListState =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'loaded'; page: ShownPage } | { kind: 'error'; error: LoadError };

type DetailState =
  | { kind: 'none' }
  | { kind: 'loading'; id: string }
  | { kind: 'loaded'; id: string; service: ServiceView }
  | { kind: 'error'; id: string; error: LoadError };

type FetchPart = 'list' | 'detail' | 'related' | 'terms';

/** Open and close events carry the service id. */
export interface ServiceOpenDetail {
  id: string;
}

const RELATED_LIMIT = 10;

/**
 * Attribute converters: a removed attribute (null) means "not set", never null,
 * so removing `organization`, `taxonomy-term`, `search` or `selected` clears
 * that filter or selection, and removing a number falls back to its default.
 */
const textAttribute = { fromAttribute: (value: string | null): string => value ?? '' };
const numberAttribute = (fallback: number) => ({
  fromAttribute: (value: string | null): number => (value === null || value.trim() === '' ? fallback : Number(value)),
});

/** A text property as trimmed text, whatever a script set it to (null, undefined). */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * A charity's services from any ORUK feed (3.0 or v1), with search, a
 * category filter, pagination and a detail view, for the charity's own website.
 *
 * ```html
 * <script type="module" src="https://unpkg.com/oruk-elements/dist/oruk-list.js"></script>
 * <oruk-service-list api="https://catalogue.example.org/api" organization="…">
 *   <a href="https://catalogue.example.org/organizations/…">See our services in the catalogue</a>
 * </oruk-service-list>
 * ```
 *
 * Without JavaScript (or before the script loads), the browser shows the
 * element's children: put a link to the catalogue there. Once the element
 * starts, they are hidden, and shown again beside the error message if the
 * catalogue cannot be reached.
 *
 * @summary A public, accessible list of services from an ORUK catalogue.
 *
 * @attr lang - The language, `en` or `cy` (Welsh). Default: the `lang` of the nearest ancestor that has one,
 * else English.
 *
 * @slot - No-JavaScript fallback, for example a link to the catalogue. Visible until the element starts; shown
 * again with the error message.
 *
 * @event oruk-service-open - A person opened a service's detail view. `detail: {id}`.
 * @event oruk-service-close - A person went back from a detail view to the list. `detail: {id}`.
 * @event oruk-load-error - Loading the list or a service failed. `detail: {kind, status?}`.
 *
 * @csspart search - The search form.
 * @csspart label - The labels of the search field and the category select.
 * @csspart input - The search field and the category select.
 * @csspart search-input - The search field.
 * @csspart search-button - The Search button (also has the button part).
 * @csspart clear-search - The "clear the search" link shown when a search finds nothing.
 * @csspart filter - The taxonomy term (category) select.
 * @csspart summary - "Showing 11 to 20 of 42 services".
 * @csspart list - The `<ul>` of services.
 * @csspart service - One service card (`<li>`, with `data-service-id`).
 * @csspart title - A card's heading. title-link is the link inside it.
 * @csspart title-link - The link in a card's heading that opens the detail.
 * @csspart status - The badge for a service that is not active; also status-inactive, status-defunct,
 * status-temporarily-closed.
 * @csspart organization - "Run by …".
 * @csspart description - A card's short description, or the detail's full one.
 * @csspart detail - The detail view of one service.
 * @csspart detail-title - The detail view's heading.
 * @csspart back-link - "Back to all services".
 * @csspart alert - A service's alert text.
 * @csspart section - A detail section (also section-contact, section-where, section-when, section-cost,
 * section-who, section-languages, section-areas, section-accessibility, section-terms, section-related).
 * @csspart section-title - A detail section's heading.
 * @csspart phone - A phone number (a tel: link when it can be dialled).
 * @csspart email - An email link.
 * @csspart website - The service's website link.
 * @csspart contact - One contact person, with their phone numbers and email.
 * @csspart location - One place; address is its address line.
 * @csspart address - An address line.
 * @csspart map-link - The OpenStreetMap link of a place.
 * @csspart checked - "Last checked 3 March 2026".
 * @csspart related - The list of other services from the same organisation; related-link each link.
 * @csspart related-link - A link to another service of the same organisation.
 * @csspart pagination - The page navigation; page-link, previous, next, page-number inside.
 * @csspart page-link - Previous/next page links.
 * @csspart page-number - "Page 2 of 5".
 * @csspart button - Every button (search, Try again).
 * @csspart retry - The "Try again" button.
 * @csspart loading - The loading skeleton.
 * @csspart empty - "No services found".
 * @csspart error - The error message box; error-message is its text.
 * @csspart error-message - The words of an error.
 * @csspart issues - With show-issues: the data problems found; issue is each one.
 * @csspart issues-list - With show-issues: the list of problems.
 * @csspart issue - One data problem.
 * @csspart issue-path - The field a data problem is in.
 *
 * @cssproperty --oruk-font-family - Font. Default: the site's (inherit).
 * @cssproperty --oruk-font-size - Base size. Default 1em.
 * @cssproperty --oruk-line-height - Default 1.5.
 * @cssproperty --oruk-color - Text colour. Default: the site's (inherit).
 * @cssproperty --oruk-muted-color - Secondary text. Default: the text colour, lighter.
 * @cssproperty --oruk-link-color - Links. Default --oruk-accent-color.
 * @cssproperty --oruk-accent-color - Buttons and links. Default #005ea5.
 * @cssproperty --oruk-button-background - Default the accent colour.
 * @cssproperty --oruk-button-color - Default #fff.
 * @cssproperty --oruk-focus-color - Focus outline. Default #ffbf47.
 * @cssproperty --oruk-border-color - Card and field borders.
 * @cssproperty --oruk-surface - Card background. Default transparent.
 * @cssproperty --oruk-spacing - Space between and inside cards. Default 1em.
 * @cssproperty --oruk-radius - Corner radius. Default 6px.
 * @cssproperty --oruk-title-size - Card heading size. Default 1.2em.
 * @cssproperty --oruk-detail-title-size - Detail heading size. Default 1.5em.
 * @cssproperty --oruk-status-background - Status badge background.
 * @cssproperty --oruk-status-color - Status badge text.
 * @cssproperty --oruk-error-color - Error border.
 * @cssproperty --oruk-alert-color - The border beside a service's alert. Default #d4351c.
 * @cssproperty --oruk-input-background - Search field and select background. Default the browser's field colour.
 * @cssproperty --oruk-input-color - Search field and select text. Default the browser's field text colour.
 * @cssproperty --oruk-skeleton-card-height - Least height of each loading placeholder. Default: the height of its
 * placeholder lines (a title, an organisation and a short description, like a real card).
 */
export class OrukServiceList extends OrukElement {
  static override styles = serviceListStyles;

  // Reactive properties are declared here rather than with decorators: standard decorators
  // are not native in browsers yet, and their down-levelled form (with tslib's helpers) cost nearly 2 kB gzip.
  static override properties = {
    api: { converter: textAttribute },
    organization: { converter: textAttribute },
    taxonomyTerm: { attribute: 'taxonomy-term', converter: textAttribute },
    search: { converter: textAttribute },
    perPage: { attribute: 'per-page', converter: numberAttribute(10) },
    headingLevel: { attribute: 'heading-level', converter: numberAttribute(2) },
    showIssues: { attribute: 'show-issues', type: Boolean },
    noHistory: { attribute: 'no-history', type: Boolean },
    selected: { converter: textAttribute },
    services: { attribute: false },
    _query: { state: true, attribute: false },
    _list: { state: true, attribute: false },
    _detail: { state: true, attribute: false },
    _related: { state: true, attribute: false },
    _remoteTerms: { state: true, attribute: false },
  };

  /** The feed's base URL, e.g. `https://catalogue.example.org/api`. Inside `<oruk-catalogue>` it may be left out. */
  declare api: string;
  /**
   * Show only this organisation's services (organisation id). The category filter then offers
   * only the categories its services use, where the catalogue can say which (docs/catalogue.md).
   */
  declare organization: string;
  /** Show only services with this taxonomy term id. When set, the category filter is not offered. */
  declare taxonomyTerm: string;
  /** The search text to start with (the URL's state wins when a person has bookmarked a search). */
  declare search: string;
  /** Services per page. Default 10. */
  declare perPage: number;
  /** Level of the card and detail headings, 1 to 6. Default 2. */
  declare headingLevel: number;
  /** Show the data-quality problems the reader found in the feed. */
  declare showIssues: boolean;
  /** Keep no state in the page URL (for previews and embedded uses). */
  declare noHistory: boolean;
  /** The id of the service whose detail view is shown; empty for the list. */
  declare selected: string;
  /** Services to render as they are, with no fetching. Search, filter and pages work on them in the browser. */
  declare services: ServiceView[] | undefined;

  declare private _query: { search: string; term: string; page: number };
  declare private _list: ListState;
  declare private _detail: DetailState;
  declare private _related: ServiceView[] | undefined;
  declare private _remoteTerms: TaxonomyTermView[];

  constructor() {
    super();
    this.addEventListener('pointerover', this.#warmDetail);
    this.addEventListener('focusin', this.#warmDetail);
    this.api = '';
    this.organization = '';
    this.taxonomyTerm = '';
    this.search = '';
    this.perPage = 10;
    this.headingLevel = 2;
    this.showIssues = false;
    this.noHistory = false;
    this.selected = '';
    this._query = { search: '', term: '', page: 1 };
    this._list = { kind: 'idle' };
    this._detail = { kind: 'none' };
    this._remoteTerms = [];
  }

  readonly #catalogue = new CatalogueController(this, () => this.api);
  /**
   * The language and its strings: Welsh arrives in its own chunk, and until then the skeleton
   * shows; if it cannot be downloaded, English (Try again asks again).
   */
  readonly #language = new LangController<Strings>(this, stringsIn);
  /** Services saved elsewhere on the page (the store's service-changed), newest first. */
  readonly #overrides = new Map<string, ServiceView>();
  #listenedStore: EventTarget | undefined;
  /**
   * The fetch each part of the view last started (the list page, the detail, related services, categories): its key
   * and how to stop it.
   */
  #fetches: Partial<Record<FetchPart, { key: string; abort: AbortController }>> = {};
  #focusAfterRender: 'detail' | 'summary' | 'issues' | { card: string } | undefined;
  /** Bumped whenever `services` is replaced. */
  #servicesVersion = 0;
  /** The services the last render showed, for the JSON-LD. */
  #shown: ServiceView[] = [];
  #jsonLdWritten = false;
  /** The chunks this element has asked for: loading, or failed (until "Try again"). */
  readonly #chunks = new Map<Lazy<unknown>, 'loading' | 'failed'>();
  /** Chunks this element is waiting for: `updateComplete` waits for them and the render they bring. */
  readonly #pending = new Set<Promise<unknown>>();

  /**
   * A pointer over, or focus on, a service's link starts downloading the detail view, so
   * it is usually here by the time the person clicks; a page that is only browsed never
   * fetches it. A failed download here is silent: opening the service tries again.
   */
  readonly #warmDetail = (event: Event): void => {
    if (detailChunk.value) return; // already here: nothing to start on every pointer move
    if (event.composedPath().some((node) => node instanceof HTMLElement && node.dataset['openService'] !== undefined)) {
      detailChunk.load().catch(() => undefined);
    }
  };

  override connectedCallback(): void {
    // The search to start with; a bookmarked state in the URL wins (applied as the URL state controller connects).
    this._query = { ...this._query, search: this.search ?? '' };
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listenStore(undefined);
    // Loads start again on reconnection.
    this.#stopFetches();
  }

  /** Loads the list again (as the "Try again" button does). */
  reload(): void {
    // Welsh words that failed to download (English shows meanwhile) are asked for again too.
    this.#language.retry();
    this.#chunks.clear();
    this.#stopFetches();
    this.requestUpdate();
  }

  #stopFetches(): void {
    for (const started of Object.values(this.#fetches)) started.abort.abort();
    this.#fetches = {};
  }

  /**
   * Starts `start` for one part of the view, unless a fetch with the same key
   * already started there, and stops the one before. The answer of a fetch
   * that was stopped is dropped. `start` may settle the state at once and fetch nothing.
   */
  #fetch<T>(
    part: FetchPart,
    key: unknown[],
    start: (signal: AbortSignal) => Promise<T> | void,
    done: (value: T) => void,
    failed: (error: unknown) => void,
  ): void {
    const id = JSON.stringify(key);
    if (this.#fetches[part]?.key === id) return;
    this.#fetches[part]?.abort.abort();
    const abort = new AbortController();
    this.#fetches[part] = { key: id, abort };
    start(abort.signal)?.then(
      (value) => abort.signal.aborted || done(value),
      (error: unknown) => abort.signal.aborted || failed(error),
    );
  }

  // ---- Data -------------------------------------------------------------

  #source(): CatalogueConnection | undefined {
    return this.#catalogue.value;
  }

  #isLocal(): boolean {
    return this.services !== undefined;
  }

  #perPage(): number {
    const n = Math.trunc(Number(this.perPage));
    return Number.isFinite(n) && n >= 1 ? Math.min(n, 100) : 10;
  }

  #term(): string {
    return textOf(this.taxonomyTerm) || this._query.term;
  }

  #latest(service: ServiceView): ServiceView {
    return this.#overrides.get(service.id) ?? service;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search') && this.isConnected && changed.get('search') !== undefined) {
      this._query = { ...this._query, search: this.search ?? '', page: 1 };
    }
    if (changed.has('services')) {
      this.#servicesVersion++;
      // Newly given services are the newest copies: they win over earlier saves heard from the store.
      for (const s of this.services ?? []) this.#overrides.delete(s.id);
    }
    const source = this.#source();
    this.#listenStore(source?.store);
    if (this.#isLocal()) {
      this.#fetches.list?.abort.abort();
      delete this.#fetches.list;
    } else if (source) {
      this.#ensureList(source);
      this.#ensureTerms(source);
    }
    this.#ensureDetail(source);
    if (this._detail.kind === 'loaded') this.#ensureRelated(this.#latest(this._detail.service));
  }

  /** Resolves once the element has rendered, including what arrives with a chunk it asked for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending.size > 0) {
      await Promise.all(this.#pending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  #track(work: Promise<unknown>): void {
    const tracked: Promise<unknown> = work.catch(() => undefined).finally(() => this.#pending.delete(tracked));
    this.#pending.add(tracked);
  }

  /** A chunk's module, or undefined while it loads (the element renders again when it arrives) or after it failed. */
  #use<T>(chunk: Lazy<T>): T | undefined {
    if (chunk.value || this.#chunks.has(chunk)) return chunk.value;
    this.#chunks.set(chunk, 'loading');
    this.#track(
      chunk.load().then(
        () => {
          this.#chunks.delete(chunk);
          this.requestUpdate();
        },
        () => {
          this.#chunks.set(chunk, 'failed');
          this.requestUpdate();
        },
      ),
    );
    return undefined;
  }

  #ensureList(source: CatalogueConnection): void {
    const query = {
      page: this._query.page,
      perPage: this.#perPage(),
      search: this._query.search,
      organizationId: textOf(this.organization),
      taxonomyTermId: this.#term(),
    };
    this.#fetch(
      'list',
      [source.baseUrl, query],
      (signal) => {
        this._list = { kind: 'loading' };
        return source.client.services(query, signal);
      },
      (page) => {
        for (const item of page.items) this.#dropStaleOverride(item);
        this._list = {
          kind: 'loaded',
          page: { ...page, totalPages: Math.max(1, page.totalPages), perPage: query.perPage, shown: page.items.length },
        };
      },
      (error) => (this._list = { kind: 'error', error: this.#reportError(error) }),
    );
  }

  #ensureTerms(source: CatalogueConnection): void {
    // Asked for beside the first page: the client finds a v1 feed's /taxonomies whichever answers first.
    if (textOf(this.taxonomyTerm)) return;
    // One charity's list offers its own categories, where the catalogue can say which (docs/catalogue.md).
    const organizationId = textOf(this.organization);
    this.#fetch(
      'terms',
      [source.baseUrl, organizationId],
      (signal) => {
        this._remoteTerms = [];
        return source.client.taxonomyTerms({ perPage: 100, organizationId }, signal);
      },
      (page) =>
        (this._remoteTerms = page.items.filter((t) => t.id && t.name).sort((a, b) => a.name.localeCompare(b.name))),
      // No categories to offer: the filter is left out.
      () => undefined,
    );
  }

  #ensureDetail(source: CatalogueConnection | undefined): void {
    const id = textOf(this.selected);
    const local = this.#isLocal() ? this.#servicesVersion : -1;
    let known: ServiceView | undefined;
    this.#fetch(
      'detail',
      [source?.baseUrl, local, id],
      (signal) => {
        known = id ? this.#findKnown(id) : undefined;
        const shown: DetailState = known ? { kind: 'loaded', id, service: known } : { kind: 'loading', id };
        if (!id) this._detail = { kind: 'none' };
        else if (this.#isLocal() || !source)
          this._detail = known ? shown : { kind: 'error', id, error: { kind: 'not-found' } };
        else {
          // Show what we have at once; fetch the full record (a list page may carry less).
          this._detail = shown;
          return source.client.service(id, signal);
        }
      },
      (service) => {
        this.#dropStaleOverride(service);
        this._detail = { kind: 'loaded', id, service };
      },
      (error) => known || (this._detail = { kind: 'error', id, error: this.#reportError(error) }),
    );
  }

  #findKnown(id: string): ServiceView | undefined {
    const byId = (s: ServiceView) => s.id === id;
    return (
      this.#overrides.get(id) ??
      this.services?.find(byId) ??
      this.#source()?.store.get(id) ??
      (this._list.kind === 'loaded' ? this._list.page.items.find(byId) : undefined) ??
      this._related?.find(byId)
    );
  }

  #ensureRelated(service: ServiceView): void {
    const orgId = service.organization?.id ?? '';
    const source = this.#source();
    const local = this.#isLocal() || !source;
    this.#fetch(
      'related',
      [local ? this.#servicesVersion : source.baseUrl, orgId],
      (signal) => {
        if (!orgId) this._related = [];
        else if (local)
          this._related = (this.services ?? []).filter((s) => s.organization?.id === orgId).slice(0, RELATED_LIMIT + 1);
        else {
          this._related = undefined;
          return source.client.services({ organizationId: orgId, perPage: RELATED_LIMIT + 1, page: 1 }, signal);
        }
      },
      (page) => (this._related = page.items),
      () => (this._related = []),
    );
  }

  #dropStaleOverride(fresh: ServiceView): void {
    const saved = this.#overrides.get(fresh.id);
    if (!saved) return;
    const savedAt = Date.parse(saved.lastModified ?? '');
    const freshAt = Date.parse(fresh.lastModified ?? '');
    if (Number.isFinite(savedAt) && Number.isFinite(freshAt) && freshAt >= savedAt) this.#overrides.delete(fresh.id);
  }

  #listenStore(store: EventTarget | undefined): void {
    if (store === this.#listenedStore) return;
    this.#listenedStore?.removeEventListener(SERVICE_CHANGED, this.#onServiceChanged);
    this.#listenedStore = store;
    store?.addEventListener(SERVICE_CHANGED, this.#onServiceChanged);
  }

  readonly #onServiceChanged = (event: Event): void => {
    const service = (event as CustomEvent<ServiceView>).detail;
    if (!service?.id) return;
    this.#overrides.set(service.id, service);
    if (this._detail.kind !== 'none' && this._detail.id === service.id) {
      this._detail = { kind: 'loaded', id: service.id, service };
    }
    this.requestUpdate();
  };

  #reportError(error: unknown): LoadError {
    const info = toLoadError(error);
    this.emit('oruk-load-error', info);
    return info;
  }

  // ---- URL state and navigation ----------------------------------------------

  /** The search, category, page and open service, in the page URL (unless no-history). */
  readonly #url = new UrlStateController(
    this,
    () => ({ ...this._query, service: textOf(this.selected) }),
    (s: ListUrlState, popped?: boolean) => {
      // Back or forward: focus follows to the detail view, or back to the card of the service left.
      const before = this.selected;
      if (popped && s.service && s.service !== before) this.#focusAfterRender = 'detail';
      else if (popped && !s.service && before) this.#focusAfterRender = { card: before };
      this._query = { search: s.search, term: s.term, page: s.page };
      this.selected = s.service;
    },
  );

  #open = (event: MouseEvent, id: string): void => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this.#focusAfterRender = 'detail';
    this.#url.navigate({ service: id });
    this.emit('oruk-service-open', { id });
  };

  #back = (event: MouseEvent): void => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    const id = this.selected;
    this.#focusAfterRender = { card: id };
    this.#url.navigate({ service: '' });
    this.emit('oruk-service-close', { id });
  };

  #onSearch = (search: string, term: string): void => {
    this.#url.navigate({ search, term, page: 1 });
  };

  #goToPage = (page: number): void => {
    this.#focusAfterRender = 'summary';
    this.#url.navigate({ page });
  };

  #clearSearch = (event: MouseEvent): void => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this.#url.navigate({ search: '', page: 1 });
    this.#focusAfterRender = 'summary';
  };

  // ---- Rendering --------------------------------------------------------------

  #context(strings: Strings): RenderContext {
    return {
      strings,
      headingLevel: clampLevel(Number(this.headingLevel)),
      hrefFor: (change) => this.#url.href(change),
      open: this.#open,
    };
  }

  /** The list's data now: local paging over `services` (once its chunk is here), or the loaded page. */
  #currentList(): ListState {
    const services = this.services;
    if (!services) return this._list;
    const local = this.#use(localChunk);
    if (!local)
      return this.#chunks.get(localChunk) === 'failed'
        ? { kind: 'error', error: { kind: 'download' } }
        : { kind: 'loading' };
    const all = this.#overrides.size ? services.map((s) => this.#latest(s)) : services;
    return {
      kind: 'loaded',
      page: local.localListPage(all, {
        search: this._query.search,
        organizationId: textOf(this.organization),
        taxonomyTermId: this.#term(),
        page: this._query.page,
        perPage: this.#perPage(),
      }),
    };
  }

  protected override render() {
    this.#shown = [];
    const strings = this.#language.strings;
    if (!strings) {
      // Before the strings (Welsh) arrive: placeholders for the search form too.
      const shape = this.selected ? {} : { fields: textOf(this.taxonomyTerm) ? 1 : 2, frame: true };
      return skeleton(this.selected ? 1 : this.#perPage(), englishStrings.list.loading, shape);
    }
    const ctx = this.#context(strings);
    if (this._detail.kind !== 'none') return this.#renderDetail(ctx);
    return this.#renderList(ctx);
  }

  #renderList(ctx: RenderContext) {
    if (!this.#isLocal() && !this.#source()) return noSourceState(ctx);
    const list = this.#currentList();
    const terms = textOf(this.taxonomyTerm)
      ? []
      : this.services
        ? (this.#use(localChunk)?.localTerms(this.services, textOf(this.organization)) ?? [])
        : this._remoteTerms;
    const controls = searchForm(ctx, {
      search: this._query.search,
      term: this._query.term,
      terms,
      onSearch: this.#onSearch,
    });
    let body: unknown;
    if (list.kind === 'loading' || list.kind === 'idle')
      body = skeleton(this.#perPage(), ctx.strings.list.loading, { frame: true });
    else if (list.kind === 'error') body = errorState(list.error, ctx, () => this.reload());
    else if (list.page.totalItems === 0 || list.page.items.length === 0) {
      body = html`${emptyState(ctx, this._query.search, this.#clearSearch)}${this.#issues(list.page.problems, ctx)}`;
    } else {
      const items = list.page.items.map((s) => this.#latest(s));
      this.#shown = items;
      body = html`${resultsSummary(ctx, list.page)}
        <ul part="list" class="services" role="list" aria-label=${ctx.strings.list.servicesList}>
          ${items.map((s) => serviceCard(s, ctx))}
        </ul>
        ${pagination(ctx, list.page, this.#goToPage)} ${this.#issues(list.page.problems, ctx)}`;
    }
    return html`${controls}${body}`;
  }

  /** The detail chunk, its styles added to this element, or undefined while it loads. */
  #detailChunk() {
    const detail = this.#use(detailChunk);
    detail?.adoptDetailStyles(this.renderRoot as ShadowRoot);
    return detail;
  }

  #renderDetail(ctx: RenderContext) {
    const detail = this._detail;
    if (detail.kind === 'loading') return skeleton(1, ctx.strings.list.loadingService);
    if (detail.kind === 'error') return this.#detailError(detail.error, ctx);
    if (detail.kind !== 'loaded') return nothing;
    const service = this.#latest(detail.service);
    this.#shown = [service];
    const view = this.#detailChunk();
    if (!view) {
      // The detail view's code is fetched when a service is first opened: a download error when it cannot be.
      return this.#chunks.get(detailChunk) === 'failed'
        ? this.#detailError({ kind: 'download' }, ctx)
        : skeleton(1, ctx.strings.list.loadingService);
    }
    return html`${view.detailView(service, this._related, ctx, { back: this.#back })}
    ${this.#issues(service.problems, ctx)}`;
  }

  #detailError(error: LoadError, ctx: RenderContext) {
    return html`<p class="back-row">
        <a part="back-link" class="back-link" href=${ctx.hrefFor({ service: '' })} @click=${this.#back}
          >${ctx.strings.list.back}</a>
      </p>
      ${errorState(error, ctx, () => this.reload(), true)}`;
  }

  #issues(problems: readonly Problem[], ctx: RenderContext) {
    if (!this.showIssues || problems.length === 0) return nothing;
    // The panel waits for the reader's words for the problems (a small chunk per language), then renders again.
    const detail = this.#detailChunk();
    if (detail)
      return detail.issuesPanel(problems, ctx, (loading) => this.#track(loading.then(() => this.requestUpdate())));
    // Its code could not be downloaded: say so in its place, with a way to try again.
    return this.#chunks.get(detailChunk) === 'failed'
      ? chunkError(ctx, () => {
          this.#chunks.delete(detailChunk);
          this.#focusAfterRender = 'issues'; // the panel once it is here, or Try again if it fails again
          this.requestUpdate();
        })
      : nothing;
  }

  protected override updated(): void {
    this.#writeJsonLd();
    const target = this.#focusAfterRender;
    if (!target) return;
    const root = this.renderRoot as ShadowRoot;
    let el: HTMLElement | null;
    if (target === 'detail') {
      el = root.getElementById(DETAIL_HEADING_ID);
      if (!el && this._detail.kind !== 'loading') el = root.querySelector<HTMLElement>('.back-link');
    } else if (target === 'issues') {
      el = root.querySelector<HTMLElement>('[part="issues"], [part="error"] [part~="retry"]');
    } else if (target === 'summary') {
      el = root.getElementById('summary') ?? root.querySelector<HTMLElement>('.empty, .error');
    } else {
      el =
        root.querySelector<HTMLElement>(`.title-link[data-open-service="${CSS.escape(target.card)}"]`) ??
        root.getElementById('summary');
    }
    if (el) {
      this.#focusAfterRender = undefined;
      el.focus();
    }
  }

  /** schema.org JSON-LD for what is shown, written once its chunk is here (never before the first render). */
  #writeJsonLd(): void {
    if (this.#shown.length === 0 && !this.#jsonLdWritten) return;
    const jsonLd = this.#use(jsonLdChunk);
    if (!jsonLd) return;
    jsonLd.writeJsonLd(this, this.#shown);
    this.#jsonLdWritten = this.#shown.length > 0;
  }
}

declare global {
  interface HTMLElementEventMap {
    'oruk-service-open': CustomEvent<ServiceOpenDetail>;
    'oruk-service-close': CustomEvent<ServiceOpenDetail>;
    'oruk-load-error': CustomEvent<LoadError>;
  }
}
