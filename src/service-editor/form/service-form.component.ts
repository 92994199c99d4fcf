/**
 * `<oruk-service-form>`: the editor's form for one ORUK 3.0 service record.
 * Internal to `<oruk-service-editor>`, which owns signing in, loading, saving,
 * drafts and conflicts; this element only edits and checks.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Problem } from '../../model/problem.js';
import type { TaxonomyTermView } from '../../model/view-model.js';
import { checkRecord, loadProblemMessages, normaliseProblem, problemText } from './checking.js';
import { toggleDay } from './days.js';
import { displayValue, fieldId, type FieldContext } from './fields.js';
import { addButtonId } from './groups.js';
import { isBlankAddress, newAddress, newItem } from './new-items.js';
import { problemsKey, remapProblems, sameProblems, type ProblemMap } from './problem-map.js';
import { renderPreview } from './preview.js';
import { appendIn, getIn, isObject, listAt, parsePath, removeIn, setIn, swapIn, updateIn } from './record-path.js';
import { renderAbout } from './sections/about.js';
import { renderAreas, renderContacts, renderCosts, renderLanguages, renderPhones, renderSchedules } from './sections/lists.js';
import { renderLocations } from './sections/locations.js';
import { renderTaxonomy } from './sections/taxonomy.js';
import { editorStyles } from '../service-editor.styles.js';
import { loadStrings, stringsFor, stringsReady, type EditorLang, type EditorStrings, type TextKey } from '../strings/index.js';
import { toggleTerm } from './taxonomy.js';
import { defineOnce } from '../define-once.js';

type Json = Record<string, unknown>;

/** Detail of `oruk-form-input`. */
export interface FormInputDetail {
  /** The whole edited record: a new object on every edit (the previous one is never changed). */
  record: Json;
}

const ADDRESS_PATH = /^(service_at_locations\.\d+\.location)\.addresses\.0\./;

/** Stored value for what is typed in a number field: a number when it is one, else the text (so the check can say why). */
function numberOrText(raw: string): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : raw;
}

/** The key of the noun for one item of each repeating list ("Cost option 2"). */
const NOUNS: Record<string, TextKey> = {
  cost_options: 'costNoun',
  schedules: 'scheduleNoun',
  service_at_locations: 'locationNoun',
  accessibility: 'accessibilityNoun',
  contacts: 'contactNoun',
  phones: 'phoneNoun',
  languages: 'languageNoun',
};

function nounFor(s: EditorStrings, listPath: string): string {
  return s[NOUNS[listPath.split('.').pop()!] ?? 'areaNoun'];
}

/** The repeating groups, in the order the form shows them. */
const GROUPS: readonly [string, (ctx: FieldContext, items: unknown) => TemplateResult][] = [
  ['schedules', renderSchedules],
  ['service_at_locations', renderLocations],
  ['cost_options', renderCosts],
  ['contacts', renderContacts],
  ['phones', renderPhones],
  ['languages', renderLanguages],
  ['service_areas', renderAreas],
];

