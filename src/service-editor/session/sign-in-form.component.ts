/**
 * The sign-in form (GOV.UK pattern: error summary at the top linking to each
 * field, inline errors, visible labels). It checks that both fields are
 * filled in, then fires `oruk-sign-in` with the email and password; the
 * editor posts them to the catalogue's token URL (with `signIn()` below) and
 * sets `error` when that fails. The password never leaves the field except in
 * that event.
 * Internal to `<oruk-service-editor>`, which loads it (a chunk of its own)
 * only when someone has to sign in.
 */
import { html, nothing, type PropertyDeclarations } from 'lit';
import { OrukElement } from '../../internal/oruk-element.js';
import type { TokenStore } from '../../api/token-store.js';
import { WriteError, type WriteClient } from '../../api/write-client.js';
import { en, fill, type EditorStrings } from '../strings/index.js';
import { signInEn, type SignInStrings } from '../strings/sign-in.js';
import { editorStyles } from '../service-editor.styles.js';

export interface SignInDetail {
  email: string;
  password: string;
}

type FieldName = 'email' | 'password';

/** What the form says for each kind of refusal (../../api/write-client.ts). */
const FAILURES: Partial<Record<string, keyof SignInStrings>> = {
  unauthorized: 'badCredentials',
  invalid: 'badCredentials',
  forbidden: 'badCredentials',
  'rate-limited': 'tooManyAttempts',
  network: 'signInUnreachable',
  timeout: 'signInUnreachable',
  server: 'signInUnreachable',
};

/**
 * Signs in for the editor: learns where to first when the editor opened
 * offline (from a draft), posts the email and password to the token URL and
 * keeps the token in the store. Resolves with the token URL, or with the words
 * for the failure in the language of `strings`.
 */
export async function signIn(
  writer: WriteClient,
  store: TokenStore,
  tokenUrl: string,
  { email, password }: SignInDetail,
  strings: EditorStrings,
): Promise<{ tokenUrl: string } | { error: string }> {
  try {
    tokenUrl ||= (await writer.discover())?.tokenUrl ?? '';
    if (!tokenUrl) throw new WriteError('network', 'The catalogue could not be reached.');
    const { accessToken: token, ...grant } = await writer.signIn(tokenUrl, email, password);
    store.set({ token, ...grant });
    return { tokenUrl };
  } catch (error) {
    const kind = error instanceof WriteError ? error.kind : '';
    const minutes = Math.max(1, Math.ceil(((error as WriteError | undefined)?.retryAfter ?? 900) / 60));
    return { error: fill(withSignIn(strings)[FAILURES[kind] ?? 'signInFailed'], { minutes }) };
  }
}

/** The editor's table with the sign-in form's English filled in (the Welsh table has its own). */
const withSignIn = (strings: EditorStrings): EditorStrings & SignInStrings => ({ ...signInEn, ...strings });

/**
 * @summary Email and password sign-in for the catalogue's write API.
 * @event oruk-sign-in - Both fields are filled in; `detail` is `{email, password}`.
 */
export class OrukSignInForm extends OrukElement {
  static override styles = editorStyles;

  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
    busy: { type: Boolean },
    error: {},
    message: {},
    fieldErrors: { state: true },
  };

  /** The editor's strings (the Welsh table includes the form's). */
  declare strings: EditorStrings;
  /** A sign-in attempt is under way. */
  declare busy: boolean;
  /** Why the last attempt failed (shown in the error summary, linked to the email field). */
  declare error: string;
  /**
   * Why the person must sign in again, said first: `sessionEnded` or `notSavedSignIn` (keys of
   * ../strings/sign-in.ts).
   */
  declare message: '' | 'sessionEnded' | 'notSavedSignIn';

  declare fieldErrors: Partial<Record<FieldName, string>>;

  constructor() {
    super();
    this.strings = en;
    this.busy = false;
    this.error = this.message = '';
    this.fieldErrors = {};
  }

  #lastError = '';

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('error') && this.error && this.error !== this.#lastError) {
      const password = this.renderRoot.querySelector<HTMLInputElement>('#password');
      if (password) password.value = '';
      this.#focusSummary();
    }
    this.#lastError = this.error;
  }

  /** Moves focus to the first field. */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#email')?.focus());
  }

  #focusSummary() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
  }

  #value(name: FieldName): string {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${name}`)?.value ?? '';
  }

  #submit(event: Event) {
    event.preventDefault();
    if (this.busy) return;
    const email = this.#value('email').trim();
    const password = this.#value('password');
    const errors: Partial<Record<FieldName, string>> = {};
    const s = withSignIn(this.strings);
    if (!email) errors.email = s.emailMissing;
    if (!password) errors.password = s.passwordMissing;
    this.fieldErrors = errors;
    if (errors.email || errors.password) {
      this.#lastError = this.error = '';
      this.#focusSummary();
      return;
    }
    this.emit('oruk-sign-in', { email, password });
  }

  #focusField(event: Event, name: FieldName) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>(`#${name}`)?.focus();
  }

  #field(s: EditorStrings & SignInStrings, name: FieldName, type: string, autocomplete: string) {
    const error = this.fieldErrors[name];
    const describedBy = [name === 'email' ? 'sign-in-hint' : '', error ? `${name}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field ${error ? 'field--error' : ''}">
      <label class="label" for=${name}>${name === 'email' ? s.email : s.password}</label>
      ${
        error
          ? html`<p class="error-message" id=${`${name}-error`}><span class="visually-hidden">${
              s.errorPrefix
            }</span> ${error}</p>`
          : nothing
      }
      <input
        class="input w20"
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        spellcheck="false"
        autocapitalize="none"
        aria-describedby=${describedBy || nothing}
        aria-invalid=${error ? 'true' : nothing}
        ?disabled=${this.busy}
      />
    </div>`;
  }

  override render() {
    const s = withSignIn(this.strings);
    const summary: { field: FieldName; text: string }[] = [];
    if (this.error) summary.push({ field: 'email', text: this.error });
    if (this.fieldErrors.email) summary.push({ field: 'email', text: this.fieldErrors.email });
    if (this.fieldErrors.password) summary.push({ field: 'password', text: this.fieldErrors.password });
    return html`<section part="sign-in" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">${s.signInHeading}</h2>
      ${this.message ? html`<div class="notice" part="notice"><p>${s[this.message]}</p></div>` : nothing}
      ${
        summary.length
          ? html`<div
            class="error-summary"
            part="error-summary"
            role="alert"
            tabindex="-1"
            aria-labelledby="sign-in-summary-title"
          >
            <h3 id="sign-in-summary-title">${s.summaryTitle}</h3>
            <ul>
              ${summary.map(
                (item) =>
                  html`<li><a href=${`#${item.field}`} @click=${(e: Event) => this.#focusField(e, item.field)}>${
                    item.text
                  }</a></li>`,
              )}
            </ul>
          </div>`
          : nothing
      }
      <form @submit=${this.#submit} novalidate>
        <p class="hint" id="sign-in-hint">${s.signInHint}</p>
        ${this.#field(s, 'email', 'email', 'username')} ${this.#field(s, 'password', 'password', 'current-password')}
        <button class="button" part="button" type="submit" ?disabled=${this.busy}>${
          this.busy ? s.signingIn : s.signIn
        }</button>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'oruk-sign-in': CustomEvent<SignInDetail>;
  }
}
