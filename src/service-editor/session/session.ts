/**
 * The editor's sign-in state for one catalogue: a token from the CMS's
 * `tokenProvider` when there is one, else the token the person signed in
 * for (kept by the api layer's TokenStore: memory + sessionStorage). Signing
 * in itself is done by the sign-in form's module, loaded only when needed.
 */
import { tokenStoreFor, type TokenStore } from '../../api/token-store.js';

export type TokenProvider = () => Promise<string>;

export class EditorSession {
  readonly store: TokenStore;
  #provider: TokenProvider | undefined;

  constructor(baseUrl: string, provider?: TokenProvider, store: TokenStore = tokenStoreFor(baseUrl)) {
    this.#provider = provider;
    this.store = store;
  }

  /** True when tokens come from the CMS, so there is no sign-in form or sign-out. */
  get usesProvider(): boolean {
    return this.#provider !== undefined;
  }

  /** The organisation the signed-in person edits for, when known. */
  get organizationId(): string | undefined {
    return this.store.get()?.organizationId;
  }

  /** Whether a token is at hand without asking anyone. */
  get signedIn(): boolean {
    return this.usesProvider || this.store.get() !== undefined;
  }

  /**
   * A token to send, or undefined when the person must sign in.
   * A provider's failure is thrown (the editor says the site could not sign them in).
   */
  async token(): Promise<string | undefined> {
    if (this.#provider) {
      const token = await this.#provider();
      if (typeof token !== 'string' || !token) throw new Error('The token provider gave no token.');
      return token;
    }
    return this.store.get()?.token;
  }

  /** Forgets the token: on signing out, and when the catalogue refused it (401), so that the person signs in again. */
  signOut(): void {
    this.store.clear();
  }
}
