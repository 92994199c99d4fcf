/**
 * Sanitizing untrusted description HTML into a DocumentFragment.
 *
 * Backend: the browser's own Sanitizer API (`Element.prototype.setHTML`)
 * where it exists, else DOMPurify, loaded with a dynamic import so pages
 * whose browser has the API never download it. Both backends are followed
 * by the same allow-list pass (./allow-list.ts). Parsing happens in an inert
 * document, so nothing in the markup loads or runs, and the result is a
 * fragment of nodes: no HTML string is ever assigned to a DOM sink.
 */
import type { DOMPurify } from 'dompurify';
import { lazy } from '../internal/lazy.js';
import { DROP_WITH_CONTENT, enforceAllowList } from './allow-list.js';

export type SanitizerBackend = 'sanitizer-api' | 'dompurify';

type SetHtml = (html: string, options?: { sanitizer?: unknown }) => void;

export function hasSanitizerApi(): boolean {
  return typeof (Element.prototype as unknown as { setHTML?: SetHtml }).setHTML === 'function';
}

export function preferredBackend(): SanitizerBackend {
  return hasSanitizerApi() ? 'sanitizer-api' : 'dompurify';
}

let inertDoc: Document | undefined;
function inertDocument(): Document {
  inertDoc ??= document.implementation.createHTMLDocument('');
  return inertDoc;
}

function adopt(container: ParentNode): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const child of Array.from(container.childNodes)) fragment.append(document.adoptNode(child));
  return fragment;
}

function withSanitizerApi(html: string): DocumentFragment {
  const container = inertDocument().createElement('div');
  // The browser's default safe configuration. A custom configuration would be
  // neater, but Chromium 156 crashes the whole tab on `<marquee onstart=…>` with
  // one (the XSS corpus has that payload); the allow-list pass narrows it instead.
  (container as unknown as { setHTML: SetHtml }).setHTML(html);
  enforceAllowList(container);
  return adopt(container);
}

const purifier = lazy(() => import('dompurify').then((module) => module.default));

/** Loads DOMPurify once, on first need; a failed download (the network dropped) is tried again by the next caller. */
export function loadDomPurify(): Promise<DOMPurify> {
  return purifier.load();
}

function withDomPurify(purify: DOMPurify, html: string): DocumentFragment {
  const fragment = purify.sanitize(html, {
    ALLOWED_TAGS: ['p', 'br', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i', 'a', '#text'],
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?|mailto|tel):/i,
    ADD_FORBID_CONTENTS: DROP_WITH_CONTENT,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  enforceAllowList(fragment);
  return adopt(fragment);
}

/**
 * Sanitizes at once when the backend is ready (always for the Sanitizer API),
 * else returns undefined: call `sanitizeHtml` to wait for DOMPurify.
 */
export function sanitizeHtmlSync(
  html: string,
  backend: SanitizerBackend = preferredBackend(),
): DocumentFragment | undefined {
  if (backend === 'sanitizer-api' && hasSanitizerApi()) return withSanitizerApi(html);
  return purifier.value ? withDomPurify(purifier.value, html) : undefined;
}

export async function sanitizeHtml(
  html: string,
  backend: SanitizerBackend = preferredBackend(),
): Promise<DocumentFragment> {
  if (backend === 'sanitizer-api' && hasSanitizerApi()) return withSanitizerApi(html);
  return withDomPurify(await loadDomPurify(), html);
}
