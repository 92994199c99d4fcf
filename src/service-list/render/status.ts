import { html, nothing } from 'lit';
import { CHOICES } from '../../model/fields/generated/choices.js';
import { badgesEn } from '../../model/fields/generated/en-badges.js';
import type { ServiceStatus } from '../../model/view-model.js';
import type { RenderContext } from './context.js';

/** The statuses in the registry's order: their words' keys are `service.status.N` (see choiceKey). */
const STATUSES: readonly string[] = CHOICES['service.status'];

/** The badge shown when a service is not active: the field registry's word for visitors, else the status's label. */
export function statusBadge(status: ServiceStatus, ctx: RenderContext) {
  if (status === 'active') return nothing;
  const key = `service.status.${STATUSES.indexOf(status)}`;
  const { shown, choices } = ctx.strings.fields ?? badgesEn;
  const label = shown[key] ?? choices[key] ?? status;
  return html`<p part="status status-${status.replace(/\s+/g, '-')}" class="status" data-status=${status}>${label}</p>`;
}
