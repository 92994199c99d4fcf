/**
 * `<oruk-service-editor>`: charity staff edit one service record, check it
 * against ORUK 3.0 in the browser and write it back to the catalogue.
 * This file is the shell: loading, signing in, saving, local drafts,
 * merging after a conflict, and failures. The fields themselves are
 * `<oruk-service-form>` (./form/), which also renders the preview.
 */
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { CatalogueConnection } from '../api/catalogue-registry.js';
import { normaliseBaseUrl } from '../api/base-url.js';
import { CatalogueError } from '../api/catalogue-error.js';
import { createWriteClient, WriteError, type ServiceRecord, type WriteClient } from '../api/write-client.js';
import { CatalogueController } from '../catalogue/catalogue-controller.js';
import { LangController } from '../internal/lang-controller.js';
import { OrukElement } from '../internal/oruk-element.js';
import type { Problem } from '../model/problem.js';
import { isJson, type Json } from '../model/json.js';
import { readService } from '../model/reader/read-service.js';
import type { TaxonomyTermView } from '../model/view-model.js';
import type { ConflictResolveDetail } from './conflict/conflict-view.component.js';
import { sameValue } from './conflict/same-value.js';
import { DraftController } from './drafts/draft-controller.js';
import type { Draft } from './drafts/draft-store.js';
import { CONFLICT, loadPart, partReady, SIGN_IN, signInChunk, type PartTag } from './lazy-parts.js';
import { EditorSession, type TokenProvider } from './session/session.js';
import type { SignInDetail } from './session/sign-in-form.component.js';
import { editorStyles } from './service-editor.styles.js';
import { en, fill, formatTime, stringsIn, type EditorStrings, type TextKey } from './strings/index.js';

export type { TokenProvider };

/** What the editor is showing. */
export type EditorPhase = 'idle' | 'no-api' | 'loading' | 'load-error' | 'read-only' | 'sign-in' | 'editing';

/** The save button's state, shown in the status line. */
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'failed'; reason: FailReason };

/** Why a save failed, as the status line says it. */
export type FailReason =
  'invalid' | 'server-invalid' | 'offline' | 'forbidden' | 'exists' | 'not-found' | 'other' | 'provider';

/** A record's id as text (ids are strings, or numbers at worst), or `fallback` when the record has none. */
function idText(id: unknown, fallback: string): string {
  return id == null ? fallback : String(id as string | number);
}

/** The failure shown for each kind of write error (unauthorized and conflict are handled apart). */
const SAVE_FAILURES: Partial<Record<string, FailReason>> = {
  invalid: 'server-invalid',
  forbidden: 'forbidden',
  exists: 'exists',
  'not-found': 'not-found',
  network: 'offline',
  timeout: 'offline',
  server: 'offline',
  'rate-limited': 'offline',
};

/** The status line's words for each failure. */
const FAILURE_TEXT: Record<FailReason, TextKey> = {
  invalid: 'notSavedInvalid',
  'server-invalid': 'notSavedServerInvalid',
  offline: 'notSavedOffline',
  forbidden: 'notSavedForbidden',
  exists: 'notSavedExists',
  'not-found': 'notFound',
  other: 'notSavedOther',
  provider: 'providerFailed',
};

/** The contract of `<oruk-service-form>` that the shell relies on. */
interface ServiceFormElement extends HTMLElement {
  checkAll(): Problem[];
  focusField(path: string): void;
  readonly updateComplete: Promise<boolean>;
}

interface Conflict {
  theirs: Json;
  etag?: string;
}

const IDLE: SaveState = { kind: 'idle' };

/** A button of the editor's own (the form and the merge view have theirs). */
const button = (text: string, onClick: () => unknown, variant = '', disabled = false) =>
  html`<button
    class="button ${variant}"
    part="button"
    type="button"
    ?disabled=${disabled}
    @click=${onClick}
  >${text}</button>`;

/** An information box: "done" notices (success) have a green border. */
const notice = (text: string, variant = 'success') =>
  html`<div class="notice ${variant}" part="notice"><p>${text}</p></div>`;

