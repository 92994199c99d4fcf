/**
 * `<oruk-service-form>`: the editor's form for one ORUK 3.0 service record.
 * Internal to `<oruk-service-editor>`, which owns signing in, loading, saving,
 * drafts and conflicts; this element only edits and checks.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isJson, type Json } from '../../model/json.js';
import type { Problem } from '../../model/problem.js';
import type { TaxonomyTermView } from '../../model/view-model.js';
// Not through the model/strict.js barrel: that would bundle the zod schemas the browser never runs.
import { checkService } from '../../model/check/check-service.js';
import { fieldWords, formatProblem, loadMessages, messagesReady } from '../../model/messages/format.js';
import { normalisePath } from '../../api/write-client.js';
import { toggleDay } from './days.js';
import { addButtonId, displayValue, fieldId, type FieldContext } from './fields.js';
import { isBlankAddress, newAddress, newItem } from './new-items.js';
import { isUnder, problemsKey, remapProblems } from './problems.js';
import { renderPreview } from './preview.js';
import { appendIn, getIn, listAt, parsePath, removeIn, setIn, swapIn, updateIn } from './record-path.js';
import { renderForm } from './sections.js';
import { editorStyles } from '../service-editor.styles.js';
import { en, loadStrings, stringsFor, stringsReady, type EditorLang, type EditorStrings } from '../strings/index.js';
import { toggleTerm } from './taxonomy.js';
import { LangController } from '../../internal/lang-controller.js';
import { OrukElement } from '../../internal/oruk-element.js';

/** Detail of `oruk-form-input`. */
export interface FormInputDetail {
  /** The whole edited record: a new object on every edit (the previous one is never changed). */
  record: Json;
}

/** Every problem in the record, in document order (empty when it can be saved). */
function checkRecord(record: unknown): Problem[] {
  const result = checkService(record);
  return result.ok ? [] : result.problems;
}

/**
 * Stored value for what is typed in a number field: a number when it is one, else the text (so the check can
 * say why).
 */
function numberOrText(raw: string): unknown {
  const text = raw.trim();
  return text === '' ? undefined : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : raw;
}

/**
 * The form's words and the problems' words for a language, at once when both are here.
 * Welsh that cannot be downloaded leaves the form in English; the next change of language tries again.
 */
function wordsIn(lang: EditorLang): EditorStrings | Promise<EditorStrings> {
  return stringsReady(lang) && messagesReady(lang)
    ? stringsFor(lang)
    : Promise.all([loadStrings(lang), loadMessages(lang)]).then(([strings]) => strings);
}

/**
 * Keeps a location's addresses in step with an edit at `path` (made after this):
 * typing into the address of a location with none first gives it one; choosing
 * "online" drops a blank address; another type gives a location without an
 * address a blank one of that kind.
 */
function withAddress(record: Json, path: string, value: unknown): Json {
  const match = /^(service_at_locations\.\d+\.location)\.(location_type$|addresses\.0\.)/.exec(path);
  if (!match) return record;
  const at = parsePath(match[1]!);
  const list = [...at, 'addresses'];
  const addresses = listAt(record, list);
  const location = getIn(record, at);
  const id = isJson(location) ? location.id : undefined;
  if (match[2] !== 'location_type') return isJson(addresses[0]) ? record : setIn(record, [...list, 0], newAddress(id));
  if (value === 'virtual')
    return addresses.length === 1 && isBlankAddress(addresses[0]) ? setIn(record, list, []) : record;
  return addresses.length ? record : setIn(record, list, [newAddress(id, value === 'postal' ? 'postal' : 'physical')]);
}

