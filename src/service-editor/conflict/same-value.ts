/**
 * Structural equality for JSON records, in a module of its own: the editor
 * uses it at once (is a draft different from the stored record?), while the
 * rest of merging (./merge.ts) loads with the merge view, only after a clash.
 */
import { isJson } from '../../model/json.js';

/** Structural equality for JSON values. Missing, null and "" count as the same empty value. */
export function sameValue(a: unknown, b: unknown): boolean {
  const emptyA = a === undefined || a === null || a === '';
  const emptyB = b === undefined || b === null || b === '';
  if (emptyA || emptyB) return emptyA && emptyB;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isJson(a) && isJson(b)) return Object.keys({ ...a, ...b }).every((key) => sameValue(a[key], b[key]));
  return a === b;
}
