/**
 * Reading fields from untrusted feed objects. ORUK names are snake_case, but
 * some feeds send camelCase (`minimumAge`) or PascalCase (`MinimumAge`):
 * `field()` accepts all three.
 */
export type FeedRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is FeedRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const variantCache = new Map<string, string[]>();

function variantsOf(snake: string): string[] {
  let variants = variantCache.get(snake);
  if (!variants) {
    const camel = snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    const pascal = camel.charAt(0).toUpperCase() + camel.slice(1);
    variants = [...new Set([camel, pascal])].filter((name) => name !== snake);
    variantCache.set(snake, variants);
  }
  return variants;
}

/**
 * The value of an ORUK field, under its snake_case name or a camelCase/PascalCase variant.
 * The names asked for are ORUK field names, none of which exist on Object.prototype,
 * so plain property reads are safe and fast here.
 */
export function field(record: FeedRecord, snake: string): unknown {
  const value = record[snake];
  if (value !== undefined && value !== null) return value;
  const variants = variantCache.get(snake) ?? variantsOf(snake);
  for (let i = 0; i < variants.length; i++) {
    const other = record[variants[i]!];
    if (other !== undefined && other !== null) return other;
  }
  return undefined;
}
