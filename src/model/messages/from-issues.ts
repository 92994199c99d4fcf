/**
 * zod issues → problems a charity worker can act on. Each problem names the
 * field's dotted path, a message key (for translation), its params and the
 * English message.
 */
import type { Problem } from '../problem.js';
import { isMessageKey, messageFor } from './format.js';
import type { MessageKey } from './keys.js';

/** The parts of a zod (v4) issue we read; zod's own issue types satisfy this. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: string;
  readonly format?: string;
  readonly values?: readonly unknown[];
  readonly input?: unknown;
}

/** The value at a path in a JSON value, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A problem with its English message, ready to show. */
export function problem(path: string, key: MessageKey, params?: Record<string, string | number>): Problem {
  const message = messageFor(key, path, params);
  return params ? { path, key, params, message } : { path, key, message };
}

/** `type.string`, `format.uri` and the like when we have words for it, else `unknown`. */
const known = (key: string): MessageKey => (isMessageKey(key) ? key : 'unknown');

/**
 * Problems for zod issues. Pass the parsed `input` so that a missing field
 * ("Enter the service name") can be told from one of the wrong type; without
 * it, the issue's own `input` (zod's `reportInput`) is used when present.
 */
export function problemsFromIssues(issues: readonly IssueLike[], input?: unknown): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const missing =
      (input !== undefined ? valueAt(input, issue.path) : issue.input) === undefined &&
      (input !== undefined || 'input' in issue);
    switch (issue.code) {
      case 'invalid_type':
        return problem(path, missing ? 'required' : known(`type.${issue.expected}`));
      case 'invalid_value':
        return missing
          ? problem(path, 'required.choice')
          : problem(path, 'enum', { options: (issue.values ?? []).join('|') });
      case 'invalid_format':
        return problem(path, known(`format.${issue.format}`));
      default:
        return problem(path, 'unknown');
    }
  });
}
