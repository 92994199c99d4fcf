/**
 * Turning untrusted feed text into link targets. Every `href` the elements
 * render from feed data goes through one of these; anything that is not
 * plainly what it claims to be gives undefined, and the text is shown
 * without a link.
 */

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_SCHEMES = new Set(['http:', 'https:']);

function parseAbsolute(value: string): URL | undefined {
  const trimmed = value.trim();
  // Control characters and whitespace inside a URL are a classic way to hide "javascript:".
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

/** A link target allowed inside a sanitized description: http, https, mailto or tel. */
export function safeLinkUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const url = parseAbsolute(value);
  if (!url || !LINK_SCHEMES.has(url.protocol)) return undefined;
  if (WEB_SCHEMES.has(url.protocol) && !url.hostname) return undefined;
  return url.href;
}

const EMAIL = /^[^\s@<>()[\]"',;:\\/?#&=%]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/** `mailto:` for a plausible single email address, or undefined. */
export function mailtoUrl(email: string | undefined): string | undefined {
  const trimmed = email?.trim();
  return trimmed && EMAIL.test(trimmed) ? `mailto:${trimmed}` : undefined;
}

/** `tel:` for a dialable number (digits with an optional leading +), or undefined. */
export function telUrl(tel: string | undefined): string | undefined {
  const compact = tel?.replace(/[\s()-]/g, '');
  return compact && /^\+?\d{3,15}$/.test(compact) ? `tel:${compact}` : undefined;
}

/** An OpenStreetMap link: a pin at the coordinates when they are plausible, else a search for the address. */
export function mapUrl(place: { latitude?: number; longitude?: number; query?: string }): string | undefined {
  const { latitude: lat, longitude: lon } = place;
  if (
    typeof lat === 'number' && typeof lon === 'number' &&
    Number.isFinite(lat) && Number.isFinite(lon) &&
    Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0)
  ) {
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const query = place.query?.trim();
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : undefined;
}
