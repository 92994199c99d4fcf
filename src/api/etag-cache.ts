/**
 * Remembers the ETag and parsed body of recent responses, by URL, so a
 * request can revalidate with If-None-Match and a 304 can return the body we
 * already have. Least recently used entries go first when it is full.
 */
export interface CachedResponse {
  etag: string;
  json: unknown;
}

export class EtagCache {
  readonly #entries = new Map<string, CachedResponse>();
  readonly #limit: number;

  constructor(limit = 200) {
    this.#limit = Math.max(1, limit);
  }

  get(url: string): CachedResponse | undefined {
    const entry = this.#entries.get(url);
    if (entry) {
      this.#entries.delete(url);
      this.#entries.set(url, entry);
    }
    return entry;
  }

  set(url: string, entry: CachedResponse): void {
    this.#entries.delete(url);
    this.#entries.set(url, entry);
    // A Map keeps insertion order: the first key is the least recently used.
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#limit) break;
      this.#entries.delete(oldest);
    }
  }

  delete(url: string): void {
    this.#entries.delete(url);
  }
}
