/**
 * Turns what a person typed into a safe SQLite FTS5 query. Only letters and
 * digits survive; each word becomes a quoted prefix term ("food"*), and the
 * terms are ANDed. FTS5 operators (AND, OR, NOT, NEAR, quotes, brackets,
 * column filters, ^, *) and SQL text therefore never reach the parser as syntax.
 * Returns undefined when nothing searchable is left.
 */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;

export function toFtsQuery(input: string): string | undefined {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .slice(0, MAX_TERMS)
    .map((w) => w.slice(0, MAX_TERM_LENGTH));
  if (words.length === 0) return undefined;
  return words.map((w) => `"${w}"*`).join(' ');
}
