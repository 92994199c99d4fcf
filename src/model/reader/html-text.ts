/**
 * HTML to plain text without a DOM (the reader also runs in Node): tags
 * removed, entities decoded, whitespace collapsed. The result is for text
 * nodes only; it is never parsed as HTML again.
 */
/** Named entities feeds use, each name followed by its character (`shy`, the soft hyphen, stands for nothing). */
const NAMED_ENTITIES = new Map(
  (
    'amp& lt< gt> quot" apos\' ndash– mdash— hellip… pound£ euro€ copy© reg® trade™ rsquo’ lsquo‘ rdquo” ldquo“ ' +
    'bull• middot· eacuteé egraveè aacuteá agraveà ecircê acircâ icircî ocircô ucircû wcircŵ ycircŷ ' +
    'eumlë iumlï oumlö uumlü times× deg° frac12½ shy'
  )
    .split(' ')
    .map((entry) => [entry.replace(/[^a-z\d]$/, ''), entry.replace(/^[a-z\d]+/, '')]),
).set('nbsp', ' ');

const BLOCK_TAGS =
  'address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|' +
  'section|table|tbody|td|tfoot|th|thead|tr|ul';
const BLOCK_TAG = new RegExp(`^(?:${BLOCK_TAGS})$`, 'i');

const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});?/gi;
const HIDDEN_BLOCKS = /<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?([a-z][a-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9-]*\b[^>]*>|&(?:#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]+);/i;

const SPACES = /\s\s|[\t\n\r\f\v\u00a0]/;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES.get(body.toLowerCase());
    return named === undefined ? whole : named;
  });
}

export function looksLikeHtml(text: string): boolean {
  return LOOKS_LIKE_HTML.test(text);
}

/** Plain text from HTML (or from plain text, which passes through with whitespace collapsed). */
export function htmlToText(html: string): string {
  let text = html;
  const hasTag = text.includes('<');
  if (!hasTag && !text.includes('&')) return SPACES.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  if (hasTag) {
    text = text
      .replace(COMMENTS, '')
      .replace(HIDDEN_BLOCKS, ' ')
      .replace(TAG, (_, name: string) => (BLOCK_TAG.test(name) ? ' ' : ''));
  }
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** At most `max` characters of plain text, cut at a word boundary, with an ellipsis when cut. */
export function summarize(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/**
 * Description for `descriptionHtml`: HTML is kept as it came (the element
 * sanitizes it); plain text is escaped and its line breaks become paragraphs,
 * so that it renders as the charity wrote it.
 */
export function descriptionAsHtml(description: string): string {
  if (looksLikeHtml(description)) return description;
  const escaped = /[&<>]/.test(description)
    ? description.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    : description;
  if (!escaped.includes('\n')) return `<p>${escaped.trim()}</p>`;
  return escaped
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.replace(/\s*\r?\n\s*/g, '<br>')}</p>`)
    .join('');
}
