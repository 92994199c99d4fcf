/**
 * A catalogue base URL in one canonical form: resolved against the page, no
 * fragment, no trailing slash, scheme and host in lower case, so
 * `HTTP://Example.org/api/` and `http://example.org/api` are the same catalogue.
 * Throws a TypeError when the text is not a URL at all.
 */
export function normaliseBaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl.trim(), globalThis.location?.href);
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '');
  // URL keeps a lone "/" for an empty path; the base URL is written without it.
  return url.search === '' ? url.href.replace(/\/+$/, '') : url.href;
}
