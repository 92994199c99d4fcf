/** Search box, taxonomy filter, the "Showing 11 to 20 of 42 services" line and pagination. */
import { html, nothing } from 'lit';
import type { TaxonomyTermView } from '../../model/view-model.js';
import { fill, plural } from '../../shared/i18n.js';
import { isPlainClick, type RenderContext } from './context.js';

export interface SearchControls {
  search: string;
  term: string;
  /** Empty: no filter shown (for example when the integrator fixed the term). */
  terms: readonly TaxonomyTermView[];
  onSearch(search: string, term: string): void;
}

export function searchForm(ctx: RenderContext, c: SearchControls) {
  const { list } = ctx.strings;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    c.onSearch(text('q').trim(), text('term'));
  };
  const change = (e: Event) => {
    const form = (e.currentTarget as HTMLSelectElement).form!;
    form.requestSubmit();
  };
  return html`<form part="search" class="search" role="search" @submit=${submit}>
    <div class="field">
      <label part="label" for="q">${list.searchLabel}</label>
      <input part="search-input input" id="q" name="q" type="search" .value=${c.search} autocomplete="off" />
    </div>
    ${
      c.terms.length
        ? html`<div class="field">
          <label part="label" for="term">${list.filterLabel}</label>
          <select part="filter" id="term" name="term" @change=${change}>
            <option value="" ?selected=${!c.term}>${list.filterAll}</option>
            ${c.terms.map((t) => html`<option value=${t.id} ?selected=${t.id === c.term}>${t.name}</option>`)}
          </select>
        </div>`
        : nothing
    }
    <button part="button search-button" class="button" type="submit">${list.searchButton}</button>
  </form>`;
}

export interface PageInfo {
  pageNumber: number;
  totalPages: number;
  totalItems: number;
  perPage: number;
  shown: number;
}

export function showingText(ctx: RenderContext, p: PageInfo): string {
  const from = p.totalItems === 0 ? 0 : (p.pageNumber - 1) * p.perPage + 1;
  const to = p.totalItems === 0 ? 0 : from + p.shown - 1;
  return fill(plural(ctx.strings.list, 'showing', p.totalItems, ctx.strings.lang), { from, to, total: p.totalItems });
}

export function resultsSummary(ctx: RenderContext, p: PageInfo) {
  return html`<p part="summary" class="summary" id="summary" tabindex="-1" role="status">${showingText(ctx, p)}</p>`;
}

export function pagination(ctx: RenderContext, p: PageInfo, go: (page: number) => void) {
  if (p.totalPages <= 1) return nothing;
  const { list } = ctx.strings;
  const link = (page: number, label: string, rel: string, part: string) => html`<a
    part="page-link ${part}"
    class="page-link"
    rel=${rel}
    href=${ctx.hrefFor({ page })}
    @click=${(e: MouseEvent) => {
      if (!isPlainClick(e)) return;
      e.preventDefault();
      go(page);
    }}
    >${label}</a
  >`;
  const pageOf = fill(list.pageOf, { page: p.pageNumber, pages: p.totalPages });
  return html`<nav part="pagination" class="pagination" aria-label=${list.pagination}>
    ${p.pageNumber > 1 ? link(p.pageNumber - 1, list.previous, 'prev', 'previous') : nothing}
    <span part="page-number" class="page-number">${pageOf}</span>
    ${p.pageNumber < p.totalPages ? link(p.pageNumber + 1, list.next, 'next', 'next') : nothing}
  </nav>`;
}
