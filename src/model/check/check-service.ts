/**
 * The editor's check before it writes: the strict ORUK 3.0 zod/mini schema
 * (proved to agree with Ajv on the official schema) plus the editor rules, with
 * every problem listed in document order.
 */
import { problemsFromIssues } from '../messages/from-issues.js';
import type { Problem } from '../problem.js';
import { serviceSchema, type Service } from '../schema/entities.js';
import { inDocumentOrder } from './document-order.js';
import { editorRules } from './editor-rules.js';

export type CheckResult = { ok: true; value: Service } | { ok: false; problems: Problem[] };

export function checkService(json: unknown): CheckResult {
  const parsed = serviceSchema.safeParse(json);
  const problems = parsed.success ? [] : problemsFromIssues(parsed.error.issues, json);
  const seen = new Set(problems.map((p) => `${p.path} ${p.key}`));
  for (const p of editorRules(json)) {
    if (!seen.has(`${p.path} ${p.key}`)) problems.push(p);
  }
  if (problems.length === 0 && parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: inDocumentOrder(problems, json) };
}

/**
 * The problems with one field (or anything inside it), for checking a field
 * when it loses focus: `checkField(record, 'schedules.0.opens_at')`.
 * Rules that compare two fields report on one of them (closing time,
 * end date, minimum age), so check that one after editing either.
 */
export function checkField(record: unknown, path: string): Problem[] {
  const result = checkService(record);
  if (result.ok) return [];
  return result.problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
}
