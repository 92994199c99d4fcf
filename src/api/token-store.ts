/**
 * Where the editor keeps a catalogue's access token: in memory, and in
 * sessionStorage so that a reload in the same tab stays signed in. Never in
 * localStorage (it would outlive the browser session on a shared computer),
 * never in an attribute or anywhere else in the DOM.
 *
 * One store per catalogue base URL, shared page-wide: two editors for the
 * same catalogue sign in and out together. Dispatches `token-changed`.
 */

export interface StoredToken {
  /** The bearer token. */
  token: string;
  /** The organisation the token may edit for, when the catalogue said. */
  organizationId?: string;
  /** Milliseconds since the epoch after which the token is no use. */
  expiresAt?: number;
}

const PREFIX = 'oruk-token|';

/** A Web Storage area, or null where the browser refuses it (privacy settings, sandboxed frames). */
export function storageOrNull(area: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return globalThis[area] ?? null;
  } catch {
    return null;
  }
}

function isStoredToken(value: unknown): value is StoredToken {
  const v = value as Partial<Record<keyof StoredToken, unknown>> | null;
  return (
    typeof v?.token === 'string' &&
    v.token !== '' &&
    (v.organizationId === undefined || typeof v.organizationId === 'string') &&
    (v.expiresAt === undefined || typeof v.expiresAt === 'number')
  );
}

export class TokenStore extends EventTarget {
  readonly catalogue: string;
  #key: string;
  #memory: StoredToken | undefined;
  #storage: Storage | null;
  #now: () => number;

  constructor(catalogue: string, options: { storage?: Storage | null; now?: () => number } = {}) {
    super();
    this.catalogue = catalogue;
    this.#key = PREFIX + catalogue;
    this.#storage = options.storage === undefined ? storageOrNull('sessionStorage') : options.storage;
    this.#now = options.now ?? Date.now;
  }

  /** The token, unless there is none or it has expired (an expired one is forgotten). */
  get(): StoredToken | undefined {
    if (!this.#memory && this.#storage) {
      try {
        const parsed: unknown = JSON.parse(this.#storage.getItem(this.#key) ?? 'null');
        if (isStoredToken(parsed)) this.#memory = parsed;
      } catch {
        // unreadable: there is none
      }
    }
    const found = this.#memory;
    if (found?.expiresAt !== undefined && found.expiresAt <= this.#now()) {
      this.clear();
      return undefined;
    }
    return found;
  }

  set(token: StoredToken): void {
    this.#memory = { ...token };
    try {
      this.#storage?.setItem(this.#key, JSON.stringify(this.#memory));
    } catch {
      // Storage full or disabled: the token still works for this page.
    }
    this.dispatchEvent(new Event('token-changed'));
  }

  clear(): void {
    const had = this.#memory !== undefined;
    this.#memory = undefined;
    try {
      this.#storage?.removeItem(this.#key);
    } catch {
      // nothing to do
    }
    if (had) this.dispatchEvent(new Event('token-changed'));
  }
}

const stores = new Map<string, TokenStore>();

/** Normalises a catalogue base URL the same way for every caller (no trailing slash). */
export function catalogueKey(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}

/** The page-wide token store for a catalogue. */
export function tokenStoreFor(baseUrl: string): TokenStore {
  const key = catalogueKey(baseUrl);
  let store = stores.get(key);
  if (!store) {
    store = new TokenStore(key);
    stores.set(key, store);
  }
  return store;
}
