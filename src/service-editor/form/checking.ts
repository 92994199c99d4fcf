/**
 * The form's link to the strict model: the whole-record check and the
 * messages. Kept in one place so the form's code does not depend on how the
 * model is laid out.
 */
import type { Problem } from '../../model/problem.js';
// Not through the model/strict.js barrel: that would bundle the zod schemas the browser never runs.
import { checkService } from '../../model/check/check-service.js';
import { formatProblem, loadMessages } from '../../model/messages/format.js';
import { normalisePath } from './record-path.js';

/** Every problem in the record, in document order (empty when it can be saved). */
export function checkRecord(record: unknown): Problem[] {
  const result = checkService(record);
  return result.ok ? [] : result.problems;
}

/** The message for a problem in the form's language. */
export function problemText(problem: Problem, lang: 'en' | 'cy'): string {
  return formatProblem(problem, lang);
}

/** Makes sure the messages for `lang` are ready (Welsh loads lazily). */
export async function loadProblemMessages(lang: 'en' | 'cy'): Promise<void> {
  await loadMessages(lang);
}

/** A server's problem with its path in the form's dotted shape. */
export function normaliseProblem(problem: Problem): Problem {
  return { ...problem, path: normalisePath(problem.path ?? '') };
}