/**
 * Staff edit a service record, check it against the ORUK 3.0 standard in the
 * browser, and save it to the catalogue. Every list on the page that shows the
 * service updates at once. Unsaved changes are kept on the device as a draft
 * until they are saved; a save that clashes with someone else's is merged
 * field by field, never overwritten.
 *
 * Signing in: when the catalogue's `GET /` advertises `write_api`, the editor
 * shows a sign-in form and keeps the token in memory and sessionStorage (never
 * localStorage, never the DOM). A CMS that issues tokens itself sets the
 * `tokenProvider` property instead. A catalogue without `write_api` is
 * read-only, and the editor says so.
 *
 * @summary Edit a service, check it against ORUK 3.0, and save it to the catalogue.
 *
 * @attr lang - The language, `en` or `cy` (Welsh). Default: the `lang` of the nearest ancestor that has one,
 * else English.
 *
 * @event {CustomEvent} oruk-change - The person edited the service. `detail` is `{ record }`, the edited ORUK 3.0
 * JSON (not saved yet).
 * @event {CustomEvent} oruk-saved - The catalogue stored the service. `detail` is the stored service (ORUK 3.0 JSON).
 *
 * @csspart editor - The whole editor.
 * @csspart bar - The line at the top with the sign-in state and the Sign out button.
 * @csspart heading - The editor's heading ("Edit …" or "Add a new service").
 * @csspart notice - Information boxes (a draft to restore, read-only catalogue).
 * @csspart problem - Error boxes (the service could not be loaded).
 * @csspart sign-in - The sign-in form.
 * @csspart error-summary - The sign-in form's error summary.
 * @csspart conflict - The field-by-field merge view after a clash.
 * @csspart conflict-choice - One side (yours or theirs) of a field in the merge view.
 * @csspart actions - The bar with the Save button and the status.
 * @csspart status - The save status ("Saving…", "Saved at 14:32", "Not saved…").
 * @csspart button - Every button.
 *
 * @cssproperty --oruk-font-family - Font family (default: the page's), as for the list.
 * @cssproperty --oruk-font-size - Base font size (default 1em).
 * @cssproperty --oruk-color - Text colour (default: the page's).
 * @cssproperty --oruk-background - Background of the sticky Save bar and of inputs (default #fff).
 * @cssproperty --oruk-link-color - Links and chosen items (default: --oruk-accent-color, else #005ea5, as in the list).
 * @cssproperty --oruk-accent-color - The site's accent colour, used for links when --oruk-link-color is not set.
 * @cssproperty --oruk-focus-color - Focus highlight (default #ffbf47, as in the list).
 * @cssproperty --oruk-error-color - Errors (default #d4351c).
 * @cssproperty --oruk-notice-color - Border of information boxes (default #1d70b8).
 * @cssproperty --oruk-border-color - Separators (default #b1b4b6).
 * @cssproperty --oruk-button-background - Main buttons (default #00703c).
 * @cssproperty --oruk-button-color - Main buttons' text (default #fff).
 * @cssproperty --oruk-radius - Corner radius of buttons and inputs (default 0).
 * @cssproperty --oruk-button-shadow - Shadow under main buttons (default #002d18).
 * @cssproperty --oruk-secondary-background - Secondary buttons (Add, Move, Cancel) (default #f3f2f1).
 * @cssproperty --oruk-secondary-color - Hint text (default #505a5f).
 * @cssproperty --oruk-input-border - Borders of inputs (default #0b0c0c).
 * @cssproperty --oruk-success-color - Border of "done" notices, like "You have signed out" (default #00703c).
 * @cssproperty --oruk-chosen-background - The chosen side in the merge view (default #f3f7fb).
 */
export class OrukServiceEditor extends OrukElement {
  static override styles = editorStyles;

