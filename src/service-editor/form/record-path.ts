/**
 * Immutable reads and writes into a raw ORUK service record by path.
 *
 * Paths are the ones Problems use: dot-separated keys with array indexes,
 * `service_at_locations.0.location.addresses.0.postal_code`. Writes copy only
 * the objects along the path (structural sharing), so untouched groups keep
 * their identity and the form can skip re-rendering them. Nothing given is
 * ever mutated, and every key the form does not touch is kept as it was.
 */

import { valueAt as getIn } from '../../model/messages/from-issues.js';
import { isJson, type Json } from '../../model/json.js';

export type Segment = string | number;
export type Path = readonly Segment[];

/** `a.0.b` → `['a', 0, 'b']`. */
export function parsePath(path: string): Segment[] {
  if (path === '') return [];
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Turns a path as a server may send it (`/service_at_locations/0/name`, `$.name`, `contacts[0].name`)
 * into the dotted form.
 */
export { normalisePath } from '../../api/write-client.js';

/** The value at `path`, or undefined: the model's walk, which the editor's page already has. */
export { getIn };

/** The array at `path`, or an empty one when there is none. */
export function listAt(value: unknown, path: Path): readonly unknown[] {
  const found = getIn(value, path);
  return Array.isArray(found) ? found : [];
}

/**
 * A copy of `root` with `fn(old)` at `path`. Missing containers on the way are
 * created (an array when the next segment is a number). When `fn` returns
 * `undefined`, an object key is removed rather than set to undefined, so an
 * emptied optional field disappears from the record.
 */
export function updateIn<T>(root: T, path: Path, fn: (old: unknown) => unknown, at = 0): T {
  if (at === path.length) return fn(root) as T;
  const key = path[at]!;
  const last = at + 1 === path.length;
  // An array is indexed by numbers; anything else that is not an object becomes one.
  const base: Json | unknown[] = Array.isArray(root) && typeof key === 'number' ? root : isJson(root) ? root : {};
  const old = (base as Json)[key];
  const child = updateIn(last ? old : (old ?? (typeof path[at + 1] === 'number' ? [] : {})), path, fn, at + 1);
  if (child === old && (key in base || child === undefined)) return root;
  const copy: Json = Array.isArray(base) ? (base.slice() as unknown as Json) : { ...base };
  if (child === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = child;
  return copy as T;
}

/** A copy of `root` with `value` at `path` (undefined removes the key). */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  return updateIn(root, path, () => value);
}

/** A copy with `item` appended to the array at `path`. */
export function appendIn<T>(root: T, path: Path, item: unknown): T {
  return updateIn(root, path, (old) => {
    const list: readonly unknown[] = Array.isArray(old) ? old : [];
    return [...list, item];
  });
}

/** A copy without item `index` of the array at `path`. */
export function removeIn<T>(root: T, path: Path, index: number): T {
  return updateIn(root, path, (old) => (Array.isArray(old) ? old.filter((_, i) => i !== index) : old));
}

/** A copy with items `from` and `to` of the array at `path` swapped (both must be in it). */
export function swapIn<T>(root: T, path: Path, from: number, to: number): T {
  return updateIn(root, path, (old) => {
    const copy = [...(old as unknown[])];
    [copy[from], copy[to]] = [copy[to], copy[from]];
    return copy;
  });
}
