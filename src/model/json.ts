/**
 * JSON as the project handles it before (or instead of) a typed view: ORUK records as
 * a feed or the catalogue sends them, records being edited, request and answer bodies.
 * Declared once here, in the model, so that the reader, the checks, the api layer
 * and the elements all mean the same thing by it.
 */

/** A JSON object: an ORUK record or any object read from JSON, its fields not checked yet. */
export type Json = Record<string, unknown>;

/** Any JSON value, all the way down (for JSON the project writes, such as the JSON-LD). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Whether `value` is a JSON object: not null, not an array. */
export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
