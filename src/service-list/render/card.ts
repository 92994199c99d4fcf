/** One service in the list: its name (a link to the detail), status badge, organisation and a short description. */
import { html, nothing } from 'lit';
import type { ServiceView } from '../../model/view-model.js';
import { fill } from '../../shared/i18n.js';
import { type RenderContext } from './context.js';
import { heading } from './heading.js';
import { statusBadge } from './status.js';

const SHORT = 240;

export function shortText(text: string | undefined, max = SHORT): string | undefined {
  if (!text) return undefined;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

export function serviceCard(service: ServiceView, ctx: RenderContext) {
  const summary = shortText(service.summary);
  const organization = service.organization?.name;
  const by = organization ? fill(ctx.strings.list.by, { organization }) : undefined;
  return html`<li part="service" class="service" data-service-id=${service.id}>
    ${heading(
      ctx.headingLevel,
      html`<a
        part="title-link"
        class="title-link"
        href=${ctx.hrefFor({ service: service.id })}
        data-open-service=${service.id}
        @click=${(e: MouseEvent) => ctx.open(e, service.id)}
        >${service.name}</a
      >`,
      { part: 'title' },
    )}
    ${statusBadge(service.status, ctx)}
    ${by !== undefined ? html`<p part="organization" class="organization">${by}</p>` : nothing}
    ${summary ? html`<p part="description" class="description">${summary}</p>` : nothing}
  </li>`;
}
