/**
 * The values of choices, and the keys of their words. Generated modules other
 * than generated/choices.ts name a value by its place among its field's choices,
 * so each value is spelled once: `service.status` with its second value is
 * `service.status.1` in the words (FieldWords), a form's control and the reader's aliases.
 */
import { CHOICES } from './generated/choices.js';

const byKey: Readonly<Record<string, readonly string[]>> = CHOICES;

/** A field's choices in the registry's order (`service.status` → its four statuses); none for other fields. */
export function choiceValues(key: string): readonly string[] {
  return Object.hasOwn(byKey, key) ? byKey[key]! : [];
}

/** The key of a value's words in FieldWords: the field's key and the value's place (`service.status.1`). */
export function choiceKey(key: string, value: string): string {
  return `${key}.${choiceValues(key).indexOf(value)}`;
}
