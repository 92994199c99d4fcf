/**
 * The field-by-field merge view shown after a 412: for every field that
 * differs, your value beside the value someone else saved, and a choice
 * ("Keep yours" / "Use theirs"). Saving fires `oruk-conflict-resolve` with
 * the merged record. Internal to `<oruk-service-editor>`, which loads it (a
 * chunk of its own, with its strings and styles) only after a clash.
 */
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { OrukElement } from '../../internal/oruk-element.js';
import { fieldLabel, loadMessages, messagesReady } from '../../model/messages/format.js';
import type { Json } from '../../model/json.js';
import { conflictEn, type ConflictStrings } from '../strings/conflict.js';
import { en, fill, type EditorStrings } from '../strings/index.js';
import { LangController } from '../../internal/lang-controller.js';
import { editorStyles } from '../service-editor.styles.js';
import { describe, differences, merge, type Choice, type FieldDifference } from './merge.js';

const MAX_LINES = 8;

export interface ConflictResolveDetail {
  record: Json;
}

/**
 * @summary Your changes beside someone else's, chosen field by field.
 * @event oruk-conflict-resolve - The person chose; `detail.record` is the merged record to save.
 */
export class OrukConflictView extends OrukElement {
  static override styles = [
    editorStyles,
    css`
      .conflict fieldset {
        margin: 0 0 1.5em;
        padding: 0.8em 1em 0.4em;
        border: 1px solid var(--_border);
      }
      .conflict legend {
        padding: 0 0.3em;
      }
      .sides {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
        gap: 0.8em;
      }
      .side {
        display: flex;
        gap: 0.5em;
        align-items: flex-start;
        margin: 0 0 0.6em;
        padding: 0.6em;
        border: 2px solid var(--_border);
        cursor: pointer;
      }
      .chosen {
        border-color: var(--_link);
        background: var(--oruk-chosen-background, #f3f7fb);
      }
      .side input {
        flex: none;
        width: 1.4em;
        height: 1.4em;
        margin: 0.1em 0 0;
        accent-color: var(--_link);
      }
      .choice-name {
        display: block;
        font-weight: bold;
      }
      .who {
        display: block;
        color: var(--oruk-secondary-color, #505a5f);
        font-size: 0.9em;
      }
      ul.value {
        margin: 0.3em 0 0;
        padding-left: 1.1em;
        overflow-wrap: anywhere;
      }
      ul.single {
        padding-left: 0;
        list-style: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    mine: { attribute: false },
    theirs: { attribute: false },
    base: { attribute: false },
    strings: { attribute: false },
    disabled: { type: Boolean },
    choices: { state: true },
  };

  /** Your record, with your unsaved edits. */
  declare mine: Json;
  /** The record as someone else saved it (now in the catalogue). */
  declare theirs: Json;
  /** The record you started from, to suggest sensible choices. */
  declare base: Json | undefined;
  /** The editor's strings (the Welsh table includes the view's). */
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

  /**
   * The language of the fields' names (the registry's labels), followed as every element follows it:
   * the editor gives the view its `lang`. The form has usually loaded the Welsh field words already;
   * a failed download leaves English.
   */
  readonly #language = new LangController(this, (lang) =>
    messagesReady(lang) ? lang : loadMessages(lang).then(() => lang),
  );

  #diffs: FieldDifference[] = [];

  get differences(): readonly FieldDifference[] {
    return this.#diffs;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mine') || changed.has('theirs') || changed.has('base')) {
      this.#diffs = differences(this.mine, this.theirs, this.base);
      this.choices = Object.fromEntries(this.#diffs.map((d) => [d.field, d.suggested]));
    }
  }

  /** The merged record for the current choices. */
  mergedRecord(): Json {
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
    this.emit('oruk-conflict-resolve', { record: this.mergedRecord() });
  }

  /** The editor's table with the view's English filled in (the Welsh table has its own). */
  #s(): EditorStrings & ConflictStrings {
    return { ...conflictEn, ...this.strings };
  }

  #value(s: ConflictStrings, value: unknown) {
    const lines = describe(value);
    if (lines.length === 0) return html`<ul class="value single"><li>${s.empty}</li></ul>`;
    const shown = lines.slice(0, MAX_LINES);
    const more = lines.length - shown.length;
    return html`<ul class="value ${lines.length === 1 ? 'single' : ''}">
      ${shown.map((line) => html`<li>${line}</li>`)}
      ${more > 0 ? html`<li>${fill(s.moreItems, { count: more })}</li>` : nothing}
    </ul>`;
  }

  #side(s: ConflictStrings, d: FieldDifference, choice: Choice) {
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
        ${this.#value(s, choice === 'mine' ? d.mine : d.theirs)}
      </span>
    </label>`;
  }

  override render() {
    const s = this.#s();
    return html`<section class="conflict" part="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" tabindex="-1">${s.conflictHeading}</h2>
      <p>${s.conflictIntro}</p>
      <form @submit=${this.#resolve} novalidate>
        ${this.#diffs.map(
          (d) => html`<fieldset data-field=${d.field}>
            <legend class="legend">${fieldLabel(d.field, this.#language.lang)}</legend>
            <div class="sides">${this.#side(s, d, 'mine')} ${this.#side(s, d, 'theirs')}</div>
          </fieldset>`,
        )}
        <button class="button" part="button" type="submit" ?disabled=${this.disabled}>${s.saveChoices}</button>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'oruk-conflict-resolve': CustomEvent<ConflictResolveDetail>;
  }
}
