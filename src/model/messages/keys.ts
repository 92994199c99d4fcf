/**
 * The keys of the messages the strict check produces, and the shape of a
 * language's message table. Templates use `{field}` (the field's label inside
 * a sentence: its registry in-sentence form), `{Field}` (the label starting a
 * sentence) and the problem's params.
 */
import type { EntityName } from '../schema/table.js';

export type { EntityName };
export type Lang = 'en' | 'cy';

export const MESSAGE_KEYS = [
  'required',
  'required.choice',
  'type.string',
  'type.number',
  'type.array',
  'type.object',
  'enum',
  // Refusals only the catalogue can make: a field it does not know, an id another service uses.
  'field.unknown',
  'id.taken',
  'format.uuid',
  'format.email',
  'format.uri',
  'format.date-time',
  'date',
  'date.order',
  'time',
  'time.same',
  'postcode',
  'phone',
  'age.whole',
  'age.range',
  'age.order',
  'currency',
  'language.code',
  'unknown',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

export interface MessageTable {
  /** Message templates by key. */
  messages: Record<MessageKey, string>;
  /** The whole record, when a problem has no field (an empty path). */
  record: string;
  /** The label of an id field, from its entity's noun: "{Noun} ID" → "Location ID". */
  id: string;
}
