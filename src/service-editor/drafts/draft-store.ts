/**
 * Local drafts: unsaved edits kept in localStorage so that a reload, a crash
 * or a lost connection loses nothing. One draft per catalogue and service
 * (or per catalogue for a service not created yet), holding the ETag the
 * edits were based on, so that saving a restored draft can never overwrite
 * someone else's newer change without the editor noticing (412 → merge).
 *
 * Drafts are deleted after a successful save and on sign-out, because a
 * shared computer must not keep someone's edits.
 */
import { catalogueKey, storageOrNull } from '../../api/token-store.js';
import { isJson, type Json } from '../../model/json.js';

export interface Draft {
  /** The record with the unsaved edits. */
  record: Json;
  /** The record as it was in the catalogue when editing began (for merging). */
  base?: Json;
  /** The ETag of `base`. */
  etag?: string;
  /** When the draft was last written, in milliseconds since the epoch. */
  savedAt: number;
}

const PREFIX = 'oruk-draft|';
const FORMAT = 1;
/** The key used for a service that is not in the catalogue yet. */
export const NEW_SERVICE = '(new)';

export class DraftStore {
  #storage: Storage | null;
  readonly catalogue: string;

  constructor(catalogue: string, storage: Storage | null = storageOrNull('localStorage')) {
    this.catalogue = catalogueKey(catalogue);
    this.#storage = storage;
  }

  keyFor(serviceId: string | undefined): string {
    return `${PREFIX}${this.catalogue}|${serviceId || NEW_SERVICE}`;
  }

  load(serviceId: string | undefined): Draft | undefined {
    try {
      const raw = this.#storage?.getItem(this.keyFor(serviceId));
      if (!raw) return undefined;
      const parsed: unknown = JSON.parse(raw);
      if (!isJson(parsed) || parsed.format !== FORMAT || !isJson(parsed.record) || typeof parsed.savedAt !== 'number')
        return undefined;
      const draft: Draft = { record: parsed.record, savedAt: parsed.savedAt };
      if (isJson(parsed.base)) draft.base = parsed.base;
      if (typeof parsed.etag === 'string') draft.etag = parsed.etag;
      return draft;
    } catch {
      return undefined; // unreadable draft: treat as none rather than break the editor
    }
  }

  /** Writes the draft. Returns false when the browser would not store it (full or disabled). */
  save(serviceId: string | undefined, draft: Draft): boolean {
    if (!this.#storage) return false;
    try {
      this.#storage.setItem(this.keyFor(serviceId), JSON.stringify({ format: FORMAT, ...draft }));
      return true;
    } catch {
      return false;
    }
  }

  clear(serviceId: string | undefined): void {
    try {
      this.#storage?.removeItem(this.keyFor(serviceId));
    } catch {
      // nothing to do
    }
  }

  /** Deletes every draft for this catalogue (sign-out on a shared computer). */
  clearAll(): void {
    const storage = this.#storage;
    if (!storage) return;
    const prefix = `${PREFIX}${this.catalogue}|`;
    try {
      // The keys first: removing while walking storage.key(i) would skip some.
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
      for (const key of keys) if (key?.startsWith(prefix)) storage.removeItem(key);
    } catch {
      // nothing to do
    }
  }
}

/**
 * Writes drafts at most once per `delayMs` while someone types, and at once
 * when asked (`flush`, e.g. before saving or when the page is hidden).
 */
export class DraftWriter {
  #store: DraftStore;
  #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: { serviceId: string | undefined; draft: Draft } | undefined;

  constructor(store: DraftStore, delayMs = 400) {
    this.#store = store;
    this.#delayMs = delayMs;
  }

  schedule(serviceId: string | undefined, draft: Draft): void {
    this.#pending = { serviceId, draft };
    if (this.#timer === undefined) this.#timer = setTimeout(() => this.flush(), this.#delayMs);
  }

  flush(): void {
    const pending = this.#pending;
    this.cancel();
    if (pending) this.#store.save(pending.serviceId, pending.draft);
  }

  /** Forgets a pending write (after a save, or a sign-out). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = this.#pending = undefined;
  }
}
