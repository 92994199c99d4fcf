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

/** At most this many bytes of answers are kept; the oldest go first. */
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
/** Larger answers (a whole catalogue as ndjson, say) are made afresh each time. */
const MAX_BYTES = 1024 * 1024;

export class AnswerCache {
  #stamp: string | undefined;
  readonly #entries = new Map<string, CachedAnswer>();
  #bytes = 0;

  constructor(private readonly changeStamp: () => string) {}

  get(key: string): CachedAnswer | undefined {
    const stamp = this.changeStamp();
    if (stamp !== this.#stamp) {
      this.#entries.clear();
      this.#bytes = 0;
      this.#stamp = stamp;
      return undefined;
    }
    return this.#entries.get(key);
  }

  /** Keeps an answer made after get(key) in the same synchronous turn (so under the stamp get() saw). */
  set(key: string, answer: CachedAnswer): void {
    const size = answer.body.length + key.length;
    if (size > MAX_BYTES) return;
    const previous = this.#entries.get(key);
    if (previous) {
      this.#entries.delete(key);
      this.#bytes -= previous.body.length + key.length;
    }
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes + size <= MAX_TOTAL_BYTES) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.body.length + oldKey.length;
    }
    this.#entries.set(key, answer);
    this.#bytes += size;
  }
}
