/**
 * Web addresses from feeds. Only http and https are kept: `javascript:`,
 * `data:` and every other scheme are dropped. An address without a scheme
 * (www.charity.org.uk) gets https://. Example and local addresses are dropped.
 */
import { isNothing } from './values.js';
import { note } from './notes.js';

const SIMPLE_WEB = /^https?:\/\/[!-~]+$/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const HOST_WITH_PORT = /^[^\s/:]+\.[a-z]{2,63}:\d+(?:[/?#]|$)/i;
const BARE_HOST = /^[^\s/:@]+\.[a-z]{2,63}\.?(?::\d+)?(?:[/?#]|$)/i;
// Placeholders: the bare example domains (and their www.), and the reserved
// .example/.test/.invalid/.localhost names. A named host under an example
// domain (foodbank.example.org.uk) is kept, as for email addresses: it is
// someone's deliberate address (the demo data uses such hosts), not a template left in.
const EXAMPLE_HOST =
  /^(?:www\.)?(?:example\.(?:com|org|net|co\.uk|org\.uk)|test\.com)$|(?:^|\.)(?:example|test|invalid|localhost)$/i;
// Control characters and spaces that browsers strip inside a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STRIPPED = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200d\ufeff]/g;

export function readUrl(value: unknown, base: string, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    note(base, name, 'url.invalid', value);
    return undefined;
  }
  const raw = value.trim();
  if (isNothing(raw)) return undefined;
  // Clean http(s) addresses skip the search for hidden characters.
  const compact = SIMPLE_WEB.test(raw) ? raw : raw.replace(STRIPPED, '');
  let candidate: string;
  let repaired = false;
  if (/^https?:\/\//i.test(compact)) {
    candidate = raw;
  } else if (compact.startsWith('//')) {
    candidate = `https:${raw}`;
    repaired = true;
  } else if (HAS_SCHEME.test(compact) && !HOST_WITH_PORT.test(compact)) {
    note(base, name, 'url.unsafe', raw);
    return undefined;
  } else if (BARE_HOST.test(compact)) {
    candidate = `https://${raw}`;
    repaired = true;
  } else {
    note(base, name, 'url.invalid', raw);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    note(base, name, 'url.invalid', raw);
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) {
    note(base, name, url.hostname === 'localhost' ? 'url.placeholder' : 'url.invalid', raw);
    return undefined;
  }
  if (EXAMPLE_HOST.test(url.hostname.replace(/\.$/, ''))) {
    note(base, name, 'url.placeholder', raw);
    return undefined;
  }
  // URL adds a "/" after a bare host name; keep the address as the charity wrote it.
  const href =
    url.pathname === '/' && !url.search && !url.hash && !candidate.endsWith('/') ? url.href.slice(0, -1) : url.href;
  if (repaired) note(base, name, 'url.schemeAdded', raw, { url: href });
  return href;
}
