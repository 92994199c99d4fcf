/**
 * Problems shown by the form, as lists in document order: helpers to pick those
 * at or under a path, to tell cheaply whether they changed (so untouched groups
 * are not re-rendered), and to move them with their items when a list is
 * reordered or shortened.
 */
import type { Problem } from '../../model/problem.js';

/** True for a problem at `path` or inside it ('' = everywhere). */
export const isUnder = (problem: Problem, path: string): boolean =>
  !path || problem.path === path || problem.path.startsWith(`${path}.`);

/** A short key of the problems at or under `prefix`: it changes when they do. */
export function problemsKey(problems: readonly Problem[], prefix: string): string {
  return problems
    .filter((p) => isUnder(p, prefix))
    .map((p) => `${p.path}=${p.key ?? ''}:${p.message}`)
    .join(';');
}

/** The problems with paths under `list.<i>` moved to `list.<move(i)>` (dropped when `move` gives undefined). */
export function remapProblems(
  problems: readonly Problem[],
  list: string,
  move: (index: number) => number | undefined,
): Problem[] {
  const prefix = `${list}.`;
  return problems.flatMap((problem) => {
    const [, index, rest] = problem.path.startsWith(prefix)
      ? (/^(\d+)(\..*)?$/.exec(problem.path.slice(prefix.length)) ?? [])
      : [];
    if (index === undefined) return [problem];
    const to = move(Number(index));
    return to === undefined ? [] : [{ ...problem, path: `${prefix}${to}${rest ?? ''}` }];
  });
}
