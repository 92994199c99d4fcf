/**
 * GOV.UK Design System fields. A visible label (or legend), an optional hint,
 * an inline error message above the control (with a visually hidden "Error:"
 * prefix), `aria-describedby` linking hint and error, and `aria-invalid`.
 * Controls carry `data-path` (the record path they edit); the form listens
 * once, at its root, for input, change, focusout and click.
 *
 * Which field gets which control, and its words, come from the field registry
 * (src/model/fields/): ./sections.ts walks the generated FORM and CONTROLS and
 * calls these with the registry's named `Control` and the words of the form's
 * language (`fieldWords(lang)`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormControl } from '../../model/fields/generated/form.js';
import type { Control } from '../../model/fields/types.js';
import type { FieldWords } from '../../model/fields/words.js';
import type { TaxonomyTermView } from '../../model/view-model.js';
import type { EditorStrings } from '../strings/index.js';
import { isJson, type Json } from '../../model/json.js';

/** What every section needs to render fields. */
export interface FieldContext {
  /** The editor's own words (Remove, Move up, "(optional)"…). */
  readonly s: EditorStrings;
  /** The registry's words for fields, in the form's language: labels, hints, choices, Add buttons, items. */
  readonly w: FieldWords;
  /** The messages shown at exactly this path (already in the form's language). */
  errors(path: string): readonly string[];
  /** Text as typed in a number field, when it still means the stored value. */
  rawText(path: string, stored: unknown): string;
  /** A key of the errors shown at or under a path: it changes when they do (for `guard`). */
  errorsKey(prefix: string): string;
  /** Changes when the language or its tables change (for `guard`). */
  readonly version: number;
  /** The catalogue's taxonomy terms to choose from, and the filter typed above them. */
  readonly terms: readonly TaxonomyTermView[];
  readonly termFilter: string;
}

/** The element id for the control that edits `path` (ids live in the form's shadow root). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^\w-]/g, '-')}`;
}

/** Text shown in a control for a stored value (numbers as digits, anything else as text). */
export function displayValue(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  // What is left is a primitive: a stored value is never a function.
  return typeof value === 'string' ? value : String(value as number | boolean | bigint | symbol);
}

/** `a.b` of a prefix and a key, or the key alone at the top. */
export const join = (prefix: string, key: string | number): string => (prefix ? `${prefix}.${key}` : `${key}`);

/** The object at `key` of an item, or an empty one. */
export const objectIn = (item: Json, key: string | number): Json => {
  const value = item[key];
  return isJson(value) ? value : {};
};

/** A field's words: its label or legend, its hint, and whether "(optional)" follows the label. */
export interface FieldText {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly optional?: boolean;
}

/** The label or legend, hint and error message every field starts with, in its `div.field`. */
function field(
  ctx: FieldContext,
  path: string,
  { label, hint, optional }: FieldText,
  control: (id: string, describedBy: string | undefined, invalid: boolean) => TemplateResult,
  legend?: boolean,
): TemplateResult {
  const id = fieldId(path);
  const messages = ctx.errors(path);
  const error = messages.length > 0;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const text = optional ? `${label} ${ctx.s.optional}` : label;
  const line = (m: string, i: number) =>
    html`${i ? html`<br />` : nothing}<span class="visually-hidden">${ctx.s.errorPrefix}</span> ${m}`;
  const body = html`${hint ? html`<div id="${id}-hint" class="hint">${hint}</div>` : nothing}${
    error ? html`<p id="${id}-error" class="error-message">${messages.map(line)}</p>` : nothing
  }${control(id, describedBy, error)}`;
  return html`<div class="field ${error ? 'field--error' : ''}">${
    legend
      ? html`<fieldset class="fieldset" data-field=${path} aria-describedby=${ifDefined(describedBy)}
          ><legend class="legend">${text}</legend>${body}</fieldset
        >`
      : html`<label class="label" for=${id}>${text}</label>${body}`
  }</div>`;
}

/** Input types a control keeps as they are (with their keyboard); the others are text. */
const TYPED: ReadonlySet<Control['input']> = new Set(['url', 'email', 'tel', 'time']);
/** The keyboard of a number field: whole or decimal. */
const NUMBER_KEYS: Partial<Record<Control['input'], string>> = { 'whole-number': 'numeric', decimal: 'decimal' };

/**
 * A single-line input or a text area for `value` at `path`. A number field
 * stores a number when what is typed is one, else the text (so the check can say why).
 */
export function textField(ctx: FieldContext, path: string, value: unknown, control: FormControl, text: FieldText) {
  const numeric = NUMBER_KEYS[control.input];
  const shown = numeric ? ctx.rawText(path, value) : displayValue(value);
  let type = TYPED.has(control.input) ? control.input : 'text';
  const inputmode = numeric ?? (type === 'time' || type === 'text' ? undefined : type);
  // A stored time that a time control cannot show ("10:00:00Z") stays visible as text, so it can be fixed.
  if (type === 'time' && shown && !/^\d\d:\d\d(:\d\d(\.\d{1,3})?)?$/.test(shown)) type = 'text';
  const width = control.width === 'full' ? 'full' : `w${control.width ?? 20}`;
  return field(ctx, path, text, (id, describedBy, invalid) =>
    control.input === 'textarea'
      ? html`<textarea
          class="input full"
          id=${id}
          name=${id}
          rows=${ifDefined(control.rows)}
          data-path=${path}
          data-kind="text"
          .value=${shown}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${invalid}
        ></textarea>`
      : html`<input
          class="input ${width}"
          id=${id}
          name=${id}
          type=${type}
          data-path=${path}
          data-kind=${numeric ? 'number' : 'text'}
          .value=${shown}
          inputmode=${ifDefined(inputmode)}
          autocomplete=${control.autocomplete ?? 'off'}
          spellcheck=${!!control.spellcheck}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${invalid}
        />`,
  );
}

