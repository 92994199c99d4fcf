/**
 * Link targets for the detail view: links inside a sanitized description,
 * phone numbers and map links. Anything that is not plainly what it claims
 * to be gives undefined, and the text is shown without a link.
 */
import { parseAbsolute, WEB_SCHEMES } from './safe-url.js';

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** A link target allowed inside a sanitized description: http, https, mailto or tel. */
export function safeLinkUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const url = parseAbsolute(value);
  if (!url || !LINK_SCHEMES.has(url.protocol)) return undefined;
  if (WEB_SCHEMES.has(url.protocol) && !url.hostname) return undefined;
  return url.href;
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
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    !(lat === 0 && lon === 0)
  ) {
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const query = place.query?.trim();
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : undefined;
}