/**
 * The form for one ORUK 3.0 service record, after the GOV.UK Design System.
 *
 * Contract with `<oruk-service-editor>`:
 * - `record`: the raw ORUK 3.0 service JSON being edited. Every field the form
 *   does not edit (vendor extensions, organisation, funding…) is kept unchanged.
 *   The given object is never mutated.
 * - `oruk-form-input` (bubbles, composed) fires on every edit with
 *   `detail.record`: a NEW record object (immutable update, structural sharing).
 * - `checkAll()` checks the whole record with the strict model, shows the
 *   error summary ("There is a problem", focused, each problem a link to its
 *   field) and inline messages, and returns the problems (empty = valid).
 *   A single field is checked when it loses focus.
 * - `serverProblems` (e.g. after a 422) are shown at their fields and in the
 *   summary; a field's server problem goes once the field is edited.
 * - `focusField(path)` moves focus to the control for a record path (or the
 *   nearest enclosing group when there is no control for exactly that path).
 * - `lang` is `en` or `cy` (Welsh is loaded lazily), followed as the list and the editor
 *   follow theirs; `disabled` disables every control.
 *
 * It shares the editor's stylesheet, so every custom property of `<oruk-service-editor>` applies.
 *
 * @summary Edit and check one ORUK 3.0 service record (internal to the service editor).
 * @attr lang - The language, `en` or `cy` (Welsh). Default: the `lang` of the nearest ancestor that has one,
 * else English.
 * @event oruk-form-input - Every edit. `detail: { record }`, a new object.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart preview - The preview (a details element with the public list inside).
 * @cssproperty --oruk-error-color - Errors: summary border, messages, the bar beside fields (default #d4351c).
 * @cssproperty --oruk-link-color - Links (default #1d70b8).
 * @cssproperty --oruk-focus-color - Focus ring (default #fd0).
 */
export class OrukServiceForm extends OrukElement {
  static override styles = editorStyles;

  // Declared here rather than with decorators, which TypeScript compiles to some
  // 250 bytes of bundle per field.
  static override properties: PropertyDeclarations = {
    record: { attribute: false },
    taxonomyTerms: { attribute: false },
    serverProblems: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    ...Object.fromEntries(
      ['shown', 'serverShown', 'summaryVisible', 'announcement', 'termFilter', 'previewOpen', 'previewRecord'].map(
        (name) => [name, { state: true }],
      ),
    ),
  };

  /** The raw ORUK 3.0 service being edited. */
  declare record: Json;
  /** Taxonomy terms to choose from (the catalogue's /taxonomy_terms). */
  declare taxonomyTerms: TaxonomyTermView[];
  /** Problems the server reported (e.g. a 422), shown at their fields. */
  declare serverProblems: Problem[];
  /** Disables every control (while saving). */
  declare disabled: boolean;

  /** Problems shown after a blur or checkAll(), in document order. */
  declare private shown: Problem[];
  /** Server problems still shown. */
  declare private serverShown: Problem[];
  declare private summaryVisible: boolean;
  declare private announcement: string;
  declare private termFilter: string;
  declare private previewOpen: boolean;
  declare private previewRecord: Json;

  constructor() {
    super();
    this.record = this.previewRecord = {};
    this.taxonomyTerms = [];
    this.serverProblems = [];
    this.disabled = this.summaryVisible = this.previewOpen = false;
    this.shown = [];
    this.serverShown = [];
    this.announcement = this.termFilter = '';
  }

  /** Bumped when anything other than the record changes what items render (guard dependency). */
  #version = 0;
  /** Text as typed in number fields ("5.50" shown while 5.5 is stored). */
  readonly #rawTexts = new Map<string, string>();
  #previewTimer: ReturnType<typeof setTimeout> | undefined;

  /** The form's language (the editor gives it as `lang`), with the form's words and the problems' words. */
  readonly #language = new LangController<EditorStrings>(this, wordsIn);
  /** The words the last render used: when they change, every guarded part renders again. */
  #words: EditorStrings | undefined;

