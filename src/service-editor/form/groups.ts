/**
 * Repeating groups (cost options, opening times, locations…): a list of
 * fieldsets, each with Move up / Move down / Remove buttons, and an Add button.
 * Buttons carry `data-action`, `data-list` and `data-index`; the form handles
 * them with one click listener. Items are keyed by id (`repeat`) and each is
 * re-rendered only when it, its position or the form's shown errors change
 * (`guard`), which keeps typing fast on records with hundreds of items.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { fieldId, type FieldContext } from './fields.js';
import { isObject } from './record-path.js';

export interface GroupOptions {
  /** Dotted path of the array, e.g. `service_at_locations.0.location.accessibility`. */
  path: string;
  legend: string;
  hint?: string;
  /** Singular noun for one item, e.g. "Cost option" (items are labelled "Cost option 2"). */
  noun: string;
  addLabel: string;
  items: readonly unknown[];
  /** Nested groups (inside an item) use a smaller legend. */
  nested?: boolean;
  renderItem(item: Record<string, unknown>, itemPath: string, index: number): TemplateResult | readonly TemplateResult[];
}

/** The id of a group's Add button. */
export function addButtonId(listPath: string): string {
  return `add-${fieldId(listPath)}`;
}

export function itemKey(item: unknown, index: number): unknown {
  return isObject(item) && typeof item.id === 'string' ? item.id : `#${index}`;
}

export function repeatGroup(ctx: FieldContext, o: GroupOptions): TemplateResult {
  const { s } = ctx;
  const total = o.items.length;
  return html`<fieldset class="group ${o.nested ? 'group--nested' : ''}" data-group=${o.path}>
    <legend class="legend ${o.nested ? '' : 'legend--section'}">${o.legend}</legend>
    ${o.hint ? html`<div class="hint">${o.hint}</div>` : nothing}
    ${total
      ? html`<ol class="items" role="list">
          ${repeat(
            o.items,
            itemKey,
            (item, index) => html`<li class="item">
              ${guard([item, index, total, ctx.version, ctx.errorsKey(`${o.path}.${index}`)], () => {
                const itemPath = `${o.path}.${index}`;
                const label = s.itemLabel(o.noun, index + 1);
                return html`<fieldset class="item__fieldset" id=${fieldId(itemPath)} data-item=${itemPath}>
                  <legend class="legend legend--item">${label}</legend>
                  ${o.renderItem(isObject(item) ? item : {}, itemPath, index)}
                  <div class="item__actions">
                    ${index > 0
                      ? html`<button type="button" class="button button--secondary" data-action="up" data-list=${o.path} data-index=${index}>
                          ${s.moveUp}<span class="visually-hidden"> ${label}</span>
                        </button>`
                      : nothing}
                    ${index < total - 1
                      ? html`<button type="button" class="button button--secondary" data-action="down" data-list=${o.path} data-index=${index}>
                          ${s.moveDown}<span class="visually-hidden"> ${label}</span>
                        </button>`
                      : nothing}
                    <button type="button" class="button button--warning" data-action="remove" data-list=${o.path} data-index=${index}>
                      ${s.remove}<span class="visually-hidden"> ${label}</span>
                    </button>
                  </div>
                </fieldset>`;
              })}
            </li>`,
          )}
        </ol>`
      : nothing}
    <button type="button" class="button button--secondary" id=${addButtonId(o.path)} data-action="add" data-list=${o.path}>
      ${o.addLabel}
    </button>
  </fieldset>`;
}
