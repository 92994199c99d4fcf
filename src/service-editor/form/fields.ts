/**
 * GOV.UK Design System fields, rendered from tables. A visible label (or legend),
 * an optional hint, an inline error message above the control (with a visually
 * hidden "Error:" prefix), `aria-describedby` linking hint and error, and
 * `aria-invalid`. Controls carry `data-path` (the record path they edit); the
 * form listens once, at its root, for input, change, focusout and click.
 *
 * A section is a table of `Field`s, rendered by `renderFields`:
 * - `[key, label, hint?, options?]`: a text input (a text area with `rN`);
 * - `[key, legend, choices, 'inline'?]`: radios, choices being `[value, label]` pairs;
 * - a `Group` `[list, legend, noun, add, fields, nested?]`: a repeating group (below),
 *   re-rendered only when its items or their shown errors change (lit's `guard`);
 * - a function: anything else (the day boxes, an address).
 * Labels and hints are keys of the editor's strings, so every field is in Welsh too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EditorStrings, TextKey } from '../strings/index.js';
import { guard } from 'lit/directives/guard.js';
import { isObject } from './record-path.js';

export type { TextKey };
type Json = Record<string, unknown>;

/** What every section needs to render fields. */
export interface FieldContext {
  readonly s: EditorStrings;
  /** The messages shown at exactly this path (already in the form's language). */
  errors(path: string): readonly string[];
  /** Text as typed in a number field, when it still means the stored value. */
  rawText(path: string, stored: unknown): string;
  /** A key of the errors shown at or under a path: it changes when they do (for `guard`). */
  errorsKey(prefix: string): string;
  /** Changes when the language or its tables change (for `guard`). */
  readonly version: number;
}

/**
 * Options of a text field, space-separated: `?` optional; `w3` `w5` `w10` `full`
 * width (else w20); `url` `email` `tel` `time` input type (and keyboard);
 * `num`/`dec` a number (whole/decimal keyboard), stored as a number when it is
 * one, else as typed so the check can say why; `sp` spellcheck; `r2` a text
 * area of 2 rows; `ac=…` the autocomplete token (else off).
 */
export type TextField = readonly [key: string, label: TextKey, hint?: TextKey | '', options?: string];
export type Choices = readonly (readonly [value: string, label: TextKey])[];
export type RadioField = readonly [key: string, legend: TextKey, choices: Choices, options?: 'inline'];
export type Field = TextField | RadioField | Group | ((ctx: FieldContext, item: Json, path: string) => unknown);