  get #lang(): EditorLang {
    return this.#language.lang;
  }

  /**
   * Checks the whole record with the strict model, shows every problem in the
   * error summary (focused) and at its field, and returns them. An empty
   * array means the record can be saved.
   */
  checkAll(): Problem[] {
    const problems = checkRecord(this.record);
    this.shown = problems;
    this.summaryVisible = problems.length > 0 || this.serverShown.length > 0;
    // Server problems given at the same time may not be rendered yet: focus once they are.
    this.#afterRender(() => this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus());
    return [...problems];
  }

  /** Moves focus to the control that edits `path` (or its nearest enclosing group). */
  focusField(path: string): void {
    const segments = parsePath(path);
    while (segments.length) {
      const target = (this.renderRoot as ShadowRoot).getElementById(fieldId(segments.join('.')));
      if (target) {
        (target instanceof HTMLFieldSetElement
          ? (target.querySelector<HTMLElement>('input, textarea, select, button') ?? target)
          : target
        ).focus();
        return;
      }
      segments.pop();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.previewRecord = this.record;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serverProblems')) {
      this.serverShown = (this.serverProblems ?? []).map((p) => ({ ...p, path: normalisePath(p.path ?? '') }));
      if (this.serverShown.length) this.summaryVisible = true;
    }
    if (this.#language.strings !== this.#words) {
      this.#words = this.#language.strings;
      this.#version++;
    }
    if (changed.has('record') && !this.#previewTimer) this.previewRecord = this.record;
  }

  #afterRender(action: () => void): void {
    this.requestUpdate();
    void this.updateComplete.then(action);
  }

  // ---- rendering -------------------------------------------------------

  protected override render(): TemplateResult {
    const lang = this.#lang;
    const s = this.#words ?? en;
    const all = [...this.serverShown, ...this.shown];
    const text = (problem: Problem) => formatProblem(problem, lang);
    const ctx: FieldContext = {
      s,
      w: fieldWords(lang),
      errors: (path) => [...new Set(all.filter((p) => p.path === path).map(text))],
      rawText: (path, stored) => {
        const raw = this.#rawTexts.get(path);
        return raw !== undefined && numberOrText(raw) === stored ? raw : displayValue(stored);
      },
      errorsKey: (prefix) => problemsKey(all, prefix),
      version: this.#version,
      terms: this.taxonomyTerms ?? [],
      termFilter: this.termFilter,
    };
    // One line per problem, however many times it was found.
    const summary = this.summaryVisible ? [...new Map(all.map((p) => [problemsKey([p], ''), p])).values()] : [];
    const form = renderForm(ctx, this.record ?? {});
    const preview = renderPreview(s, lang, this.previewOpen, this.previewRecord, this.#onPreviewToggle);
    return html`${
      summary.length
        ? html`<div
            class="error-summary"
            id="error-summary"
            role="alert"
            tabindex="-1"
            aria-labelledby="error-summary-title"
            part="error-summary"
          ><h2 id="error-summary-title">${s.summaryTitle}</h2><ul>${summary.map(
            (p) =>
              html`<li><a
                href="#${fieldId(p.path)}"
                data-focus=${p.path}
                @click=${this.#onSummaryLink}
              >${text(p)}</a></li>`,
          )}</ul></div>`
        : nothing
    }<form
      novalidate
      aria-label=${s.formLabel}
      @submit=${(event: Event) => event.preventDefault()}
      @input=${this.#onEdit}
      @change=${this.#onEdit}
      @focusout=${this.#onFocusOut}
      @click=${this.#onClick}
    ><fieldset class="form-fieldset" ?disabled=${this.disabled}>${form}</fieldset></form><div
      class="visually-hidden"
      aria-live="polite"
      role="status"
    >${this.announcement}</div>${preview}`;
  }

  // ---- editing ---------------------------------------------------------

  /** Applies an immutable change, fires oruk-form-input, and drops the server's problem at `path`. */
  #edit(change: (record: Json) => Json, path?: string): void {
    const next = change(this.record ?? {});
    if (next === this.record) return;
    this.record = next;
    this.serverShown = this.serverShown.filter((p) => p.path !== path);
    this.#schedulePreview();
    this.emit('oruk-form-input', { record: next });
  }

  /** `input` from text controls and the taxonomy filter; `change` from radios and checkboxes. */
  readonly #onEdit = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const { path, check } = target.dataset;
    if (target.dataset.filter) {
      this.termFilter = target.value;
    } else if (!path || (target.type === 'checkbox' || target.type === 'radio') !== (event.type === 'change')) {
      // A text control's change (on blur) repeats its input events.
    } else if (check === 'days') {
      this.#edit((r) => updateIn(r, parsePath(path), (old) => toggleDay(old, target.value, target.checked)), path);
    } else if (check === 'term') {
      const term = (this.taxonomyTerms ?? []).find((t) => t.id === target.value) ?? {
        id: target.value,
        name: target.value,
      };
      this.#edit((r) => ({ ...r, attributes: toggleTerm(r.attributes, term, target.checked, r.id) }), path);
    } else if (target.type !== 'radio' || target.checked) {
      let value: unknown = target.value || undefined;
      if (target.dataset.kind === 'number') {
        this.#rawTexts.set(path, target.value);
        value = numberOrText(target.value);
      }
      this.#edit((r) => setIn(withAddress(r, path, value), parsePath(path), value), path);
    }
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    const path = target.dataset?.path;
    if (!path) return;
    // Moving between the boxes of one group is not leaving the field.
    const next = event.relatedTarget as HTMLElement | null;
    if (next && next !== target && next.dataset?.path === path && target.dataset.check) return;
    // Checks this field: only its problems are shown or cleared; others stay as they were, in document order.
    const now = checkRecord(this.record);
    const paths = now.map((p) => p.path);
    const rank = (p: Problem) => (paths.indexOf(p.path) + paths.length + 1) % (paths.length + 1);
    this.shown = [...now.filter((p) => isUnder(p, path)), ...this.shown.filter((p) => !isUnder(p, path))].sort(
      (a, b) => rank(a) - rank(b),
    );
    if (!this.shown.length && !this.serverShown.length) this.summaryVisible = false;
  };

  // ---- repeating groups ------------------------------------------------

  readonly #onClick = (event: Event): void => {
    const button = (event.target as Element).closest?.<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const { action, list = '' } = button.dataset;
    const index = Number(button.dataset.index);
    const s = this.#words ?? en;
    const entity = button.dataset.noun ?? '';
    const noun = fieldWords(this.#lang).items[entity] ?? entity;
    const at = parsePath(list);
    const total = listAt(this.record, at).length;
    const root = this.renderRoot as ShadowRoot;
    const focusItem = (i: number) => this.focusField(`${list}.${i}`);
    if (action === 'add') {
      const added = newItem(this.record ?? {}, at);
      this.#edit((r) => appendIn(r, at, added));
      this.#announce(s.added(s.itemLabel(noun, total + 1)));
      this.#afterRender(() => focusItem(total));
    } else if (action === 'remove') {
      this.#edit((r) => removeIn(r, at, index));
      this.#remap(list, (i) => (i === index ? undefined : i > index ? i - 1 : i));
      this.#announce(s.removed(s.itemLabel(noun, index + 1)));
      this.#afterRender(() =>
        total > 1 ? focusItem(Math.min(index, total - 2)) : root.getElementById(addButtonId(list))?.focus(),
      );
    } else {
      const to = action === 'up' ? index - 1 : index + 1;
      if (to < 0 || to >= total) return;
      this.#edit((r) => swapIn(r, at, index, to));
      this.#remap(list, (i) => (i === index ? to : i === to ? index : i));
      this.#announce(s.moved(noun, to + 1, total));
      // Focus stays on the moved item: on the same button, else the other move button, else Remove.
      this.#afterRender(() => {
        const own = (a: string) =>
          root
            .getElementById(fieldId(`${list}.${to}`))
            ?.querySelector<HTMLElement>(`:scope>.item__actions>[data-action="${a}"]`);
        (own(action!) ?? own(action === 'up' ? 'down' : 'up') ?? own('remove'))?.focus();
      });
    }
  };

  /** Moves shown problems with their items when a list is reordered or shortened. */
  #remap(list: string, move: (index: number) => number | undefined): void {
    this.shown = remapProblems(this.shown, list, move);
    this.serverShown = remapProblems(this.serverShown, list, move);
  }

  #announce(message: string): void {
    // Clear first so the same words announced twice are still read out.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
    });
  }

  readonly #onSummaryLink = (event: Event): void => {
    event.preventDefault();
    this.focusField((event.currentTarget as HTMLElement).dataset.focus!);
  };

  // ---- preview ---------------------------------------------------------

  #schedulePreview(): void {
    if (!this.previewOpen) return;
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => {
      this.#previewTimer = undefined;
      this.previewRecord = this.record;
    }, 250);
  }

  readonly #onPreviewToggle = (event: Event): void => {
    this.previewOpen = (event.currentTarget as HTMLDetailsElement).open;
    if (this.previewOpen) this.previewRecord = this.record;
  };
}

/**
 * Registers the form under `tag` in `registry`. It does not register the list
 * its preview shows: `<oruk-service-editor>`'s define() does that. Never
 * throws: calling it twice, or for a tag something else has taken, leaves the
 * registry as it was.
 */
export function defineServiceForm(tag = 'oruk-service-form', registry?: CustomElementRegistry): void {
  OrukServiceForm.define(tag, registry);
}

declare global {
  interface HTMLElementEventMap {
    'oruk-form-input': CustomEvent<FormInputDetail>;
  }
}