  // Reactive properties are declared here rather than with decorators: TypeScript's
  // standard-decorator output costs some 250 bytes per field in the bundle.
  static override properties: PropertyDeclarations = {
    api: {},
    serviceId: { attribute: 'service-id', reflect: true },
    organization: {},
    tokenProvider: { attribute: false },
    ...Object.fromEntries(
      [
        'phase',
        'record',
        'taxonomyTerms',
        'serverProblems',
        'saveState',
        'draftOffer',
        'conflict',
        'signInBusy',
        'signInError',
        'signInMessage',
        'confirmSignOut',
        'notice',
        'loadError',
        'partFailed',
      ].map((name) => [name, { state: true }]),
    ),
  };

  /**
   * The catalogue's base URL, e.g. `https://catalogue.example.org/api`. Inside `<oruk-catalogue>` it may be left
   * out.
   */
  declare api: string;

  /** The id of the service to edit. Without one, the editor creates a new service for the signed-in organisation. */
  declare serviceId: string;

  /** The organisation a new service belongs to, when the token does not say (for example with a `tokenProvider`). */
  declare organization: string;

  /**
   * For CMS integrators who issue catalogue tokens from their own back end:
   * an async function returning a bearer token. With it, the editor shows no
   * sign-in form and calls it before each save.
   */
  declare tokenProvider: TokenProvider | undefined;

  // Internal state (public for tests and tools that watch the editor, not API).
  /** @private */
  declare phase: EditorPhase;
  /** @private */
  declare record: Json | undefined;
  /** @private */
  declare taxonomyTerms: TaxonomyTermView[];
  /** @private */
  declare serverProblems: Problem[];
  /** @private */
  declare saveState: SaveState;
  /** @private */
  declare draftOffer: Draft | undefined;
  /** @private */
  declare conflict: Conflict | undefined;
  /** @private */
  declare signInBusy: boolean;
  /** @private */
  declare signInError: string;
  /** @private */
  declare signInMessage: '' | 'sessionEnded' | 'notSavedSignIn';
  /** @private */
  declare confirmSignOut: boolean;
  /** @private */
  declare notice: string;
  /** @private */
  declare loadError: string;
  /** @private The code of the sign-in form or merge view could not be fetched. */
  declare partFailed: boolean;

  constructor() {
    super();
    this.api = '';
    this.serviceId = '';
    this.organization = '';
    this.tokenProvider = undefined;
    this.phase = 'idle';
    this.signInBusy = false;
    this.#reset();
  }

  readonly #catalogue = new CatalogueController(this, () => this.api);
  /** The editor's language and its words: English is built in; Welsh loads the first time it is asked for. */
  readonly #language = new LangController<EditorStrings>(this, stringsIn);
  #generation = 0;
  #loadedKey: string | undefined;
  #baseUrl = '';
  #tokenUrl = '';
  #writer: WriteClient | undefined;
  #session: EditorSession | undefined;
  /** Unsaved edits kept on this device; leaving the page with some asks first. */
  readonly #drafts = new DraftController(this, () => (this.#dirty ? this.strings.leaveWarning : undefined));
  /** The record as the catalogue holds it (what edits are based on). */
  #base: Json | undefined;
  #etag: string | undefined;
  /** Whether the record is in the catalogue yet (false while creating). */
  #stored = false;
  #dirty = false;
  #resumeSave = false;

  /**
   * @private The words in the editor's language: English while Welsh downloads, and
   * if it cannot be (Welsh comes with the next change of language or the next editor).
   */
  get strings(): EditorStrings {
    return this.#language.strings ?? en;
  }

  /** Whether there are edits not yet saved to the catalogue. */
  get dirty(): boolean {
    return this.#dirty;
  }

  /** The ETag of the version the edits are based on. */
  get etag(): string | undefined {
    return this.#etag;
  }

  protected override willUpdate(): void {
    const key = this.#key();
    if (key !== this.#loadedKey) {
      this.#loadedKey = key;
      void this.#start(this.#catalogue.value);
    }
    const part = this.conflict ? CONFLICT : this.phase === 'sign-in' ? SIGN_IN : undefined;
    if (part && !this.partFailed && !partReady(part)) void this.#needPart(part);
  }

