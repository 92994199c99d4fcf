/** The list's states besides results: loading skeleton, nothing found, errors, no source. */
import { html, nothing } from 'lit';
import { fill } from '../../shared/i18n.js';
import type { LoadError } from '../errors.js';
import type { RenderContext } from './context.js';

export interface SkeletonShape {
  /** Placeholders for the search form (before the strings it needs have loaded): its number of fields. */
  fields?: number;
  /** Placeholders for the results summary above the cards and the pagination below. */
  frame?: boolean;
}

/** Placeholder text of `words` words drawn as a bar on each line it takes, so it wraps as real text does. */
const bar = (words: number) => html`<span class="bone-text">${'xxxxx '.repeat(words)}</span>`;

const fieldBones = (n: number) =>
  Array.from({ length: n }).map(
    () => html`<span class="field"><span class="bone bone-label"></span><span class="bone bone-input"></span></span>`,
  );

/**
 * The loading state: placeholder cards, one per expected result, laid out with
 * the real cards' classes (title, organisation line, and a description of
 * about a typical one's length that wraps as text does), so the page keeps its height when the services arrive.
 */
export function skeleton(count: number, label: string, shape: SkeletonShape = {}) {
  const rows = Array.from({ length: Math.max(1, Math.min(count, 50)) });
  const fields = shape.fields
    ? html`<div class="search">${fieldBones(shape.fields)}<span class="bone bone-button"></span></div>`
    : nothing;
  return html`<div part="loading" class="loading" role="status" aria-live="polite" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    <div aria-hidden="true">
      ${fields}
      ${shape.frame ? html`<p class="summary">${bar(5)}</p>` : nothing}
      <ul class="skeleton">
        ${rows.map(
          () =>
            html`<li class="skeleton-card">
              <p class="title">${bar(4)}</p>
              <p class="organization">${bar(4)}</p>
              <p class="description">${bar(28)}</p>
            </li>`,
        )}
      </ul>
      ${shape.frame ? html`<div class="pagination"><span class="page-link">${bar(2)}</span></div>` : nothing}
    </div>
  </div>`;
}

export function emptyState(ctx: RenderContext, search: string, clear: (e: MouseEvent) => void) {
  const { list } = ctx.strings;
  return html`<div part="empty" class="empty" role="status">
    <p class="empty-title">${list.empty}</p>
    ${
      search
        ? html`<p>${fill(list.emptySearch, { search })}</p>
          <p><a part="clear-search" href=${ctx.hrefFor({ search: '', page: 1 })} @click=${clear}
            >${list.clearSearch}</a></p>`
        : nothing
    }
  </div>`;
}

export function errorMessage(error: LoadError, ctx: RenderContext, forService = false): string {
  const { list } = ctx.strings;
  // A missing list page is the catalogue's problem; a missing service is news for the reader.
  const kind = error.kind === 'not-found' && !forService ? 'http' : error.kind;
  return fill(list[ERROR_KEYS[kind] ?? 'errorOther'], { status: error.status ?? '?' });
}

/** The words for each kind of failure; any other kind (aborted, other) gets errorOther. */
const ERROR_KEYS: Partial<Record<LoadError['kind'], string>> = {
  network: 'errorNetwork',
  download: 'errorDownload',
  timeout: 'errorTimeout',
  'not-found': 'errorNotFound',
  http: 'errorHttp',
  parse: 'errorParse',
};

/**
 * A clear error with a "Try again" button. The element's light-DOM children
 * (the no-JavaScript fallback, such as a link to the catalogue) are shown
 * here too, through the default slot.
 */
export function errorState(error: LoadError, ctx: RenderContext, retry: () => void, forService = false) {
  const { list } = ctx.strings;
  return html`<div part="error" class="error" role="alert">
    <p class="error-title"><strong>${forService ? list.errorServiceHeading : list.errorHeading}</strong></p>
    <p part="error-message">${errorMessage(error, ctx, forService)}</p>
    <button part="button retry" class="button" type="button" @click=${retry}>${list.tryAgain}</button>
    <div class="fallback"><slot></slot></div>
  </div>`;
}

export function noSourceState(ctx: RenderContext) {
  return html`<div part="error" class="error" role="alert"
    ><p part="error-message">${ctx.strings.list.noSource}</p><slot></slot></div>`;
}

/**
 * In the place of a part whose code could not be downloaded (the data-problems panel): what happened, and
 * "Try again".
 */
export function chunkError(ctx: RenderContext, retry: () => void) {
  const { list } = ctx.strings;
  return html`<div part="error" class="error" role="alert">
    <p part="error-message">${list.errorDownload}</p>
    <button part="button retry" class="button" type="button" @click=${retry}>${list.tryAgain}</button>
  </div>`;
}