/** The element id for the control that edits `path` (ids live in the form's shadow root). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^\w-]/g, '-')}`;
}

/** Text shown in a control for a stored value (numbers as digits, anything else as text). */
export function displayValue(value: unknown): string {
  return value == null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** `a.b` of a prefix and a key, or the key alone at the top. */
export const join = (prefix: string, key: string | number): string => (prefix ? `${prefix}.${key}` : `${key}`);

/** The fields of one record (or item) at `prefix`, from a table. */
export function renderFields(ctx: FieldContext, item: Json, prefix: string, fields: readonly Field[]): unknown[] {
  return fields.map((f) => {
    if (typeof f === 'function') return f(ctx, item, prefix);
    const [key, label, choices] = f;
    if ((f as Group)[4]) {
      const path = join(prefix, key);
      return guard([item[key], ctx.version, ctx.errorsKey(path)], () => repeatGroup(ctx, f as Group, item[key], path));
    }
    return typeof choices === 'object'
      ? choiceField(ctx, {
          path: join(prefix, key),
          legend: ctx.s[label],
          value: item[key],
          inline: !!f[3],
          choices: choices.map(([value, text]) => ({ value, label: ctx.s[text] })),
        })
      : textField(ctx, item, prefix, f as TextField);
  });
}

/** The label or legend, hint and error message every field starts with, in its `div.field`. */
function field(
  ctx: FieldContext,
  path: string,
  label: string,
  hint: string | undefined,
  optional: boolean,
  control: (id: string, describedBy: string | undefined, invalid: boolean) => TemplateResult,
  legend?: boolean,
): TemplateResult {
  const id = fieldId(path);
  const messages = ctx.errors(path);
  const error = messages.length > 0;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const text = optional ? `${label} ${ctx.s.optional}` : label;
  const body = html`${hint ? html`<div id="${id}-hint" class="hint">${hint}</div>` : nothing}${error ? html`<p id="${id}-error" class="error-message">${messages.map((m, i) => html`${i ? html`<br />` : nothing}<span class="visually-hidden">${ctx.s.errorPrefix}</span> ${m}`)}</p>` : nothing}${control(id, describedBy, error)}`;
  return html`<div class="field ${error ? 'field--error' : ''}">${
    legend
      ? html`<fieldset class="fieldset" data-field=${path} aria-describedby=${ifDefined(describedBy)}><legend class="legend">${text}</legend>${body}</fieldset>`
      : html`<label class="label" for=${id}>${text}</label>${body}`
  }</div>`;
}

/** A single-line input, or a text area with `rN`. */
function textField(
  ctx: FieldContext,
  item: Json,
  prefix: string,
  [key, label, hint, options = '']: TextField,
): TemplateResult {
  const path = join(prefix, key);
  const o = options.split(' ');
  const has = (option: string) => o.includes(option);
  const number = has('num') || has('dec');
  const value = number ? ctx.rawText(path, item[key]) : displayValue(item[key]);
  const pick = (re: RegExp) => o.find((x) => re.test(x));
  const rows = pick(/^r\d/)?.slice(1);
  let type = pick(/^(url|email|tel|time)$/);
  const inputmode = has('num') ? 'numeric' : has('dec') ? 'decimal' : type === 'time' ? undefined : type;
  // A stored time that a time control cannot show ("10:00:00Z") stays visible as text, so it can be fixed.
  if (type === 'time' && value && !/^\d\d:\d\d(:\d\d(\.\d{1,3})?)?$/.test(value)) type = 'text';
  return field(ctx, path, ctx.s[label], hint ? ctx.s[hint] : undefined, has('?'), (id, describedBy, invalid) =>
    rows
      ? html`<textarea class="input full" id=${id} name=${id} rows=${rows} data-path=${path} data-kind="text" .value=${value} aria-describedby=${ifDefined(describedBy)} aria-invalid=${invalid}></textarea>`
      : html`<input class="input ${pick(/^(w\d+|full)$/) ?? 'w20'}" id=${id} name=${id} type=${type ?? 'text'} data-path=${path} data-kind=${number ? 'number' : 'text'} .value=${value} inputmode=${ifDefined(inputmode)} autocomplete=${pick(/^ac=/)?.slice(3) ?? 'off'} spellcheck=${has('sp')} aria-describedby=${ifDefined(describedBy)} aria-invalid=${invalid} />`,
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
  o: {
    path: string;
    legend: string;
    choices: readonly Choice[];
    value?: unknown;
    checked?: ReadonlySet<string>;
    role?: 'days' | 'term';
    hint?: string;
    optional?: boolean;
    inline?: boolean;
    /** Rendered after the hint, before the boxes (the taxonomy filter). */
    before?: TemplateResult | undefined;
    /** Shown instead of the boxes when there are none. */
    empty?: string;
  },
): TemplateResult {
  return field(
    ctx,
    o.path,
    o.legend,
    o.hint,
    !!o.optional,
    (id) =>
      html`${o.before ?? nothing}${o.choices.length || !o.empty ? nothing : html`<p role="status">${o.empty}</p>`}<div class="choices ${o.inline ? 'inline' : ''}">${o.choices.map(
        (c, i) => {
          const choiceId = i ? `${id}-${i}` : id;
          return html`<div class="choice"><input type=${o.role ? 'checkbox' : 'radio'} id=${choiceId} name=${id} value=${c.value} data-check=${ifDefined(o.role)} data-path=${o.path} .checked=${o.checked ? o.checked.has(c.value) : o.value === c.value} /><label for=${choiceId}>${c.label}</label></div>`;
        },
      )}</div>`,
    true,
  );
}

/** The object at `key` of an item, or an empty one. */
export const objectIn = (item: Json, key: string | number): Json => {
  const value = item[key];
  return isObject(value) ? value : {};
};

// ---- repeating groups

/*
 * Repeating groups (cost options, opening times, locations…): a list of
 * fieldsets, each with Move up / Move down / Remove buttons, and an Add button.
 * Buttons carry `data-action`, `data-list`, `data-index` and `data-noun` (the
 * strings key of one item's name, for announcements); the form handles them
 * with one click listener. Each item is re-rendered only when it, its position
 * or the form's shown errors change (lit's `guard`), which keeps typing fast on
 * records with hundreds of items. (Items are not keyed: a move or removal
 * changes the positions, and so re-renders, every item after it anyway.)
 */
/**
 * A repeating group: the record key of its array; the strings keys of its legend,
 * of one item (`noun`, e.g. "Cost option": items are labelled "Cost option 2") and
 * of its Add button; its items' fields; `nested` (inside an item: a smaller legend).
 */
export type Group = readonly [
  list: string,
  legend: TextKey,
  noun: TextKey,
  add: TextKey,
  fields: readonly Field[],
  nested?: 1,
];

/** The id of a group's Add button. */
export function addButtonId(listPath: string): string {
  return `add-${fieldId(listPath)}`;
}

function repeatGroup(
  ctx: FieldContext,
  [, legend, noun, add, fields, nested]: Group,
  value: unknown,
  path: string,
): TemplateResult {
  const { s } = ctx;
  const items = Array.isArray(value) ? value : [];
  const total = items.length;
  const button = (action: string, text: string, index: number, label: string) =>
    html`<button type="button" class="button ${action === 'remove' ? 'warning' : 'secondary'}" data-action=${action} data-list=${path} data-index=${index} data-noun=${noun}>${text}<span class="visually-hidden"> ${label}</span></button>`;
  return html`<fieldset class="group ${nested ? 'nested' : ''}" data-group=${path}><legend class="legend ${nested ? '' : 'section'}">${s[legend]}</legend>${
    total
      ? html`<ol class="items" role="list">${items.map(
          (item, index) =>
            html`<li class="item">${guard([item, index, total, ctx.version, ctx.errorsKey(`${path}.${index}`)], () => {
              const itemPath = `${path}.${index}`;
              const label = s.itemLabel(s[noun], index + 1);
              return html`<fieldset class="item__fieldset" id=${fieldId(itemPath)} data-item=${itemPath}><legend class="legend item__legend">${label}</legend>${renderFields(ctx, isObject(item) ? item : {}, itemPath, fields)}<div class="item__actions">${index ? button('up', s.moveUp, index, label) : nothing}${index < total - 1 ? button('down', s.moveDown, index, label) : nothing}${button('remove', s.remove, index, label)}</div></fieldset>`;
            })}</li>`,
        )}</ol>`
      : nothing
  }<button type="button" class="button secondary" id=${addButtonId(path)} data-action="add" data-list=${path} data-noun=${noun}>${s[add]}</button></fieldset>`;
}
