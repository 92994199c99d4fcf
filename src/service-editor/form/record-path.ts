/**
 * Immutable reads and writes into a raw ORUK service record by path.
 *
 * Paths are the ones Problems use: dot-separated keys with array indexes,
 * `service_at_locations.0.location.addresses.0.postal_code`. Writes copy only
 * the objects along the path (structural sharing), so untouched groups keep
 * their identity and the form can skip re-rendering them. Nothing given is
 * ever mutated, and every key the form does not touch is kept as it was.
 */

export type Segment = string | number;
export type Path = readonly Segment[];
type Json = Record<string, unknown>;

/** `a.0.b` → `['a', 0, 'b']`. */
export function parsePath(path: string): Segment[] {
  if (path === '') return [];
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function joinPath(path: Path): string {
  return path.join('.');
}

/** Turns a path as a server may send it (`/service_at_locations/0/name`, `$.name`, `contacts[0].name`) into the dotted form. */
export { normalisePath } from '../../api/write-client.js';

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isObject(current)) current = current[String(segment)];
    else return undefined;
  }
  return current;
}

/** The array at `path`, or an empty one when there is none. */
export function listAt(value: unknown, path: Path): readonly unknown[] {
  const found = getIn(value, path);
  return Array.isArray(found) ? found : [];
}

/** The object at `path`, or an empty one when there is none. */
export function objectAt(value: unknown, path: Path): Json {
  const found = getIn(value, path);
  return isObject(found) ? found : {};
}

/**
 * A copy of `root` with `fn(old)` at `path`. Missing containers on the way are
 * created (an array when the next segment is a number). When `fn` returns
 * `undefined`, an object key is removed rather than set to undefined, so an
 * emptied optional field disappears from the record.
 */
export function updateIn<T>(root: T, path: Path, fn: (old: unknown) => unknown): T {
  return updateAt(root, path, 0, fn) as T;
}

function updateAt(node: unknown, path: Path, index: number, fn: (old: unknown) => unknown): unknown {
  if (index === path.length) return fn(node);
  const segment = path[index]!;
  const nextIsIndex = typeof path[index + 1] === 'number';
  if (Array.isArray(node) && typeof segment === 'number') {
    const child = updateAt(node[segment] ?? (nextIsIndex ? [] : {}), path, index + 1, fn);
    if (child === node[segment]) return node;
    const copy = node.slice();
    copy[segment] = child;
    return copy;
  }
  const base: Json = isObject(node) ? node : {};
  const key = String(segment);
  const old = base[key];
  const child = updateAt(
    index + 1 === path.length ? old : (old ?? (nextIsIndex ? [] : {})),
    path,
    index + 1,
    fn,
  );
  if (child === old && (key in base || child === undefined)) return node;
  const copy: Json = { ...base };
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy;
}

/** A copy of `root` with `value` at `path` (undefined removes the key). */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  return updateIn(root, path, () => value);
}

/** A copy with `item` appended to the array at `path`. */
export function appendIn<T>(root: T, path: Path, item: unknown): T {
  return updateIn(root, path, (old) => [...(Array.isArray(old) ? old : []), item]);
}

/** A copy without item `index` of the array at `path`. */
export function removeIn<T>(root: T, path: Path, index: number): T {
  return updateIn(root, path, (old) => (Array.isArray(old) ? old.filter((_, i) => i !== index) : old));
}

/** A copy with items `from` and `to` of the array at `path` swapped. */
export function swapIn<T>(root: T, path: Path, from: number, to: number): T {
  return updateIn(root, path, (old) => {
    if (!Array.isArray(old) || from < 0 || to < 0 || from >= old.length || to >= old.length) return old;
    const copy = old.slice();
    [copy[from], copy[to]] = [copy[to], copy[from]];
    return copy;
  });
}
