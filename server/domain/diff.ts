/**
 * Field-level differences between two versions of a record, for the history:
 * dotted paths with array indexes (`contacts.0.phones.0.number`), as in
 * src/model/problem.ts. Objects are compared key by key, arrays index by
 * index; a value that appears or disappears is reported where it does.
 */
import { isObject } from './json-shape.js';

export interface FieldChange {
  path: string;
  previous?: unknown;
  new?: unknown;
}

const IGNORED = new Set(['last_modified']);

export function diffRecords(before: unknown, after: unknown, path = '', out: FieldChange[] = []): FieldChange[] {
  if (before === after) return out;
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const k of keys) {
      if (path === '' && IGNORED.has(k)) continue;
      diffRecords(before[k], after[k], path === '' ? k : `${path}.${k}`, out);
    }
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) diffRecords(before[i], after[i], `${path}.${i}`, out);
    return out;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return out;
  const change: FieldChange = { path };
  if (before !== undefined) change.previous = before;
  if (after !== undefined) change.new = after;
  out.push(change);
  return out;
}
