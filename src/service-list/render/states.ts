/** The list's states besides results: loading skeleton, nothing found, errors, no source. */
import { html, nothing } from 'lit';
import { fill } from '../../shared/i18n.js';
import type { LoadError } from '../errors.js';
import type { RenderContext } from './context.js';

/** Placeholder cards, one per expected result, so the page keeps its height while loading. */
export function skeleton(count: number, label: string) {
  const rows = Array.from({ length: Math.max(1, Math.min(count, 50)) });
  return html`<div part="loading" class="loading" role="status" aria-live="polite" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    <ul class="skeleton" aria-hidden="true">
      ${rows.map(() => html`<li class="skeleton-card"><span class="bone bone-title"></span><span class="bone"></span><span class="bone bone-short"></span></li>`)}
    </ul>
  </div>`;
}

export function emptyState(ctx: RenderContext, search: string, clear: (e: MouseEvent) => void) {
  const { list } = ctx.strings;
  return html`<div part="empty" class="empty" role="status">
    <p class="empty-title">${list.empty}</p>
    ${search
      ? html`<p>${fill(list.emptySearch, { search })}</p>
          <p><a part="clear-search" href=${ctx.hrefFor({ search: '', page: 1 })} @click=${clear}>${list.clearSearch}</a></p>`
      : nothing}
  </div>`;
}

export function errorMessage(error: LoadError, ctx: RenderContext, forService = false): string {
  const { list } = ctx.strings;
  // A missing list page is the catalogue's problem; a missing service is news for the reader.
  const kind = error.kind === 'not-found' && !forService ? 'http' : error.kind;
  switch (kind) {
    case 'network':
      return list.errorNetwork;
    case 'timeout':
      return list.errorTimeout;
    case 'not-found':
      return list.errorNotFound;
    case 'http':
      return fill(list.errorHttp, { status: error.status ?? '?' });
    case 'parse':
      return list.errorParse;
    default:
      return list.errorOther;
  }
}

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
  return html`<div part="error" class="error" role="alert"><p part="error-message">${ctx.strings.list.noSource}</p><slot></slot></div>`;
}
