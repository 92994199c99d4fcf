/**
 * Recording what the reader repaired or dropped. Paths are built only when a
 * problem is recorded, so clean records cost nothing extra.
 */
import type { Problem } from '../problem.js';
import type { ReaderMessageKey } from './messages-en.js';

export type Notes = Problem[];

/** Where `note` records: the list of the read in progress (see `collect`). */
let notes: Notes = [];

/**
 * Runs `read` with a list of its own for the problems it notes, and gives it
 * that list. Reads may nest (a page, then each service): the outer list is
 * put back afterwards, also when `read` throws. Readers are synchronous, so
 * no other read can note in between.
 */
export function collect<T>(read: (problems: Notes) => T): T {
  const outer = notes;
  try {
    return read((notes = []));
  } finally {
    notes = outer;
  }
}

const MAX_VALUE_LENGTH = 60;

/** `base.name`; an empty name means the record at `base` itself. */
export function joinPath(base: string, name: string | number): string {
  if (name === '') return base;
  return base === '' ? String(name) : `${base}.${name}`;
}

/** Feed text shortened for a message (it is shown as plain text, never as HTML). */
export function shorten(value: unknown): string {
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** A message key without its `reader.` prefix, which `note` adds. */
export type NoteKey = ReaderMessageKey extends `reader.${infer K}` ? K : never;

/** Records a problem at `base.name`; `value` (the feed's, shortened) fills `{value}`, `more` the other placeholders. */
export function note(
  base: string,
  name: string | number,
  key: NoteKey,
  value?: unknown,
  more?: Record<string, string | number>,
): void {
  const path = joinPath(base, name);
  // No text here: the words load only where a problem is shown (localizeReaderProblem).
  const params: Record<string, string | number> = { field: path, ...more };
  if (value !== undefined) params['value'] = shorten(value);
  notes.push({ path, key: `reader.${key}`, params });
}

/** Notes a list item with nothing to show; returns undefined to leave it out. */
export function empty(path: string): undefined {
  note(path, '', 'item.empty');
}

/** Copies a record's problems into a page's list, with the record's place in front of each path. */
export function prefixNotes(target: Notes, prefix: string, source: Notes): void {
  for (const problem of source) target.push({ ...problem, path: `${prefix}.${problem.path}` });
}