function groupByPath(problems: readonly Problem[]): Map<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = map.get(problem.path);
    if (list) list.push(problem);
    else map.set(problem.path, [problem]);
  }
  return map;
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
 * - `lang` is `en` or `cy` (Welsh is loaded lazily); `disabled` disables every control.
 *
 * It shares the editor's stylesheet, so every custom property of `<oruk-service-editor>` applies.
 *
 * @summary Edit and check one ORUK 3.0 service record (internal to the service editor).
 * @event oruk-form-input - Every edit. `detail: { record }`, a new object.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart preview - The preview (a details element with the public list inside).
 * @cssproperty --oruk-error-color - Errors: summary border, messages, the bar beside fields (default #d4351c).
 * @cssproperty --oruk-link-color - Links (default #1d70b8).
 * @cssproperty --oruk-focus-color - Focus ring (default #fd0).
 */
export class OrukServiceForm extends LitElement {
  static override styles = editorStyles;

  // Declared here rather than with decorators, which TypeScript compiles to some
  // 250 bytes of bundle per field.
  static override properties: PropertyDeclarations = {
    record: { attribute: false },
    taxonomyTerms: { attribute: false },
    serverProblems: { attribute: false },
    lang: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    ...Object.fromEntries(['shown', 'serverShown', 'summaryVisible', 'announcement', 'termFilter', 'previewOpen', 'previewRecord'].map((name) => [name, { state: true }])),
  };

  /** The raw ORUK 3.0 service being edited. */
  declare record: Json;
  /** Taxonomy terms to choose from (the catalogue's /taxonomy_terms). */
  declare taxonomyTerms: TaxonomyTermView[];
  /** Problems the server reported (e.g. a 422), shown at their fields. */
  declare serverProblems: Problem[];
  /** `en` or `cy`. */
  declare lang: EditorLang;
  /** Disables every control (while saving). */
  declare disabled: boolean;

  /** Problems shown after a blur or checkAll(), by path, in document order. */
  declare private shown: ProblemMap;
  /** Server problems still shown, by path. */
  declare private serverShown: ProblemMap;
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
    this.lang = 'en';
    this.disabled = this.summaryVisible = this.previewOpen = false;
    this.shown = new Map();
    this.serverShown = new Map();
    this.announcement = this.termFilter = '';
  }

  /** Bumped when anything other than the record changes what items render (guard dependency). */
  #version = 0;
  /** Text as typed in number fields ("5.50" shown while 5.5 is stored). */
  readonly #rawTexts = new Map<string, string>();
  #previewTimer: ReturnType<typeof setTimeout> | undefined;
  #pendingFocus: (() => void) | undefined;

  get #language(): EditorLang {
    return String(this.lang).toLowerCase().startsWith('cy') ? 'cy' : 'en';
  }

  /**
   * Checks the whole record with the strict model, shows every problem in the
   * error summary (focused) and at its field, and returns them. An empty
   * array means the record can be saved.
   */
  checkAll(): Problem[] {
    const problems = checkRecord(this.record);
    this.shown = groupByPath(problems);
    this.summaryVisible = problems.length > 0 || this.serverShown.size > 0;
    // Server problems given at the same time may not be rendered yet: focus once they are.
    this.#afterRender(() => this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus());
    return problems;
  }

  /** Moves focus to the control that edits `path` (or its nearest enclosing group). */
  focusField(path: string): void {
    const root = this.renderRoot as ShadowRoot;
    const segments = parsePath(path);
    while (segments.length) {
      const target = root.getElementById(fieldId(segments.join('.')));
      if (target) {
        const control =
          target instanceof HTMLFieldSetElement
            ? target.querySelector<HTMLElement>('input, textarea, select, button')
            : target;
        (control ?? target).focus();
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
      this.serverShown = groupByPath((this.serverProblems ?? []).map(normaliseProblem));
      if (this.serverShown.size > 0) this.summaryVisible = true;
    }
    if (changed.has('lang')) {
      this.#version++;
      const lang = this.#language;
      if (!stringsReady(lang)) {
        void Promise.all([loadStrings(lang), loadProblemMessages(lang)]).then(() => {
          this.#version++;
          this.requestUpdate();
        });
      } else {
        void loadProblemMessages(lang).then(() => {
          this.#version++;
          this.requestUpdate();
        });
      }
    }
    if (changed.has('record') && !this.#previewTimer) this.previewRecord = this.record;
  }

  protected override updated(): void {
    const then = this.#pendingFocus;
    this.#pendingFocus = undefined;
    then?.();
  }

  #afterRender(action: () => void): void {
    this.#pendingFocus = action;
    this.requestUpdate();
  }

  // ---- rendering -------------------------------------------------------

  #errorsAt(path: string): string[] {
    const lang = this.#language;
    const out: string[] = [];
    for (const problem of this.serverShown.get(path) ?? []) out.push(problemText(problem, lang));
    for (const problem of this.shown.get(path) ?? []) out.push(problemText(problem, lang));
    return [...new Set(out)];
  }

  #context(): FieldContext {
    return {
      s: stringsFor(this.#language),
      errors: (path) => this.#errorsAt(path),
      rawText: (path, stored) => {
        const raw = this.#rawTexts.get(path);
        return raw !== undefined && numberOrText(raw) === stored ? raw : displayValue(stored);
      },
      errorsKey: (prefix) => problemsKey([this.serverShown, this.shown], prefix),
      version: this.#version,
    };
  }

  #summaryProblems(): Problem[] {
    const seen = new Set<string>();
    const out: Problem[] = [];
    for (const list of [...this.serverShown.values(), ...this.shown.values()]) {
      for (const problem of list) {
        const key = `${problem.path}\n${problem.key ?? ''}\n${problem.message}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push(problem);
        }
      }
    }
    return out;
  }

  #renderSummary(s: EditorStrings): TemplateResult | typeof nothing {
    const problems = this.summaryVisible ? this.#summaryProblems() : [];
    if (problems.length === 0) return nothing;
    const lang = this.#language;
    return html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" part="error-summary">
      <h2 id="error-summary-title">${s.summaryTitle}</h2>
      <ul>
        ${problems.map(
          (problem) =>
            html`<li><a href="#${fieldId(problem.path)}" data-focus=${problem.path} @click=${this.#onSummaryLink}>${problemText(problem, lang)}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  protected override render(): TemplateResult {
    const ctx = this.#context();
    const { s } = ctx;
    const r = this.record ?? {};
    const v = this.#version;
    return html`${this.#renderSummary(s)}
      <form novalidate aria-label=${s.formLabel} @submit=${this.#onSubmit} @input=${this.#onInput} @change=${this.#onChange} @focusout=${this.#onFocusOut} @click=${this.#onClick}>
        <fieldset class="form-fieldset" ?disabled=${this.disabled}>
          ${renderAbout(ctx, r)}
          ${GROUPS.map(([key, renderGroup]) => guard([r[key], v, ctx.errorsKey(key)], () => renderGroup(ctx, r[key])))}
          ${guard([r.attributes, this.taxonomyTerms, this.termFilter, v, ctx.errorsKey('attributes')], () =>
            renderTaxonomy(ctx, r.attributes, this.taxonomyTerms ?? [], this.termFilter),
          )}
        </fieldset>
      </form>
      <div class="visually-hidden" aria-live="polite" role="status">${this.announcement}</div>
      ${renderPreview({
        s,
        lang: this.#language,
        open: this.previewOpen,
        record: this.previewRecord,
        onToggle: this.#onPreviewToggle,
      })}`;
  }

  // ---- editing ---------------------------------------------------------

  /** Applies an immutable change, fires oruk-form-input, and drops the server's problem at `path`. */
  #edit(change: (record: Json) => Json, path?: string): void {
    const next = change(this.record ?? {});
    if (next === this.record) return;
    this.record = next;
    if (path !== undefined && this.serverShown.has(path)) {
      const copy = new Map(this.serverShown);
      copy.delete(path);
      this.serverShown = copy;
    }
    this.#schedulePreview();
    this.dispatchEvent(
      new CustomEvent<FormInputDetail>('oruk-form-input', { bubbles: true, composed: true, detail: { record: next } }),
    );
  }

  /** Editing an address field of a location with no address first gives it one. */
  #withAddress(record: Json, path: string): Json {
    const match = ADDRESS_PATH.exec(path);
    if (!match) return record;
    const locationPath = parsePath(match[1]!);
    if (isObject(getIn(record, [...locationPath, 'addresses', 0]))) return record;
    const location = getIn(record, locationPath);
    const id = isObject(location) ? location.id : undefined;
    return setIn(record, [...locationPath, 'addresses', 0], newAddress(id));
  }

  readonly #onSubmit = (event: Event): void => {
    event.preventDefault();
  };

  readonly #onInput = (event: Event): void => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset.filter === 'taxonomy') {
      this.termFilter = target.value;
      return;
    }
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    if (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio')) return;
    const path = target.dataset.path;
    if (!path) return;
    const raw = target.value;
    let value: unknown = raw === '' ? undefined : raw;
    if (target.dataset.kind === 'number') {
      this.#rawTexts.set(path, raw);
      value = numberOrText(raw);
    }
    this.#edit((r) => setIn(this.#withAddress(r, path), parsePath(path), value), path);
  };

  readonly #onChange = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || !target.dataset.path) return;
    const path = target.dataset.path;
    if (target.type === 'checkbox' && target.dataset.check === 'days') {
      this.#edit((r) => updateIn(r, parsePath(path), (old) => toggleDay(old, target.value, target.checked)), path);
    } else if (target.type === 'checkbox' && target.dataset.check === 'term') {
      const term =
        (this.taxonomyTerms ?? []).find((t) => t.id === target.value) ?? { id: target.value, name: target.value };
      this.#edit((r) => ({ ...r, attributes: toggleTerm(r.attributes, term, target.checked, r.id) }), path);
    } else if (target.type === 'radio' && target.checked) {
      this.#edit((r) => this.#setChoice(r, path, target.value), path);
    }
  };

  /** Sets a radio's value; a location's type also adds or drops its (blank) address. */
  #setChoice(record: Json, path: string, value: string): Json {
    let next = setIn(record, parsePath(path), value);
    const match = /^(service_at_locations\.\d+\.location)\.location_type$/.exec(path);
    if (match) {
      const locationPath = parsePath(match[1]!);
      const addresses = listAt(next, [...locationPath, 'addresses']);
      if (value === 'virtual' && addresses.length === 1 && isBlankAddress(addresses[0])) {
        next = setIn(next, [...locationPath, 'addresses'], []);
      } else if (value !== 'virtual' && addresses.length === 0) {
        const location = getIn(next, locationPath);
        next = setIn(next, [...locationPath, 'addresses'], [
          newAddress(isObject(location) ? location.id : undefined, value === 'postal' ? 'postal' : 'physical'),
        ]);
      }
    }
    return next;
  }

  readonly #onFocusOut = (event: FocusEvent): void => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.dataset.path) return;
    const path = target.dataset.path;
    // Moving between the boxes of one group is not leaving the field.
    const next = event.relatedTarget;
    if (next instanceof HTMLElement && next !== target && next.dataset.path === path && target.dataset.check) return;
    this.#checkField(path);
  };

  /** Checks one field: only its problems are shown or cleared; others stay as they were. */
  #checkField(path: string): void {
    const all = checkRecord(this.record);
    const inField = (p: Problem) => p.path === path || p.path.startsWith(`${path}.`);
    const next = new Map<string, Problem[]>();
    for (const problem of all) {
      if (inField(problem)) {
        const list = next.get(problem.path);
        if (list) list.push(problem);
        else next.set(problem.path, [problem]);
      } else if (this.shown.has(problem.path) && !next.has(problem.path)) {
        next.set(problem.path, [...this.shown.get(problem.path)!]);
      }
    }
    for (const [p, problems] of this.shown) if (!inField({ path: p, message: '' }) && !next.has(p)) next.set(p, [...problems]);
    if (sameProblems(next, this.shown)) return;
    this.shown = next;
    if (next.size === 0 && this.serverShown.size === 0) this.summaryVisible = false;
  }

  // ---- repeating groups ------------------------------------------------

  readonly #onClick = (event: Event): void => {
    const button = (event.target as Element | null)?.closest?.('button[data-action]');
    if (!(button instanceof HTMLButtonElement)) return;
    const list = button.dataset.list ?? '';
    const index = Number(button.dataset.index);
    const s = stringsFor(this.#language);
    const noun = nounFor(s, list);
    const listPath = parsePath(list);
    switch (button.dataset.action) {
      case 'add': {
        const item = newItem(this.record ?? {}, listPath);
        if (!item) return;
        const position = listAt(this.record, listPath).length;
        this.#edit((r) => appendIn(r, listPath, item));
        this.#announce(s.added(s.itemLabel(noun, position + 1)));
        this.#afterRender(() => this.#focusItem(`${list}.${position}`));
        break;
      }
      case 'remove': {
        const total = listAt(this.record, listPath).length;
        this.#edit((r) => removeIn(r, listPath, index));
        this.#remap(list, (i) => (i === index ? undefined : i > index ? i - 1 : i));
        this.#announce(s.removed(s.itemLabel(noun, index + 1)));
        this.#afterRender(() => {
          if (total > 1) this.#focusItem(`${list}.${Math.min(index, total - 2)}`);
          else (this.renderRoot as ShadowRoot).getElementById(addButtonId(list))?.focus();
        });
        break;
      }
      case 'up':
      case 'down': {
        const to = button.dataset.action === 'up' ? index - 1 : index + 1;
        const total = listAt(this.record, listPath).length;
        if (to < 0 || to >= total) return;
        this.#edit((r) => swapIn(r, listPath, index, to));
        this.#remap(list, (i) => (i === index ? to : i === to ? index : i));
        this.#announce(s.moved(noun, to + 1, total));
        const action = button.dataset.action;
        this.#afterRender(() => {
          const item = (this.renderRoot as ShadowRoot).getElementById(fieldId(`${list}.${to}`));
          const own = (a: string) => item?.querySelector<HTMLElement>(`:scope > .item__actions > button[data-action="${a}"]`);
          (own(action) ?? own(action === 'up' ? 'down' : 'up') ?? own('remove'))?.focus();
        });
        break;
      }
      default:
        return;
    }
  };

  #focusItem(itemPath: string): void {
    const item = (this.renderRoot as ShadowRoot).getElementById(fieldId(itemPath));
    item?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
  }

  /** Moves shown problems with their items when a list is reordered or shortened. */
  #remap(list: string, move: (index: number) => number | undefined): void {
    const shown = remapProblems(this.shown, list, move);
    const server = remapProblems(this.serverShown, list, move);
    if (shown !== this.shown || server !== this.serverShown) {
      this.shown = shown;
      this.serverShown = server;
    }
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
    const path = (event.currentTarget as HTMLElement).dataset.focus;
    if (path !== undefined) this.focusField(path);
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
export function defineServiceForm(tag = 'oruk-service-form', registry: CustomElementRegistry = customElements): void {
  defineOnce(tag, OrukServiceForm, registry);
}