export interface Choice {
  value: string;
  label: string;
}

/**
 * Radios (the choice is `value`) or checkboxes (the ticked ones are `checked`, and
 * `role` is the `data-check` the form reads on change: days or taxonomy terms), in a
 * fieldset; the first control carries the field's id.
 */
export function choiceField(
  ctx: FieldContext,
  o: FieldText & {
    path: string;
    choices: readonly Choice[];
    value?: unknown;
    checked?: ReadonlySet<string>;
    role?: 'days' | 'term';
    inline?: boolean | undefined;
    /** Rendered after the hint, before the boxes (the taxonomy filter). */
    before?: TemplateResult | undefined;
    /** Shown instead of the boxes when there are none. */
    empty?: string;
  },
): TemplateResult {
  const box = (c: Choice, i: number, id: string) => {
    const choiceId = i ? `${id}-${i}` : id;
    const checked = o.checked ? o.checked.has(c.value) : o.value === c.value;
    return html`<div class="choice"><input
        type=${o.role ? 'checkbox' : 'radio'}
        id=${choiceId}
        name=${id}
        value=${c.value}
        data-check=${ifDefined(o.role)}
        data-path=${o.path}
        .checked=${checked}
      /><label for=${choiceId}>${c.label}</label></div>`;
  };
  const empty = o.choices.length || !o.empty ? nothing : html`<p role="status">${o.empty}</p>`;
  return field(
    ctx,
    o.path,
    o,
    (id) =>
      html`${o.before ?? nothing}${empty}<div class="choices ${o.inline ? 'inline' : ''}">${o.choices.map((c, i) =>
        box(c, i, id),
      )}</div>`,
    true,
  );
}

// ---- repeating groups

/*
 * Repeating groups (cost options, opening times, locations…): a list of
 * fieldsets, each with Move up / Move down / Remove buttons, and an Add button.
 * Buttons carry `data-action`, `data-list`, `data-index` and `data-noun` (the
 * registry's entity of one item, whose item name the announcements use); the
 * form handles them with one click listener. Each item is re-rendered only when
 * it, its position or the form's shown errors change (lit's `guard`), which
 * keeps typing fast on records with hundreds of items. (Items are not keyed: a
 * move or removal changes the positions, and so re-renders, every item after it anyway.)
 */

/** A repeating group's words and where it sits. */
export interface Group {
  /** The group's legend (the list field's label). */
  readonly legend: string;
  /** The registry's entity of one item (`schedule`): its item name labels the items ("Opening time 2"). */
  readonly entity: string;
  /** The Add button's words. */
  readonly add: string;
  /** Inside an item (a smaller legend). */
  readonly nested: boolean;
  /** One item's fields at its path. */
  readonly fields: (item: Json, path: string) => unknown;
}

/** The id of a group's Add button. */
export function addButtonId(listPath: string): string {
  return `add-${fieldId(listPath)}`;
}

/** A repeating group for the list `value` at `path`: re-rendered only when its items or their shown errors change. */
export function repeatGroup(ctx: FieldContext, group: Group, value: unknown, path: string): unknown {
  return guard([value, ctx.version, ctx.errorsKey(path)], () => renderGroup(ctx, group, value, path));
}

function renderGroup(ctx: FieldContext, group: Group, value: unknown, path: string): TemplateResult {
  const { s } = ctx;
  const { entity, nested } = group;
  const items = Array.isArray(value) ? value : [];
  const total = items.length;
  const button = (action: string, text: string, index: number, label: string) =>
    html`<button
      type="button"
      class="button ${action === 'remove' ? 'warning' : 'secondary'}"
      data-action=${action}
      data-list=${path}
      data-index=${index}
      data-noun=${entity}
    >${text}<span class="visually-hidden"> ${label}</span></button>`;
  const one = (item: unknown, index: number) => {
    const itemPath = `${path}.${index}`;
    const label = s.itemLabel(ctx.w.items[entity] ?? entity, index + 1);
    return html`<fieldset class="item__fieldset" id=${fieldId(itemPath)} data-item=${itemPath}
      ><legend class="legend item__legend">${label}</legend>${group.fields(isJson(item) ? item : {}, itemPath)}<div
        class="item__actions"
      >${index ? button('up', s.moveUp, index, label) : nothing}${
        index < total - 1 ? button('down', s.moveDown, index, label) : nothing
      }${button('remove', s.remove, index, label)}</div></fieldset
    >`;
  };
  const list = items.map(
    (item, index) =>
      html`<li class="item">${guard([item, index, total, ctx.version, ctx.errorsKey(`${path}.${index}`)], () =>
        one(item, index),
      )}</li>`,
  );
  return html`<fieldset class="group ${nested ? 'nested' : ''}" data-group=${path}
    ><legend class="legend ${nested ? '' : 'section'}">${group.legend}</legend>${
      total ? html`<ol class="items" role="list">${list}</ol>` : nothing
    }<button
      type="button"
      class="button secondary"
      id=${addButtonId(path)}
      data-action="add"
      data-list=${path}
      data-noun=${entity}
    >${group.add}</button></fieldset
  >`;
}
