/**
 * Reading fields from untrusted feed objects. ORUK names are snake_case, but
 * some feeds send camelCase (`minimumAge`) or PascalCase (`MinimumAge`):
 * `field()` accepts all three. Other names old and messy feeds use for a field
 * are the field registry's aliases (src/model/fields/): `names()`.
 */
import type { Json } from '../json.js';
import { ALIASES } from '../fields/generated/reader.js';

const variantCache = new Map<string, string[]>();

const namesCache = new Map<string, readonly string[]>();

/** A registry field's names in feeds, its own first: `names('address.postal_code')` → ['postal_code', 'postcode']. */
export function names(key: string): readonly string[] {
  let all = namesCache.get(key);
  if (!all) namesCache.set(key, (all = [key.slice(key.indexOf('.') + 1), ...(ALIASES[key] ?? [])]));
  return all;
}

/** The first of a registry field's names that the record has, else the field's own name. */
export function nameIn(record: Json, key: string): string {
  const all = names(key);
  return all.find((name) => field(record, name) !== undefined) ?? all[0]!;
}

/**
 * The value of an ORUK field, under its snake_case name or a camelCase/PascalCase variant;
 * with more names (v1 spellings), the first of them the record has.
 * The names asked for are ORUK field names, none of which exist on Object.prototype,
 * so plain property reads are safe and fast here.
 */
export function field(record: Json, ...names: string[]): unknown {
  for (const snake of names) {
    let variants = variantCache.get(snake);
    if (!variants) {
      const camel = snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
      variantCache.set(snake, (variants = [snake, camel, camel[0]!.toUpperCase() + camel.slice(1)]));
    }
    for (const name of variants) {
      const value = record[name];
      if (value !== undefined && value !== null) return value;
    }
  }
  return undefined;
}