  /**
   * Fetches the code of a rarely needed part (./lazy-parts.ts) and shows it; if that
   * fails, the part's place says so and offers "Try again".
   */
  async #needPart(tag: PartTag, focus = false): Promise<void> {
    this.partFailed = false;
    try {
      await loadPart(tag);
    } catch {
      this.partFailed = true;
      // Pressed "Try again" and it failed again: the button left the page while loading,
      // so put focus back on the new one rather than leave it on the page's body.
      if (focus)
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('[data-part-failed] button')?.focus(),
        );
      return;
    }
    this.requestUpdate();
    if (focus) this.#focus(tag);
  }

  /** Where a part goes: the part once its code is here, meanwhile a loading line or the failure. */
  #part(tag: PartTag, part: unknown) {
    const s = this.strings;
    if (partReady(tag)) return part;
    if (!this.partFailed) return html`<p role="status">${s.loadingPart}</p>`;
    const retry = button(s.tryAgain, () => this.#needPart(tag, true), 'secondary');
    return html`<div class="problem" part="problem" role="alert" data-part-failed><p>${s.partFailed}</p>${retry}</div>`;
  }

  /** What the editor is loaded for: the catalogue, the service and where tokens come from. */
  #key(): string {
    return `${this.#catalogue.value?.baseUrl ?? ''}|${this.serviceId}|${this.tokenProvider ? 'provider' : 'session'}`;
  }

  // ---- loading ---------------------------------------------------------

  async #start(catalogue: CatalogueConnection | undefined): Promise<void> {
    const generation = ++this.#generation;
    this.#drafts.flush();
    this.#reset();
    if (!catalogue) {
      this.phase = 'no-api';
      return;
    }
    this.phase = 'loading';
    this.#baseUrl = normaliseBaseUrl(catalogue.baseUrl);
    this.#writer = createWriteClient(this.#baseUrl);
    this.#session = new EditorSession(this.#baseUrl, this.tokenProvider);
    this.#drafts.use(this.#baseUrl);
    let writeApi: { tokenUrl: string } | undefined;
    try {
      // The write client reads `write_api` itself, strictly: the token URL is
      // where passwords go, and a catalogue on localhost (the demo) is real.
      writeApi = await this.#writer.discover();
    } catch (error) {
      if (generation !== this.#generation) return;
      if (!this.#openDraftOffline()) this.#failLoad(error);
      return;
    }
    if (generation !== this.#generation) return;
    if (!writeApi) {
      this.phase = 'read-only';
      return;
    }
    this.#tokenUrl = writeApi.tokenUrl;
    if (!this.#session.signedIn) {
      this.phase = 'sign-in';
      return;
    }
    await this.#loadRecord(generation);
  }

  /** Nothing loaded, nothing edited: before loading, and after signing out. */
  #reset() {
    this.#base = this.#etag = undefined;
    this.#stored = this.#dirty = this.#resumeSave = false;
    Object.assign(this, {
      record: undefined,
      taxonomyTerms: [],
      serverProblems: [],
      saveState: IDLE,
      draftOffer: undefined,
      conflict: undefined,
      confirmSignOut: false,
      partFailed: false,
      signInError: '',
      signInMessage: '',
      notice: '',
      loadError: '',
    } satisfies Partial<OrukServiceEditor>);
  }

  #failLoad(error: unknown) {
    const s = this.strings;
    this.loadError = error instanceof CatalogueError && error.status === 404 ? s.notFound : s.loadFailed;
    this.phase = 'load-error';
  }

  async #loadRecord(generation = this.#generation): Promise<void> {
    const catalogue = this.#catalogue.value;
    if (!catalogue || !this.#drafts.ready) return;
    this.phase = 'loading';
    const terms = this.#loadTerms(catalogue);
    let record: Json;
    let etag: string | undefined;
    try {
      if (this.serviceId) {
        const found = await catalogue.client.serviceRecord(this.serviceId);
        if (!isJson(found.json)) throw new CatalogueError({ kind: 'parse' });
        record = found.json;
        etag = found.etag;
        this.#stored = true;
      } else {
        record = this.#newRecord();
        this.#stored = false;
      }
    } catch (error) {
      if (generation !== this.#generation) return;
      if (!this.#openDraftOffline()) this.#failLoad(error);
      return;
    }
    const taxonomyTerms = await terms;
    if (generation !== this.#generation) return;
    this.#base = record;
    this.#etag = etag;
    this.record = record;
    this.taxonomyTerms = taxonomyTerms;
    const draft = this.#drafts.load(this.serviceId);
    if (draft && !sameValue(draft.record, record)) this.draftOffer = draft;
    else if (draft) this.#drafts.clear(this.serviceId);
    this.phase = 'editing';
  }

  /**
   * The catalogue cannot be reached, but this device has a draft: offer it,
   * so that the edits can be restored now and saved once the catalogue is back.
   */
  #openDraftOffline(): boolean {
    const draft = this.#drafts.load(this.serviceId);
    if (!draft) return false;
    this.#base = draft.base;
    this.#etag = draft.etag;
    this.#stored = Boolean(this.serviceId);
    this.record = draft.base ?? draft.record;
    this.draftOffer = draft;
    this.notice = this.strings.offline;
    this.phase = 'editing';
    return true;
  }

  async #loadTerms(catalogue: CatalogueConnection): Promise<TaxonomyTermView[]> {
    const terms: TaxonomyTermView[] = [];
    try {
      for (let page = 1; page <= 10; page++) {
        const result = await catalogue.client.taxonomyTerms({ page, perPage: 100 });
        terms.push(...result.items);
        if (page >= result.totalPages || result.items.length === 0) break;
      }
    } catch {
      // Without the catalogue's terms the form still works; the service keeps the terms it has.
    }
    return terms;
  }

  #newRecord(): Json {
    const organizationId = this.#session?.organizationId ?? (this.organization || undefined);
    const record: Json = { id: crypto.randomUUID(), name: '', status: 'active' };
    if (organizationId) record.organization_id = organizationId;
    return record;
  }

  // ---- signing in and out ---------------------------------------------

  async #onSignIn(event: CustomEvent<SignInDetail>) {
    event.stopPropagation();
    const session = this.#session;
    if (!session || !this.#writer || this.signInBusy) return;
    this.signInBusy = true;
    this.signInError = '';
    // The form's own module signs in (it is loaded: the person just used it).
    const { signIn } = await signInChunk.load();
    const result = await signIn(this.#writer, session.store, this.#tokenUrl, event.detail, this.strings);
    if ('error' in result) {
      this.signInBusy = false;
      this.signInError = result.error;
      return;
    }
    this.#tokenUrl = result.tokenUrl;
    this.signInBusy = false;
    this.signInMessage = '';
    this.notice = '';
    if (this.record) {
      // Signed in again in the middle of editing: every edit is still here.
      this.phase = 'editing';
      this.#focusHeading();
      if (this.#resumeSave) {
        this.#resumeSave = false;
        await this.updateComplete;
        await this.save();
      }
    } else {
      await this.#loadRecord();
      this.#focusHeading();
    }
  }

  #askSignOut() {
    if (this.#dirty && !this.confirmSignOut) {
      this.confirmSignOut = true;
      this.#focus('#sign-out-warning');
      return;
    }
    this.signOut();
  }

  /**
   * Signs out: forgets the token and deletes every local draft for this
   * catalogue (a shared computer must not keep someone's edits).
   */
  signOut(): void {
    this.#drafts.cancel();
    this.#drafts.clearAll();
    this.#session?.signOut();
    this.#generation++;
    this.#reset();
    this.notice = this.strings.signedOut;
    this.phase = this.#session?.usesProvider ? 'editing' : 'sign-in';
    if (this.phase === 'editing') void this.#loadRecord();
  }

  // ---- editing and drafts ---------------------------------------------

  #onFormInput(event: CustomEvent<{ record: Json }>) {
    event.stopPropagation();
    const record = event.detail?.record;
    if (!isJson(record)) return;
    this.record = record;
    if (this.saveState.kind === 'saved') this.saveState = IDLE;
    this.#changed();
  }

  /** After an edit (typed, or chosen in the merge view): keep a draft and tell the page. */
  #changed() {
    this.#dirty = true;
    this.#scheduleDraft();
    this.emit('oruk-change', { record: this.record! });
  }

  #scheduleDraft() {
    if (!this.record) return;
    const draft: Draft = { record: this.record, savedAt: Date.now() };
    if (this.#base) draft.base = this.#base;
    if (this.#etag) draft.etag = this.#etag;
    this.#drafts.schedule(this.serviceId, draft);
  }

  #restoreDraft() {
    const draft = this.draftOffer;
    if (!draft) return;
    this.record = draft.record;
    if (draft.base) this.#base = draft.base;
    // Save against the version the edits were based on: if the catalogue has
    // moved on since, the save gets 412 and the person merges.
    if (draft.etag) this.#etag = draft.etag;
    this.#dirty = true;
    this.draftOffer = undefined;
    this.notice = this.strings.draftRestored;
    this.#focusHeading();
  }

  #discardDraft() {
    this.#drafts.clear(this.serviceId);
    this.draftOffer = undefined;
    this.notice = this.strings.draftDiscarded;
    this.#focusHeading();
  }

  #focusHeading() {
    this.#focus('#editor-heading');
  }

  /** Moves focus to what `selector` finds once the editor has rendered. */
  #focus(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #form(): ServiceFormElement | null {
    return this.renderRoot.querySelector('oruk-service-form') as ServiceFormElement | null;
  }

  // ---- saving ----------------------------------------------------------

  /**
   * Checks the whole record and, when it is valid, saves it: PUT with
   * If-Match, or POST for a new service. Resolves when the attempt is over;
   * the outcome is in `saveState` (and `oruk-saved` on success).
   */
  async save(): Promise<void> {
    if (
      this.saveState.kind === 'saving' ||
      this.phase !== 'editing' ||
      !this.record ||
      this.draftOffer ||
      this.conflict
    )
      return;
    const form = this.#form();
    if (form) {
      await form.updateComplete;
      const problems = form.checkAll();
      if (problems.length > 0) {
        this.#fail('invalid');
        return;
      }
    }
    this.#drafts.flush();
    this.saveState = { kind: 'saving' };
    this.notice = '';
    await this.#send(false);
  }

  async #send(retried: boolean): Promise<void> {
    const session = this.#session;
    const writer = this.#writer;
    const record = this.record;
    if (!session || !writer || !record) return;
    let token: string | undefined;
    try {
      token = await session.token();
    } catch {
      this.#fail('provider');
      return;
    }
    if (!token) {
      this.#needSignIn('notSavedSignIn');
      return;
    }
    const generation = this.#generation;
    let stored: ServiceRecord;
    try {
      stored = this.#stored
        ? await writer.updateService(
            idText(record.id, this.serviceId),
            record,
            this.#etag ? { token, etag: this.#etag } : { token },
          )
        : await writer.createService(record, { token });
    } catch (error) {
      if (generation !== this.#generation) return;
      await this.#saveFailed(error, retried);
      return;
    }
    if (generation !== this.#generation) return;
    this.#saved(stored);
  }

  #saved(stored: ServiceRecord) {
    const created = !this.#stored;
    const previousKey = this.serviceId;
    this.#base = stored.json;
    this.#etag = stored.etag;
    this.#stored = true;
    this.record = stored.json;
    this.#dirty = false;
    this.serverProblems = [];
    this.#drafts.cancel();
    this.#drafts.clear(previousKey);
    if (created && typeof stored.json.id === 'string') {
      // From now on this editor edits the service it created.
      this.serviceId = stored.json.id;
      this.#loadedKey = this.#key();
    }
    this.saveState = { kind: 'saved', at: Date.now() };
    try {
      this.#catalogue.value?.store.put(readService(stored.json));
    } catch {
      // The catalogue stored it; a list that cannot read it will fetch it itself.
    }
    this.emit('oruk-saved', stored.json);
  }

  #needSignIn(message: 'sessionEnded' | 'notSavedSignIn') {
    this.#resumeSave = true;
    this.saveState = IDLE;
    this.signInMessage = message;
    this.phase = 'sign-in';
  }

  #fail(reason: FailReason) {
    this.saveState = { kind: 'failed', reason };
  }

  async #saveFailed(error: unknown, retried: boolean): Promise<void> {
    const kind = error instanceof WriteError ? error.kind : 'other';
    if (kind === 'unauthorized') {
      if (this.#session?.usesProvider) {
        // The CMS may hand out a fresh token: ask once more.
        if (!retried) await this.#send(true);
        else this.#fail('provider');
        return;
      }
      this.#session?.signOut();
      this.#needSignIn('sessionEnded');
    } else if (kind === 'conflict') {
      await this.#startMerge(error as WriteError);
    } else {
      this.#fail(SAVE_FAILURES[kind] ?? 'other');
      if (kind === 'invalid') {
        this.serverProblems = (error as WriteError).problems;
        await this.updateComplete;
        this.#form()?.checkAll();
      }
    }
  }

  // ---- conflicts -------------------------------------------------------

  async #startMerge(error: WriteError): Promise<void> {
    let current = error.current;
    if (!current?.etag) {
      try {
        current = await this.#writer!.currentService(idText(this.record?.id, this.serviceId));
      } catch {
        this.#fail('offline');
        return;
      }
    }
    const mine = this.record!;
    const theirs = current.json;
    const onlyServerFields = Object.keys({ ...mine, ...theirs }).every(
      (k) => k === 'last_modified' || sameValue(mine[k], theirs[k]),
    );
    if (onlyServerFields) {
      // Someone saved exactly what you have: nothing to choose.
      this.#base = theirs;
      this.#etag = current.etag;
      this.record = { ...mine, last_modified: theirs.last_modified };
      this.saveState = IDLE;
      this.notice = this.strings.conflictNone;
      await this.save();
      return;
    }
    this.saveState = IDLE;
    this.conflict = current.etag ? { theirs, etag: current.etag } : { theirs };
    await this.#needPart(CONFLICT, true);
  }

  async #onResolve(event: CustomEvent<ConflictResolveDetail>) {
    event.stopPropagation();
    const conflict = this.conflict;
    if (!conflict) return;
    this.record = event.detail.record;
    this.#base = conflict.theirs;
    this.#etag = conflict.etag;
    this.conflict = undefined;
    this.#changed();
    await this.updateComplete;
    await this.save();
  }

  // ---- rendering -------------------------------------------------------

  #statusText(): string {
    const s = this.strings;
    const state = this.saveState;
    switch (state.kind) {
      case 'saving':
        return s.saving;
      case 'saved':
        return fill(s.savedAt, { time: formatTime(state.at, this.#language.lang) });
      case 'failed':
        return s[FAILURE_TEXT[state.reason]];
      default:
        return this.#dirty ? s.unsaved : '';
    }
  }

  #renderBar() {
    const s = this.strings;
    if (!this.#session || this.#session.usesProvider || (this.phase !== 'editing' && this.phase !== 'loading'))
      return nothing;
    return html`<div class="bar" part="bar">
      <p>${s.signedIn}</p>
      ${button(s.signOut, () => this.#askSignOut(), 'secondary')}
    </div>
    ${
      this.confirmSignOut
        ? html`<div class="problem" part="problem" id="sign-out-warning" tabindex="-1" role="alert">
          <p>${s.signOutWarning}</p>
          ${button(s.signOutAnyway, () => this.signOut(), 'warning')}
          ${button(s.cancel, () => (this.confirmSignOut = false), 'secondary')}
        </div>`
        : nothing
    }`;
  }

  #renderDraftOffer(draft: Draft) {
    const s = this.strings;
    const lang = this.#language.lang;
    const time = formatTime(draft.savedAt, lang);
    const today = new Date(draft.savedAt).toDateString() === new Date().toDateString();
    const saved = today
      ? fill(s.draftBodyToday, { time })
      : fill(s.draftBody, { date: formatTime(draft.savedAt, lang, true) });
    return html`<div class="notice" part="notice" role="region" aria-labelledby="draft-heading">
      <h3 id="draft-heading">${s.draftHeading}</h3>
      <p>${saved}</p>
      ${button(fill(s.restoreDraft, { time }), () => this.#restoreDraft())}
      ${button(s.discardDraft, () => this.#discardDraft(), 'secondary')}
    </div>`;
  }

  #renderEditing(record: Json) {
    const s = this.strings;
    const name = typeof record.name === 'string' && record.name.trim() ? record.name.trim() : '';
    const heading = this.#stored ? fill(s.editHeading, { name: name || idText(record.id, '') }) : s.newHeading;
    const saving = this.saveState.kind === 'saving';
    const status = this.#statusText();
    const failed = this.saveState.kind === 'failed';
    const canRetry = this.saveState.kind === 'failed' && this.saveState.reason === 'offline';
    return html`<h2 id="editor-heading" part="heading" tabindex="-1">${heading}</h2>
      ${this.notice ? notice(this.notice) : nothing}
      ${this.draftOffer ? this.#renderDraftOffer(this.draftOffer) : nothing}
      ${
        this.conflict
          ? this.#part(
              CONFLICT,
              html`<oruk-editor-conflict
              .mine=${record}
              .theirs=${this.conflict.theirs}
              .base=${this.#base}
              .strings=${s}
              lang=${this.#language.lang}
              @oruk-conflict-resolve=${this.#onResolve}
            ></oruk-editor-conflict>`,
            )
          : html`<oruk-service-form
            .record=${record}
            .taxonomyTerms=${this.taxonomyTerms}
            .serverProblems=${this.serverProblems}
            lang=${this.#language.lang}
            ?disabled=${saving || this.draftOffer !== undefined}
            @oruk-form-input=${this.#onFormInput}
          ></oruk-service-form>`
      }
      <div class="actions" part="actions">
        ${
          this.conflict
            ? nothing
            : button(this.#stored ? s.save : s.create, () => this.save(), '', saving || this.draftOffer !== undefined)
        }
        <p class="status ${failed ? 'error' : ''}" part="status" role="status">${status}</p>
        ${canRetry ? button(s.tryAgain, () => this.save(), 'secondary') : nothing}
      </div>`;
  }

  override render() {
    const s = this.strings;
    let body: unknown = nothing;
    switch (this.phase) {
      case 'no-api':
        body = html`<div class="problem" part="problem"><p>${s.noApi}</p></div>`;
        break;
      case 'loading':
        body = html`<p>${s.loading}</p>`;
        break;
      case 'load-error':
        body = html`<div class="problem" part="problem" role="alert">
          <p>${this.loadError}</p>
          ${button(s.tryAgain, () => this.retryLoad(), 'secondary')}
        </div>`;
        break;
      case 'read-only':
        body = notice(s.readOnly, '');
        break;
      case 'sign-in':
        body = html`${this.notice && !this.signInMessage ? notice(this.notice) : nothing}
        ${this.#part(
          SIGN_IN,
          html`<oruk-editor-sign-in
            .strings=${s}
            ?busy=${this.signInBusy}
            error=${this.signInError}
            message=${this.signInMessage}
            @oruk-sign-in=${this.#onSignIn}
          ></oruk-editor-sign-in>`,
        )}`;
        break;
      case 'editing':
        body = this.record ? this.#renderEditing(this.record) : nothing;
        break;
    }
    const busy = this.phase === 'loading' ? 'true' : 'false';
    return html`<div part="editor" aria-busy=${busy}>${this.#renderBar()}${body}</div>`;
  }

  /** Tries loading again after a failure. */
  retryLoad(): void {
    this.#loadedKey = undefined;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementEventMap {
    'oruk-saved': CustomEvent<Json>;
    'oruk-change': CustomEvent<{ record: Json }>;
  }
}
