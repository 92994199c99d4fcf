/** Taxonomy terms chosen from the catalogue's /taxonomy_terms, as checkboxes with a filter. */
import { html, type TemplateResult } from 'lit';
import type { TaxonomyTermView } from '../../../model/view-model.js';
import { choiceField, type FieldContext } from '../fields.js';
import { extraLinkedTerms, linkedTermIds } from '../taxonomy.js';

/** Above this many choices the form offers a filter box. */
export const FILTER_FROM = 8;

export function renderTaxonomy(
  ctx: FieldContext,
  attributes: unknown,
  choices: readonly TaxonomyTermView[],
  filter: string,
): TemplateResult {
  const { s } = ctx;
  const linked = linkedTermIds(attributes);
  const all = [...choices, ...extraLinkedTerms(attributes, choices)];
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle
    ? all.filter(
        (t) =>
          linked.has(t.id) ||
          t.name.toLocaleLowerCase().includes(needle) ||
          (t.taxonomy ?? '').toLocaleLowerCase().includes(needle),
      )
    : all;
  const label = (t: TaxonomyTermView) => (t.taxonomy ? `${t.name} (${t.taxonomy})` : t.name);
  return html`<div class="group" data-group="attributes">
    ${choiceField(ctx, {
      path: 'attributes',
      legend: s.taxonomy,
      hint: s.taxonomyHint,
      choices: shown.map((t) => ({ value: t.id, label: label(t) })),
      checked: linked,
      role: 'term',
      optional: true,
      empty: all.length === 0 ? s.noTerms : s.noMatchingTerms,
      before:
        all.length > FILTER_FROM
          ? html`<div class="field">
              <label class="label" for="taxonomy-filter">${s.filterTerms}</label>
              <input class="input w20" id="taxonomy-filter" type="search" data-filter="taxonomy" .value=${filter} autocomplete="off" />
            </div>`
          : undefined,
    })}
  </div>`;
}
