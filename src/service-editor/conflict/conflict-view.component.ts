/**
 * The field-by-field merge view shown after a 412: for every field that
 * differs, your value beside the value someone else saved, and a choice
 * ("Keep yours" / "Use theirs"). Saving fires `oruk-conflict-resolve` with
 * the merged record. Internal to `<oruk-service-editor>`.
 */
import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { en, fill, type EditorStrings, type TextKey } from '../strings/index.js';
import { editorStyles } from '../service-editor.styles.js';
import { describe, differences, merge, type Choice, type FieldDifference } from './merge.js';

const MAX_LINES = 8;

export interface ConflictResolveDetail {
  record: Record<string, unknown>;
}

/**
 * @summary Your changes beside someone else's, chosen field by field.
 * @event oruk-conflict-resolve - The person chose; `detail.record` is the merged record to save.
 */
export class OrukConflictView extends LitElement {
  static override styles = editorStyles;

  static override properties: PropertyDeclarations = {
    mine: { attribute: false },
    theirs: { attribute: false },
    base: { attribute: false },
    strings: { attribute: false },
    disabled: { type: Boolean },
    choices: { state: true },
  };

  /** Your record, with your unsaved edits. */
  declare mine: Record<string, unknown>;
  /** The record as someone else saved it (now in the catalogue). */
  declare theirs: Record<string, unknown>;
  /** The record you started from, to suggest sensible choices. */
  declare base: Record<string, unknown> | undefined;
  declare strings: EditorStrings;
  declare disabled: boolean;

  declare choices: Record<string, Choice>;

  constructor() {
    super();
    this.mine = {};
    this.theirs = {};
    this.strings = en;
    this.disabled = false;
    this.choices = {};
  }

  #diffs: FieldDifference[] = [];

  get differences(): readonly FieldDifference[] {
    return this.#diffs;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('mine') || changed.has('theirs') || changed.has('base')) {
      this.#diffs = differences(this.mine, this.theirs, this.base);
      this.choices = Object.fromEntries(this.#diffs.map((d) => [d.field, d.suggested]));
    }
  }

  /** The merged record for the current choices. */
  mergedRecord(): Record<string, unknown> {
    return merge(this.mine, this.theirs, this.choices);
  }

  /** Moves focus to the heading (called when the view appears). */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  #choose(field: string, choice: Choice) {
    this.choices = { ...this.choices, [field]: choice };
  }

  #resolve(event: Event) {
    event.preventDefault();
    this.dispatchEvent(
      new CustomEvent<ConflictResolveDetail>('oruk-conflict-resolve', { detail: { record: this.mergedRecord() }, bubbles: true, composed: true }),
    );
  }

  #label(field: string): string {
    const key = `field_${field}` as TextKey;
    return key in this.strings ? this.strings[key] : field.replace(/_/g, ' ');
  }

  #value(value: unknown) {
    const lines = describe(value);
    if (lines.length === 0) return html`<ul class="value single"><li>${this.strings.empty}</li></ul>`;
    const shown = lines.slice(0, MAX_LINES);
    const more = lines.length - shown.length;
    return html`<ul class="value ${lines.length === 1 ? 'single' : ''}">
      ${shown.map((line) => html`<li>${line}</li>`)} ${more > 0 ? html`<li>${fill(this.strings.moreItems, { count: more })}</li>` : nothing}
    </ul>`;
  }

  #side(d: FieldDifference, choice: Choice) {
    const s = this.strings;
    const chosen = this.choices[d.field] === choice;
    return html`<label class="side ${chosen ? 'chosen' : ''}" part="conflict-choice">
      <input
        type="radio"
        name=${`choice-${d.field}`}
        value=${choice}
        .checked=${chosen}
        ?disabled=${this.disabled}
        @change=${() => this.#choose(d.field, choice)}
      />
      <span>
        <span class="choice-name">${choice === 'mine' ? s.keepYours : s.useTheirs}</span>
        <span class="who">${choice === 'mine' ? s.yours : s.theirs}</span>
        ${this.#value(choice === 'mine' ? d.mine : d.theirs)}
      </span>
    </label>`;
  }

  override render() {
    const s = this.strings;
    return html`<section class="conflict" part="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" tabindex="-1">${s.conflictHeading}</h2>
      <p>${s.conflictIntro}</p>
      <form @submit=${this.#resolve} novalidate>
        ${this.#diffs.map(
          (d) => html`<fieldset data-field=${d.field}>
            <legend class="legend">${this.#label(d.field)}</legend>
            <div class="sides">${this.#side(d, 'mine')} ${this.#side(d, 'theirs')}</div>
          </fieldset>`,
        )}
        <button class="button" part="button" type="submit" ?disabled=${this.disabled}>${s.saveChoices}</button>
      </form>
    </section>`;
  }
}
