/** With `show-issues`: what the reader had to repair or drop, for the people who keep the data. */
import { html, nothing } from 'lit';
import type { Problem } from '../../model/problem.js';
import { fill, plural } from '../../shared/i18n.js';
import type { RenderContext } from './context.js';
import { detailContext } from './detail-context.js';

export function issuesPanel(problems: readonly Problem[], base: RenderContext) {
  if (problems.length === 0) return nothing;
  const ctx = detailContext(base);
  const { list } = ctx.strings;
  const title = fill(plural(list, 'issuesHeading', problems.length, ctx.strings.lang), { count: problems.length });
  return html`<section part="issues" class="issues" aria-label=${title}>
    <p class="issues-title"><strong>${title}</strong></p>
    <p>${list.issuesIntro}</p>
    <ul part="issues-list">
      ${problems.map(
        (p) => html`<li part="issue" data-path=${p.path}><code part="issue-path">${p.path}</code> ${p.message}</li>`,
      )}
    </ul>
  </section>`;
}
