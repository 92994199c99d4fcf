/**
 * Whole answers to read requests, kept by URL until the catalogue changes.
 * Every lookup first compares the catalogue's change stamp with the one the
 * answers were made under and drops them all when it differs, so an answer is
 * never older than the last write. Only answers that depend on nothing but the
 * URL (not on Host, tokens or other headers) may be kept here.
 */
export interface CachedAnswer {
  /** The answer's UTF-8 bytes, sent as they are. */
  body: Buffer;
  etag: string;
  contentType: string;
}

/** Enough for every page of a large catalogue's common queries; the oldest go first. */
const MAX_ENTRIES = 500;
/** Larger answers (a whole catalogue as ndjson, say) are made afresh each time. */
const MAX_BYTES = 1024 * 1024;

export class AnswerCache {
  #stamp: string | undefined;
  readonly #entries = new Map<string, CachedAnswer>();

  constructor(private readonly changeStamp: () => string) {}

  get(key: string): CachedAnswer | undefined {
    const stamp = this.changeStamp();
    if (stamp !== this.#stamp) {
      this.#entries.clear();
      this.#stamp = stamp;
      return undefined;
    }
    return this.#entries.get(key);
  }

  /** Keeps an answer made after get(key) in the same synchronous turn (so under the stamp get() saw). */
  set(key: string, answer: CachedAnswer): void {
    if (answer.body.length > MAX_BYTES) return;
    if (this.#entries.size >= MAX_ENTRIES) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, answer);
  }
}
