/**
 * schema.org JSON-LD for the services an element shows, so search engines
 * can read them: `Service` with `provider` (Organization) and `areaServed`.
 * Written as one `<script type="application/ld+json">` in the element's
 * light DOM, replaced (never duplicated) on each call.
 */
import type { JsonValue } from '../model/json.js';
import type { ServiceView } from '../model/view-model.js';
import { mailtoUrl, safeWebUrl } from './safe-url.js';
import { trustedJsonLd } from './trusted-types.js';

function compact(obj: Record<string, JsonValue | undefined>): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

export function serviceJsonLd(service: ServiceView): { [key: string]: JsonValue } {
  const org = service.organization;
  const areas = service.serviceAreas.map((a) => a.name).filter(Boolean);
  const cities = [
    ...new Set(service.locations.flatMap((l) => l.addresses.map((a) => a.city).filter((c): c is string => !!c))),
  ];
  const areaServed = (areas.length ? areas : cities).map((name) => ({ '@type': 'Place', name }));
  return compact({
    '@type': 'Service',
    identifier: service.id,
    name: service.name,
    description: service.summary,
    url: safeWebUrl(service.url),
    email: mailtoUrl(service.email) ? service.email : undefined,
    serviceType: service.taxonomyTerms.map((t) => t.name),
    provider: org
      ? compact({ '@type': 'Organization', name: org.name, url: safeWebUrl(org.website), identifier: org.id })
      : undefined,
    areaServed,
  });
}

export function servicesJsonLd(services: readonly ServiceView[]): { [key: string]: JsonValue } {
  return { '@context': 'https://schema.org', '@graph': services.map(serviceJsonLd) };
}

/** JSON text that is also safe if it ever ends up inside HTML (no "</script>", no comment openers). */
export function serialiseJsonLd(data: JsonValue): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const MARKER = 'data-oruk-json-ld';

/**
 * Puts the JSON-LD for `services` into `host`'s light DOM (replacing any
 * earlier one), or removes it when there are none.
 */
export function writeJsonLd(host: Element, services: readonly ServiceView[]): void {
  const existing = Array.from(host.children).filter((c) => c.hasAttribute(MARKER));
  if (services.length === 0) {
    existing.forEach((el) => el.remove());
    return;
  }
  const text = serialiseJsonLd(servicesJsonLd(services));
  const [current, ...extra] = existing;
  extra.forEach((el) => el.remove());
  if (current && current.getAttribute(MARKER) === String(hash(text))) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(MARKER, String(hash(text)));
  // A TrustedScript where Trusted Types are enforced; typed as string for the DOM typings.
  script.textContent = trustedJsonLd(text);
  if (current) current.replaceWith(script);
  else host.append(script);
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return h >>> 0;
}
