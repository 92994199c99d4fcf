/**
 * The editor's sign-in state for one catalogue: a token from the CMS's
 * `tokenProvider` when there is one, else the token the person signed in
 * for (kept by the api layer's TokenStore: memory + sessionStorage).
 */
import { tokenStoreFor, type TokenStore } from '../../api/token-store.js';
import type { TokenGrant, WriteClient } from '../../api/write-client.js';

export type TokenProvider = () => Promise<string>;

export class EditorSession {
  readonly store: TokenStore;
  #client: WriteClient;
  #provider: TokenProvider | undefined;

  constructor(client: WriteClient, provider?: TokenProvider, store: TokenStore = tokenStoreFor(client.baseUrl)) {
    this.#client = client;
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

  async signIn(tokenUrl: string, email: string, password: string, signal?: AbortSignal): Promise<TokenGrant> {
    const grant = await this.#client.signIn(tokenUrl, email, password, signal);
    const stored: { token: string; organizationId?: string; expiresAt?: number } = { token: grant.accessToken };
    if (grant.organizationId !== undefined) stored.organizationId = grant.organizationId;
    if (grant.expiresAt !== undefined) stored.expiresAt = grant.expiresAt;
    this.store.set(stored);
    return grant;
  }

  /** The catalogue refused the token (401): forget it so that the person signs in again. */
  forgetToken(): void {
    this.store.clear();
  }

  signOut(): void {
    this.store.clear();
  }
}
