import { html, nothing } from 'lit';
import type { ServiceStatus } from '../../model/view-model.js';
import type { RenderContext } from './context.js';

/** The badge shown when a service is not active ("Temporarily closed"). */
export function statusBadge(status: ServiceStatus, ctx: RenderContext) {
  if (status === 'active') return nothing;
  const label = ctx.strings.list[`status_${status}`] ?? status;
  return html`<p part="status status-${status.replace(/\s+/g, '-')}" class="status" data-status=${status}>${label}</p>`;
}
