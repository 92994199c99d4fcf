/**
 * Sorting problems into document order: the order their fields appear in the
 * record. A missing field sorts just after the object that lacks it starts
 * (before that object's own fields), so "Enter the service name" comes first.
 */
import type { Problem } from '../problem.js';

export function inDocumentOrder(problems: Problem[], root: unknown): Problem[] {
  // Each path in the record, numbered in the order it appears (array items are entries too).
  const order = new Map<string, number>();
  const visit = (value: unknown, path: string): void => {
    order.set(path, order.size);
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, path === '' ? key : `${path}.${key}`);
    }
  };
  visit(root, '');
  /** A path's number; a missing one sorts just after the nearest object that holds it. */
  const position = (path: string): number => {
    for (let missing = 0; ; missing = 0.5) {
      const at = order.get(path);
      if (at !== undefined) return at + missing;
      path = path.slice(0, Math.max(0, path.lastIndexOf('.')));
    }
  };
  // Array sort is stable: problems at the same place keep the order they were found in.
  return problems
    .map((problem) => [position(problem.path), problem] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, problem]) => problem);
}
