/**
 * GOV.UK Design System field patterns, as Lit templates: a visible label, an
 * optional hint, an inline error message above the control (with a visually
 * hidden "Error:" prefix), `aria-describedby` linking hint and error, and
 * `aria-invalid`. Controls carry `data-path` (the record path they edit); the
 * form listens once, at its root, for input, change and focusout.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FormStrings } from './strings/index.js';

/** What every section needs to render fields. */
export interface FieldContext {
  readonly s: FormStrings;
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

export type Width = 'w2' | 'w3' | 'w4' | 'w5' | 'w10' | 'w20' | 'full';

export interface InputOptions {
  path: string;
  label: string;
  value: unknown;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'email' | 'url' | 'time' | 'tel';
  /** `number`: stored as a number when the text is one, else as typed (so the check can say why). */
  kind?: 'text' | 'number';
  inputmode?: 'numeric' | 'decimal' | 'email' | 'url' | 'tel' | 'text';
  autocomplete?: string;
  width?: Width;
  spellcheck?: boolean;
}

function labelText(ctx: FieldContext, label: string, optional: boolean | undefined): string {
  return optional ? `${label} ${ctx.s.optional}` : label;
}

function describedBy(id: string, hint: boolean, errors: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function errorMessage(ctx: FieldContext, id: string, messages: readonly string[]): TemplateResult | typeof nothing {
  if (messages.length === 0) return nothing;
  return html`<p id="${id}-error" class="error-message">
    ${messages.map(
      (message, i) =>
        html`${i > 0 ? html`<br />` : nothing}<span class="visually-hidden">${ctx.s.errorPrefix}</span> ${message}`,
    )}
  </p>`;
}

function hintText(id: string, hint: string | undefined): TemplateResult | typeof nothing {
  return hint ? html`<div id="${id}-hint" class="hint">${hint}</div>` : nothing;
}

/** Text shown in a control for a stored value (numbers as digits, anything else as text). */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A single-line input. */
export function textInput(ctx: FieldContext, o: InputOptions): TemplateResult {
  const id = fieldId(o.path);
  const messages = ctx.errors(o.path);
  const value = o.kind === 'number' ? ctx.rawText(o.path, o.value) : displayValue(o.value);
  // A stored time that a time control cannot show ("10:00:00Z") stays visible as text, so it can be fixed.
  const type = o.type === 'time' && value !== '' && !/^\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value) ? 'text' : o.type;
  return html`<div class="form-group ${messages.length ? 'form-group--error' : ''}">
    <label class="label" for=${id}>${labelText(ctx, o.label, o.optional)}</label>
    ${hintText(id, o.hint)} ${errorMessage(ctx, id, messages)}
    <input
      class="input ${o.width ?? 'w20'} ${messages.length ? 'input--error' : ''}"
      id=${id}
      name=${id}
      type=${type ?? 'text'}
      data-path=${o.path}
      data-kind=${o.kind ?? 'text'}
      .value=${value}
      inputmode=${ifDefined(o.inputmode)}
      autocomplete=${o.autocomplete ?? 'off'}
      spellcheck=${o.spellcheck === undefined ? 'false' : String(o.spellcheck)}
      aria-describedby=${ifDefined(describedBy(id, Boolean(o.hint), messages.length > 0))}
      aria-invalid=${messages.length ? 'true' : 'false'}
    />
  </div>`;
}

/** A multi-line text area. */
export function textArea(
  ctx: FieldContext,
  o: { path: string; label: string; value: unknown; hint?: string; optional?: boolean; rows?: number },
): TemplateResult {
  const id = fieldId(o.path);
  const messages = ctx.errors(o.path);
  return html`<div class="form-group ${messages.length ? 'form-group--error' : ''}">
    <label class="label" for=${id}>${labelText(ctx, o.label, o.optional)}</label>
    ${hintText(id, o.hint)} ${errorMessage(ctx, id, messages)}
    <textarea
      class="textarea ${messages.length ? 'input--error' : ''}"
      id=${id}
      name=${id}
      rows=${o.rows ?? 5}
      data-path=${o.path}
      data-kind="text"
      .value=${displayValue(o.value)}
      aria-describedby=${ifDefined(describedBy(id, Boolean(o.hint), messages.length > 0))}
      aria-invalid=${messages.length ? 'true' : 'false'}
    ></textarea>
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
}

/** A set of radios in a fieldset; the first radio carries the field's id. */
export function radios(
  ctx: FieldContext,
  o: { path: string; legend: string; value: unknown; choices: readonly Choice[]; hint?: string; optional?: boolean; inline?: boolean },
): TemplateResult {
  const id = fieldId(o.path);
  const messages = ctx.errors(o.path);
  return html`<div class="form-group ${messages.length ? 'form-group--error' : ''}">
    <fieldset
      class="fieldset"
      data-field=${o.path}
      aria-describedby=${ifDefined(describedBy(id, Boolean(o.hint), messages.length > 0))}
    >
      <legend class="legend">${labelText(ctx, o.legend, o.optional)}</legend>
      ${hintText(id, o.hint)} ${errorMessage(ctx, id, messages)}
      <div class="choices ${o.inline ? 'choices--inline' : ''}">
        ${o.choices.map(
          (choice, i) => html`<div class="choice">
            <input
              class="choice__input"
              type="radio"
              id=${i === 0 ? id : `${id}-${i}`}
              name=${id}
              value=${choice.value}
              data-path=${o.path}
              .checked=${o.value === choice.value}
            />
            <label class="choice__label" for=${i === 0 ? id : `${id}-${i}`}>${choice.label}</label>
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

/** A set of checkboxes in a fieldset, for the values in `checked`; the first carries the field's id. */
export function checkboxes(
  ctx: FieldContext,
  o: {
    path: string;
    legend: string;
    choices: readonly Choice[];
    checked: ReadonlySet<string>;
    hint?: string;
    optional?: boolean;
    inline?: boolean;
    /** The data attribute the form reads on change: `data-days` (byday) or `data-term` (taxonomy). */
    role: 'days' | 'term';
    /** Rendered after the hint, before the boxes (the taxonomy filter). */
    before?: TemplateResult;
    /** Shown instead of the boxes when there are none. */
    empty?: string;
  },
): TemplateResult {
  const id = fieldId(o.path);
  const messages = ctx.errors(o.path);
  return html`<div class="form-group ${messages.length ? 'form-group--error' : ''}">
    <fieldset
      class="fieldset"
      data-field=${o.path}
      aria-describedby=${ifDefined(describedBy(id, Boolean(o.hint), messages.length > 0))}
    >
      <legend class="legend">${labelText(ctx, o.legend, o.optional)}</legend>
      ${hintText(id, o.hint)} ${errorMessage(ctx, id, messages)} ${o.before ?? nothing}
      ${o.choices.length === 0 && o.empty ? html`<p class="body" role="status">${o.empty}</p>` : nothing}
      <div class="choices ${o.inline ? 'choices--inline' : ''}">
        ${o.choices.map(
          (choice, i) => html`<div class="choice">
            <input
              class="choice__input"
              type="checkbox"
              id=${i === 0 ? id : `${id}-${i}`}
              name=${id}
              value=${choice.value}
              data-check=${o.role}
              data-path=${o.path}
              .checked=${o.checked.has(choice.value)}
            />
            <label class="choice__label" for=${i === 0 ? id : `${id}-${i}`}>${choice.label}</label>
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}
