/**
 * The final, backend-independent pass over sanitized description HTML: keeps
 * only p, br, ul, ol, li, em, strong, b, i and a[href] (http, https, mailto,
 * tel). Unknown elements are unwrapped (their text stays), dangerous ones are
 * dropped with their content, every other attribute is removed, and links get
 * rel="noopener noreferrer nofollow ugc".
 */
import { safeLinkUrl } from './safe-link.js';

const ALLOWED = new Set(['p', 'br', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i', 'a']);

/** Elements whose content is code, styling or foreign markup: removed with everything inside. */
export const DROP_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'title',
  'head',
  'meta',
  'link',
  'base',
  'select',
  'textarea',
  'option',
  'button',
  'input',
  'form',
  'img',
  'video',
  'audio',
  'canvas',
  'xmp',
  'plaintext',
  'portal',
  'image',
  'picture',
  'source',
  'track',
  'map',
  'area',
  'dialog',
];
const DROP = new Set(DROP_WITH_CONTENT);

export const LINK_REL = 'noopener noreferrer nofollow ugc';

export function enforceAllowList(root: ParentNode): void {
  for (const child of Array.from(root.childNodes)) cleanNode(child);
}

function cleanNode(node: ChildNode): void {
  if (node.nodeType === Node.TEXT_NODE) return;
  if (node.nodeType !== Node.ELEMENT_NODE) {
    node.remove(); // comments, processing instructions, CDATA
    return;
  }
  const el = node as Element;
  const name = el.localName.toLowerCase();
  const isHtml = el.namespaceURI === 'http://www.w3.org/1999/xhtml';
  if (DROP.has(name) || !isHtml) {
    el.remove();
    return;
  }
  // Clean the children first, so unwrapped content is already clean.
  for (const child of Array.from(el.childNodes)) cleanNode(child);
  if (!ALLOWED.has(name)) {
    el.replaceWith(...Array.from(el.childNodes));
    return;
  }
  const href = name === 'a' ? safeLinkUrl(el.getAttribute('href')) : undefined;
  for (const attr of Array.from(el.attributes)) el.removeAttributeNode(attr);
  if (href) {
    el.setAttribute('href', href);
    el.setAttribute('rel', LINK_REL);
  }
}
