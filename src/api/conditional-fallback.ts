/**
 * If-None-Match is not a CORS-safelisted header: a cross-origin GET that
 * carries it is preflighted (OPTIONS first). Many ORUK feeds never answer
 * OPTIONS, so every revalidation would fail as a network error while the plain
 * GET works. This module remembers, for the life of the page, the origins
 * where that happened, and wraps fetch so that a conditional cross-origin GET
 * that fails at the network level is sent again at once without the header.
 *
 * Same-origin requests (and any request outside a browser, where there is no
 * CORS) are never changed: there a network error is only a network error.
 */

/** Origins that answered a plain GET after a conditional one failed: no If-None-Match for them any more. */
const unconditionalOrigins = new Set<string>();

/** The request's origin when it differs from the page's; undefined for same-origin requests and outside a browser. */
export function crossOrigin(url: string): string | undefined {
  const here = (globalThis as { location?: { origin: string; href: string } }).location;
  const page = here?.origin;
  if (!here || !page || page === 'null') return undefined;
  let origin: string;
  try {
    origin = new URL(url, here.href).origin;
  } catch {
    return undefined;
  }
  return origin === page ? undefined : origin;
}

/** Whether requests to `url` may carry If-None-Match. */
export function mayRevalidate(url: string): boolean {
  const origin = crossOrigin(url);
  return origin === undefined || !unconditionalOrigins.has(origin);
}

/**
 * A fetch for one conditional cross-origin request: when the attempt with
 * If-None-Match fails with a network error (TypeError, for example a refused
 * preflight), it tries once more at once without the header, and every later
 * attempt of this request goes without it too. The origin is remembered only
 * when that plain request gets an answer, so a real outage does not switch
 * revalidation off.
 */
export function withConditionalFallback(fetchFn: typeof fetch, origin: string): typeof fetch {
  let conditional = true;
  return async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (!conditional) return fetchFn(input, withoutIfNoneMatch(init));
    try {
      return await fetchFn(input, init);
    } catch (error) {
      if (!(error instanceof TypeError) || init.signal?.aborted) throw error;
      conditional = false;
      const response = await fetchFn(input, withoutIfNoneMatch(init));
      unconditionalOrigins.add(origin);
      return response;
    }
  };
}

function withoutIfNoneMatch(init: RequestInit): RequestInit {
  const headers = new Headers(init.headers);
  headers.delete('if-none-match');
  return { ...init, headers };
}
