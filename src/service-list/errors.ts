/**
 * Why loading failed, from whatever the read client threw. The client's
 * errors carry `kind` (network, timeout, http, parse, aborted) and, for
 * HTTP errors, `status`; anything else counts as "other". `download` is our
 * own code failing to download (a chunk of the list, or the client's reader:
 * key `catalogue.error.download`), not the catalogue.
 */
export type LoadErrorKind = 'network' | 'download' | 'timeout' | 'http' | 'not-found' | 'parse' | 'aborted' | 'other';

export interface LoadError {
  kind: LoadErrorKind;
  status?: number;
}

const KINDS = new Set(['network', 'timeout', 'http', 'parse', 'aborted']);

export function toLoadError(error: unknown): LoadError {
  if (error && typeof error === 'object') {
    const { kind, status, name, key } = error as { kind?: unknown; status?: unknown; name?: unknown; key?: unknown };
    const code = typeof status === 'number' ? status : undefined;
    if (name === 'AbortError') return { kind: 'aborted' };
    if (key === 'catalogue.error.download') return { kind: 'download' };
    if (typeof kind === 'string' && KINDS.has(kind)) {
      if (kind === 'http' && code === 404) return { kind: 'not-found', status: code };
      return code === undefined ? { kind: kind as LoadErrorKind } : { kind: kind as LoadErrorKind, status: code };
    }
    if (error instanceof TypeError) return { kind: 'network' };
  }
  return { kind: 'other' };
}
