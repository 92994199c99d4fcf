/** Small structural helpers for untrusted JSON. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Depth of nesting, stopping early once `limit` is passed (so hostile input costs little). */
export function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

/** The dotted path of the first array longer than `limit`, or undefined when there is none. */
export function longArrayPath(value: unknown, limit: number): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v) && v.length > limit) return path;
    const entries: [string, unknown][] = Array.isArray(v) ? v.map((c, i) => [String(i), c]) : Object.entries(v);
    for (const [k, child] of entries) stack.push([child, path ? `${path}.${k}` : k]);
  }
  return undefined;
}

/** The single-value (non-array, non-object) fields of a record. */
export function scalarFields(record: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(record)) {
    if (v === null || typeof v !== 'object') out[k] = v;
  }
  return out;
}

export function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
