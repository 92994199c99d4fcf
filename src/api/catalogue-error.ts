/**
 * The one error type the read client throws. `kind` says what went wrong in a
 * form an element can act on (offer "Try again" for network, timeout and 5xx);
 * `key` and `params` select a translated message (see ./error-messages.ts);
 * `message` is the English text, ready to show.
 */
import type { CatalogueErrorKind } from './contract.js';
import { catalogueErrorKey, formatCatalogueError, type CatalogueErrorKey } from './error-messages.js';

export interface CatalogueErrorInit {
  kind: CatalogueErrorKind;
  url?: string;
  status?: number;
  cause?: unknown;
  /**
   * A key other than the kind's own: `catalogue.error.download` when our code, not the catalogue, could not be fetched.
   */
  key?: CatalogueErrorKey;
}

export class CatalogueError extends Error {
  readonly kind: CatalogueErrorKind;
  /** HTTP status, for `kind: 'http'`. */
  readonly status?: number;
  /** The URL that failed. */
  readonly url?: string;
  /** Message key for translation, e.g. `catalogue.error.server`. */
  readonly key: string;
  readonly params: Record<string, string | number>;

  constructor(init: CatalogueErrorInit) {
    const key = init.key ?? catalogueErrorKey(init.kind, init.status);
    const params: Record<string, string | number> = init.status === undefined ? {} : { status: init.status };
    super(formatCatalogueError(key, params, 'en'), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'CatalogueError';
    this.kind = init.kind;
    this.key = key;
    this.params = params;
    if (init.status !== undefined) this.status = init.status;
    if (init.url !== undefined) this.url = init.url;
  }

  /** True when asking again later may work (network trouble, timeouts, 5xx and 429). */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && this.status !== undefined && (this.status >= 500 || this.status === 429);
  }

  /**
   * The message in the given language (`en` or `cy`; anything else falls back to English).
   * Welsh needs `await loadCatalogueErrorMessages('cy')` first (from ./error-messages.ts).
   */
  messageIn(lang: string): string {
    return formatCatalogueError(this.key, this.params, lang);
  }
}

export function isCatalogueError(value: unknown): value is CatalogueError {
  return value instanceof CatalogueError;
}
