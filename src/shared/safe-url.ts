/**
 * Turning untrusted feed text into link targets. Every `href` the elements
 * render from feed data goes through one of these; anything that is not
 * plainly what it claims to be gives undefined, and the text is shown
 * without a link. The checks only the detail view needs (description links,
 * phone numbers, maps) are in ./safe-link.ts, so that the JSON-LD, on every
 * page, carries only these two.
 */

export const WEB_SCHEMES = new Set(['http:', 'https:']);

export function parseAbsolute(value: string): URL | undefined {
  const trimmed = value.trim();
  // Control characters and whitespace inside a URL are a classic way to hide "javascript:".
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (!trimmed || /[\u0000-\u0020\u007f-\u009f]/.test(trimmed)) return undefined;
  try {
    return new URL(trimmed);
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL, normalised, or undefined. A bare "www.example.org" gets https://. */
export function safeWebUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const withScheme = /^www\.[^\s/]+\.[a-z]/i.test(value.trim()) ? `https://${value.trim()}` : value;
  const url = parseAbsolute(withScheme);
  return url && WEB_SCHEMES.has(url.protocol) && url.hostname ? url.href : undefined;
}

const EMAIL = /^[^\s@<>()[\]"',;:\\/?#&=%]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/** `mailto:` for a plausible single email address, or undefined. */
export function mailtoUrl(email: string | undefined): string | undefined {
  const trimmed = email?.trim();
  return trimmed && EMAIL.test(trimmed) ? `mailto:${trimmed}` : undefined;
}
