/**
 * Field-by-field merging after a 412: which top-level fields (and whole
 * repeating groups) differ between your record and the one someone else
 * saved, and the merged record once you have chosen for each.
 */
import { isJson, type Json } from '../../model/json.js';
import { sameValue } from './same-value.js';

export { sameValue };

export type Choice = 'mine' | 'theirs';

export interface FieldDifference {
  field: string;
  mine: unknown;
  theirs: unknown;
  /**
   * The sensible default: theirs when you never touched the field (only
   * they changed it), yours when you did.
   */
  suggested: Choice;
}

/** Fields the catalogue sets itself: always taken from the stored record, never shown. */
const SERVER_FIELDS = new Set(['last_modified']);

/**
 * Every top-level field where your record and theirs differ, in a stable
 * order (their field order first, then fields only you have).
 * `base` is the record both started from, when known.
 */
export function differences(mine: Json, theirs: Json, base?: Json): FieldDifference[] {
  const fields = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])];
  const result: FieldDifference[] = [];
  for (const field of fields) {
    if (SERVER_FIELDS.has(field) || field === 'id') continue;
    if (sameValue(mine[field], theirs[field])) continue;
    const untouched = base !== undefined && sameValue(mine[field], base[field]);
    result.push({ field, mine: mine[field], theirs: theirs[field], suggested: untouched ? 'theirs' : 'mine' });
  }
  return result;
}

/**
 * The merged record: theirs, with your value for each field you chose to keep.
 * Fields that do not differ are the same in both, so nothing else is lost.
 */
export function merge(mine: Json, theirs: Json, choices: Record<string, Choice>): Json {
  const merged: Json = { ...theirs };
  for (const [field, choice] of Object.entries(choices)) {
    if (choice !== 'mine' || SERVER_FIELDS.has(field) || field === 'id') continue;
    if (field in mine && mine[field] !== undefined) merged[field] = mine[field];
    else delete merged[field];
  }
  return merged;
}

const SKIP_KEYS = /(^|_)id$|^link_type$|^link_entity$|^freq$|^format$/;
const MAX_ITEM_CHARS = 160;

function leafTexts(value: unknown, out: string[], depth = 0): void {
  if (value === undefined || value === null || value === '' || depth > 4) return;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.push(String(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) leafTexts(item, out, depth + 1);
    return;
  }
  if (isJson(value)) {
    for (const [key, v] of Object.entries(value)) if (!SKIP_KEYS.test(key)) leafTexts(v, out, depth + 1);
  }
}

/**
 * A value as short lines of plain text for the comparison: one line for a
 * single value, one line per item of a repeating group. The caller renders
 * them as text nodes (never HTML).
 */
export function describe(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  const items = Array.isArray(value) ? value : [value];
  const lines: string[] = [];
  for (const item of items) {
    const parts: string[] = [];
    leafTexts(item, parts);
    const line = parts.join(', ');
    if (!line) continue;
    lines.push(line.length > MAX_ITEM_CHARS ? `${line.slice(0, MAX_ITEM_CHARS - 1).trimEnd()}…` : line);
  }
  return lines;
}
