/**
 * Shown problems, kept by record path. Helpers to move them with their items
 * when a list is reordered or shortened, and to tell cheaply whether anything
 * shown under a path changed (so untouched groups are not re-rendered).
 */
import type { Problem } from '../../model/problem.js';

export type ProblemMap = ReadonlyMap<string, readonly Problem[]>;

/**
 * A copy of `map` where paths under `list.<i>` become `list.<move(i)>`
 * (dropped when `move` gives undefined); `map` itself when nothing is under `list`.
 */
export function remapProblems(
  map: ProblemMap,
  list: string,
  move: (index: number) => number | undefined,
): ProblemMap {
  const prefix = `${list}.`;
  if (![...map.keys()].some((path) => path.startsWith(prefix))) return map;
  const next = new Map<string, Problem[]>();
  for (const [path, problems] of map) {
    if (!path.startsWith(prefix)) {
      next.set(path, [...problems]);
      continue;
    }
    const rest = path.slice(prefix.length);
    const dot = rest.indexOf('.');
    const index = Number(dot < 0 ? rest : rest.slice(0, dot));
    const to = Number.isInteger(index) ? move(index) : index;
    if (to === undefined) continue;
    const moved = `${prefix}${to}${dot < 0 ? '' : rest.slice(dot)}`;
    next.set(moved, problems.map((problem) => ({ ...problem, path: moved })));
  }
  return next;
}

/** A short key of everything shown at or under `prefix` ('' = everything): it changes when they change. */
export function problemsKey(maps: readonly ProblemMap[], prefix: string): string {
  const under = `${prefix}.`;
  let key = '';
  for (const map of maps) {
    for (const [path, problems] of map) {
      if (prefix === '' || path === prefix || path.startsWith(under)) {
        key += `${path}=${problems.map((p) => `${p.key ?? ''}:${p.message}`).join(',')};`;
      }
    }
    key += '|';
  }
  return key;
}

/** True when both maps show the same problems at the same paths. */
export function sameProblems(a: ProblemMap, b: ProblemMap): boolean {
  return a.size === b.size && problemsKey([a], '') === problemsKey([b], '');
}
