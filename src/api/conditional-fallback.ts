/**
 * If-None-Match is not a CORS-safelisted header: a cross-origin GET that
 * carries it is preflighted (OPTIONS first). Many ORUK feeds never answer
 * OPTIONS, so every revalidation would fail as a network error while the plain
 * GET works. This module remembers, for the life of the page, the origins
 * where that happened, and gives a fetch that sends a conditional cross-origin
 * GET that fails at the network level again at once without the header.
 *
 * Same-origin requests (and any request outside a browser, where there is no
 * CORS) are never changed: there a network error is only a network error.
 */

/** Origins that answered a plain GET after a conditional one failed: no If-None-Match for them any more. */
const plainOrigins = new Set<string>();

/** The request's origin when it is not the page's; undefined for same-origin requests and outside a browser. */
export function crossOrigin(url: string): string | undefined {
  const here = (globalThis as { location?: { origin: string; href: string } }).location;
  if (!here) return undefined;
  // A page with an opaque origin ("null": a sandboxed frame) makes every request cross-origin.
  const origin = new URL(url, here.href).origin;
  return origin === here.origin ? undefined : origin;
}

/**
 * The fetch to revalidate `url` with, or undefined when requests to its origin
 * must not carry If-None-Match. Cross-origin, the fetch returned retries an
 * attempt that failed with a network error (TypeError: for example a refused
 * preflight) once at once without the header, and every later attempt of this
 * request goes without it too. The origin is remembered only when that plain
 * request gets an answer, so a real outage does not switch revalidation off.
 */
export function revalidatingFetch(url: string, fetchFn: typeof fetch): typeof fetch | undefined {
  const origin = crossOrigin(url);
  if (!origin) return fetchFn;
  if (plainOrigins.has(origin)) return undefined;
  let conditional = true;
  return async (input, init = {}) => {
    if (conditional) {
      try {
        return await fetchFn(input, init);
      } catch (error) {
        if (!(error instanceof TypeError) || init.signal?.aborted) throw error;
        conditional = false;
      }
    }
    const headers = new Headers(init.headers);
    headers.delete('if-none-match');
    const response = await fetchFn(input, { ...init, headers });
    plainOrigins.add(origin);
    return response;
  };
}
