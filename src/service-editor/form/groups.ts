/**
 * Repeating groups (cost options, opening times, locations…): a list of
 * fieldsets, each with Move up / Move down / Remove buttons, and an Add button.
 * Buttons carry `data-action`, `data-list` and `data-index`; the form handles
 * them with one click listener. Each item is re-rendered only when it, its
 * position or the form's shown errors change (`guard`), which keeps typing fast
 * on records with hundreds of items. (Items are not keyed: a move or removal
 * changes the positions, and so re-renders, every item after it anyway.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { fieldId, type FieldContext, type TextKey } from './fields.js';
import { isObject } from './record-path.js';

export interface GroupOptions {
  /** Dotted path of the array, e.g. `service_at_locations.0.location.accessibility`. */
  path: string;
  legend: TextKey;
  /** Singular noun for one item, e.g. "Cost option" (items are labelled "Cost option 2"). */
  noun: TextKey;
  add: TextKey;
  items: unknown;
  /** Nested groups (inside an item) use a smaller legend. */
  nested?: boolean;
  renderItem(item: Record<string, unknown>, itemPath: string): TemplateResult | readonly TemplateResult[];
}

/** The id of a group's Add button. */
export function addButtonId(listPath: string): string {
  return `add-${fieldId(listPath)}`;
}

export function repeatGroup(ctx: FieldContext, o: GroupOptions): TemplateResult {
  const { s } = ctx;
  const items = Array.isArray(o.items) ? o.items : [];
  const total = items.length;
  const button = (action: string, text: string, index: number, label: string) =>
    html`<button type="button" class="button ${action === 'remove' ? 'warning' : 'secondary'}" data-action=${action} data-list=${o.path} data-index=${index}>
      ${text}<span class="visually-hidden"> ${label}</span>
    </button>`;
  return html`<fieldset class="group ${o.nested ? 'nested' : ''}" data-group=${o.path}>
    <legend class="legend ${o.nested ? '' : 'section'}">${s[o.legend]}</legend>
    ${total
      ? html`<ol class="items" role="list">
          ${items.map(
            (item, index) => html`<li class="item">
              ${guard([item, index, total, ctx.version, ctx.errorsKey(`${o.path}.${index}`)], () => {
                const itemPath = `${o.path}.${index}`;
                const label = s.itemLabel(s[o.noun], index + 1);
                return html`<fieldset class="item__fieldset" id=${fieldId(itemPath)} data-item=${itemPath}>
                  <legend class="legend item__legend">${label}</legend>
                  ${o.renderItem(isObject(item) ? item : {}, itemPath)}
                  <div class="item__actions">
                    ${index > 0 ? button('up', s.moveUp, index, label) : nothing}
                    ${index < total - 1 ? button('down', s.moveDown, index, label) : nothing}
                    ${button('remove', s.remove, index, label)}
                  </div>
                </fieldset>`;
              })}
            </li>`,
          )}
        </ol>`
      : nothing}
    <button type="button" class="button secondary" id=${addButtonId(o.path)} data-action="add" data-list=${o.path}>${s[o.add]}</button>
  </fieldset>`;
}
