/**
 * Scalar values from untrusted feeds: text, ids, numbers and lists. Empty
 * strings, whitespace and the usual "nothing here" words count as missing.
 */
import { isJson, type Json } from '../json.js';
import { field, names } from './fields.js';
import { decodeEntities, htmlToText } from './html-text.js';
import { note } from './notes.js';

const NOTHING = new Set(',null,undefined,nil,n/a,na,n.a.,-,--,not applicable,not known,unknown'.split(','));

export function isNothing(text: string): boolean {
  return text.length < 16 && NOTHING.has(text.toLowerCase());
}

/**
 * Trimmed text, or undefined when missing or a "nothing" word.
 * Numbers become text; other types are noted and dropped.
 */
export function readText(value: unknown, base: string, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    return isNothing(text) ? undefined : text;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  note(base, name, 'value.wrongType', value);
  return undefined;
}

const NEEDS_CLEANING = /[<&\t\n\r\f\v\u00a0\u2028\u2029]|\s\s/;

/** One-line plain text (names, titles, alerts): any tags stripped, entities decoded, whitespace collapsed. */
export function readPlainText(value: unknown, base: string, name: string): string | undefined {
  const text = readText(value, base, name);
  if (text === undefined) return undefined;
  // Most names are already clean: skip the rewriting unless there is something to rewrite.
  if (!NEEDS_CLEANING.test(text)) return text;
  let plain: string;
  if (text.includes('<')) plain = htmlToText(text);
  else plain = decodeEntities(text).replace(/\s+/g, ' ');
  return plain === '' || isNothing(plain) ? undefined : plain;
}

/** An id: text or a number (v1 feeds use numbers), kept as a string. */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const id = value.trim();
    return isNothing(id) ? undefined : id;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Notes a record's missing id (it cannot be linked to) or an id that is not a UUID (kept as it is). */
export function noteId(id: string | undefined, base: string): void {
  if (id === undefined) note(base, 'id', 'id.missing');
  else if (!UUID.test(id)) note(base, 'id', 'id.notUuid', id);
}

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** A finite number, from a number or from text holding only a number. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    return NUMBER_TEXT.test(text) ? Number(text) : undefined;
  }
  return undefined;
}

/**
 * The records of a list field. A single record where a list belongs is read
 * as a list of one; items that are not records are noted and left out.
 * `each` returns undefined to leave an item out.
 */
export function readList<T>(
  value: unknown,
  base: string,
  name: string,
  each: (item: Json, path: string) => T | undefined,
): T[] {
  if (value === undefined || value === null) return [];
  const path = base === '' ? name : `${base}.${name}`;
  if (isJson(value)) {
    note(base, name, 'list.single');
    const one = each(value, path);
    return one === undefined ? [] : [one];
  }
  if (!Array.isArray(value)) {
    if (typeof value === 'string' && isNothing(value.trim())) return [];
    note(base, name, 'value.wrongType', value);
    return [];
  }
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (isJson(item)) {
      const read = each(item, `${path}.${i}`);
      if (read !== undefined) out.push(read);
    } else if (item !== null && item !== undefined) {
      note(path, i, 'item.notRecord');
    }
  }
  return out;
}

/** Sets `view[key]` only when there is a value, so absent fields stay absent. */
export function put<T extends object, K extends keyof T>(view: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) view[key] = value;
}

/** A reader of one field's value; problems are noted at `base.name`. */
export type ReadValue<T> = (value: unknown, base: string, name: string) => T | undefined;

/**
 * Reads fields into `view`, in order: each entry is the view's key, the reader,
 * then the field's ORUK name and any other names it goes by (problems name the first).
 */
export function readFields<T extends object>(
  view: T,
  record: Json,
  path: string,
  spec: [keyof T, ReadValue<unknown>, ...string[]][],
): T {
  for (const [key, read, ...names] of spec)
    put(view, key, read(field(record, ...names), path, names[0]!) as T[keyof T]);
  return view;
}

/** The value under the first of a registry field's names (see `names`) that reads as one; problems name each tried. */
export function readFirst<T>(record: Json, path: string, key: string, read: ReadValue<T>): T | undefined {
  for (const name of names(key)) {
    const value = read(field(record, name), path, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Without repeats of the same key (the first one kept). */
export function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}
