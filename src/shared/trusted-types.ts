/**
 * The one Trusted Types policy of oruk-elements, named `oruk-elements`,
 * used only to write the JSON-LD we serialise ourselves. Its createScript
 * accepts a string only when `trustedJsonLd()` registered exactly that
 * string a moment before, so no other text can pass through it.
 */
interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

export const POLICY_NAME = 'oruk-elements';

const expected = new Set<string>();
let policy: ScriptPolicy | null | undefined;

function getPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return (policy = null);
  policy = tt.createPolicy(POLICY_NAME, {
    createScript(input: string): string {
      if (!expected.delete(input)) throw new TypeError('oruk-elements: refusing a script that is not our JSON-LD');
      return input;
    },
  });
  return policy;
}

/** Our serialised JSON-LD, as TrustedScript where Trusted Types exist, else as the string itself. */
export function trustedJsonLd(json: string): string {
  const p = getPolicy();
  if (!p) return json;
  expected.add(json);
  try {
    return p.createScript(json) as string;
  } finally {
    expected.delete(json);
  }
}
