/**
 * The problems of a refused write, in the client's vocabulary: a dotted path in
 * ORUK terms (as in src/model/problem.ts), one of the client's message keys
 * (src/model/messages/keys.ts) with its params, and the English words the
 * client itself would show for them, so an editor can show them in its own
 * language. Here Ajv's errors are turned into them.
 */
import type { ErrorObject } from 'ajv';
import { isMessageKey, messageFor } from '../../src/model/messages/format.js';
import type { MessageKey } from '../../src/model/messages/keys.js';

export interface FieldProblem {
  path: string;
  key: MessageKey;
  params?: Record<string, string | number>;
  /** The client's English words for the key (`messageFor`). */
  message: string;
}

/**
 * A problem at `path` with its English message. `under` is where the checked
 * record sits in a service (`organization` for an organisation), so that its
 * fields are named as what they are ("Organisation name", not "Service name").
 */
export function fieldProblem(
  path: string,
  key: MessageKey,
  params?: Record<string, string | number>,
  under = '',
): FieldProblem {
  const message = messageFor(key, under && path ? `${under}.${path}` : under || path, params);
  return params ? { path, key, params, message } : { path, key, message };
}

/** `format.uri`, `type.number` and the like when the client has words for it, else `unknown`. */
const known = (key: string): MessageKey => (isMessageKey(key) ? key : 'unknown');

function dotted(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

const join = (base: string, field: string): string => (base === '' ? field : `${base}.${field}`);

/** Whether the schema holding a `required` error gives the missing field a list of values to choose from. */
function isChoice(error: ErrorObject, field: string): boolean {
  const properties = (error.parentSchema as { properties?: Record<string, { enum?: unknown }> } | undefined)
    ?.properties;
  return Array.isArray(properties?.[field]?.enum);
}

/** The key, params and path of one Ajv error, as the client's check would report it. */
function fromError(e: ErrorObject): { path: string; key: MessageKey; params?: Record<string, string | number> } {
  const base = dotted(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      return { path: join(base, field), key: isChoice(e, field) ? 'required.choice' : 'required' };
    }
    case 'format':
      return { path: base, key: known(`format.${String(params.format)}`) };
    case 'enum':
      return { path: base, key: 'enum', params: { options: (params.allowedValues as unknown[]).join('|') } };
    case 'type':
      return { path: base, key: known(`type.${String(params.type).split(',')[0]}`) };
    default:
      return { path: base, key: 'unknown' };
  }
}

/**
 * Ajv's errors (from `validateAgainst`) as problems, one per field and key.
 * `under`: see `fieldProblem`.
 */
export function toFieldProblems(errors: readonly ErrorObject[], under = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const { path, key, params } = fromError(e);
    const id = `${path}|${key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(fieldProblem(path, key, params, under));
  }
  return out;
}
