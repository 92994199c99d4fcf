/**
 * GOV.UK Design System field patterns, as Lit templates: a visible label, an
 * optional hint, an inline error message above the control (with a visually
 * hidden "Error:" prefix), `aria-describedby` linking hint and error, and
 * `aria-invalid`. Controls carry `data-path` (the record path they edit); the
 * form listens once, at its root, for input, change and focusout.
 *
 * Two renderers cover every field: `textField` (an input or a text area) and
 * `choiceField` (radios or checkboxes in a fieldset). Sections describe their
 * fields as tables of `FieldSpec`s and render them with `specFields`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EditorStrings, TextKey } from '../strings/index.js';

export type { TextKey };

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

/** The element id for the control that edits `path` (ids live in the form's shadow root). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export type Width = 'w3' | 'w5' | 'w10' | 'w20' | 'full';

export interface InputOptions {
  path: string;
  label: string;
  value: unknown;
  hint?: string | undefined;
  optional?: boolean;
  type?: 'text' | 'email' | 'url' | 'time' | 'tel';
  /** `number`: stored as a number when the text is one, else as typed (so the check can say why). */
  kind?: 'text' | 'number';
  inputmode?: 'numeric' | 'decimal' | 'email' | 'url' | 'tel';
  autocomplete?: string;
  width?: Width;
  spellcheck?: boolean;
  /** A text area with this many rows instead of a one-line input. */
  rows?: number;
}

/** A field of an item, as sections list them: the record key, and label and hint keys in the strings. */
export interface FieldSpec extends Omit<InputOptions, 'path' | 'label' | 'value' | 'hint'> {
  key: string;
  label: TextKey;
  hint?: TextKey;
}

/** Text shown in a control for a stored value (numbers as digits, anything else as text). */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The label, hint and error message every field starts with, and the attributes that link them. */
function parts(ctx: FieldContext, id: string, path: string, label: string, optional?: boolean, hint?: string) {
  const messages = ctx.errors(path);
  const error = messages.length > 0;
  return {
    error,
    group: `field ${error ? 'field--error' : ''}`,
    label: optional ? `${label} ${ctx.s.optional}` : label,
    notes: html`${hint ? html`<div id="${id}-hint" class="hint">${hint}</div>` : nothing}
    ${error
      ? html`<p id="${id}-error" class="error-message">
          ${messages.map(
            (message, i) => html`${i > 0 ? html`<br />` : nothing}<span class="visually-hidden">${ctx.s.errorPrefix}</span> ${message}`,
          )}
        </p>`
      : nothing}`,
    describedBy: [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
  };
}

/** A single-line input, or a text area when `rows` is given. */
export function textField(ctx: FieldContext, o: InputOptions): TemplateResult {
  const id = fieldId(o.path);
  const p = parts(ctx, id, o.path, o.label, o.optional, o.hint);
  const value = o.kind === 'number' ? ctx.rawText(o.path, o.value) : displayValue(o.value);
  // A stored time that a time control cannot show ("10:00:00Z") stays visible as text, so it can be fixed.
  const type = o.type === 'time' && value !== '' && !/^\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value) ? 'text' : o.type;
  return html`<div class=${p.group}>
    <label class="label" for=${id}>${p.label}</label>
    ${p.notes}
    ${o.rows
      ? html`<textarea
          class="input full"
          id=${id}
          name=${id}
          rows=${o.rows}
          data-path=${o.path}
          data-kind="text"
          .value=${value}
          aria-describedby=${ifDefined(p.describedBy)}
          aria-invalid=${p.error}
        ></textarea>`
      : html`<input
          class="input ${o.width ?? 'w20'}"
          id=${id}
          name=${id}
          type=${type ?? 'text'}
          data-path=${o.path}
          data-kind=${o.kind ?? 'text'}
          .value=${value}
          inputmode=${ifDefined(o.inputmode)}
          autocomplete=${o.autocomplete ?? 'off'}
          spellcheck=${Boolean(o.spellcheck)}
          aria-describedby=${ifDefined(p.describedBy)}
          aria-invalid=${p.error}
        />`}
  </div>`;
}

/** Text fields for the keys of one record (or item) at `prefix`, from a table of specs. */
export function specFields(ctx: FieldContext, record: Record<string, unknown>, prefix: string, specs: readonly FieldSpec[]): TemplateResult[] {
  return specs.map(({ key, label, hint, ...o }) =>
    textField(ctx, { ...o, path: prefix ? `${prefix}.${key}` : key, label: ctx.s[label], hint: hint && ctx.s[hint], value: record[key] }),
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
    before?: TemplateResult;
    /** Shown instead of the boxes when there are none. */
    empty?: string;
  },
): TemplateResult {
  const id = fieldId(o.path);
  const p = parts(ctx, id, o.path, o.legend, o.optional, o.hint);
  return html`<div class=${p.group}>
    <fieldset class="fieldset" data-field=${o.path} aria-describedby=${ifDefined(p.describedBy)}>
      <legend class="legend">${p.label}</legend>
      ${p.notes} ${o.before ?? nothing}
      ${o.choices.length === 0 && o.empty ? html`<p role="status">${o.empty}</p>` : nothing}
      <div class="choices ${o.inline ? 'inline' : ''}">
        ${o.choices.map((choice, i) => {
          const choiceId = i === 0 ? id : `${id}-${i}`;
          return html`<div class="choice">
            <input
              type=${o.role ? 'checkbox' : 'radio'}
              id=${choiceId}
              name=${id}
              value=${choice.value}
              data-check=${ifDefined(o.role)}
              data-path=${o.path}
              .checked=${o.checked ? o.checked.has(choice.value) : o.value === choice.value}
            />
            <label for=${choiceId}>${choice.label}</label>
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}
