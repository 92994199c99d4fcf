/**
 * Sorting problems into document order: the order their fields appear in the
 * record. A missing field sorts just after the object that lacks it starts
 * (before that object's own fields), so "Enter the service name" comes first.
 */
import type { Problem } from '../problem.js';

function positions(root: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (value: unknown, path: string) => {
    order.set(path, order.size);
    if (value === null || typeof value !== 'object') return;
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) visit(child, path === '' ? key : `${path}.${key}`);
  };
  visit(root, '');
  return order;
}

function position(order: Map<string, number>, path: string): number {
  let current = path;
  let missing = 0;
  while (!order.has(current)) {
    const dot = current.lastIndexOf('.');
    current = dot < 0 ? '' : current.slice(0, dot);
    missing = 0.5;
  }
  return order.get(current)! + missing;
}

export function inDocumentOrder(problems: Problem[], root: unknown): Problem[] {
  const order = positions(root);
  return problems
    .map((p, i) => ({ p, i, at: position(order, p.path) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ p }) => p);
}
