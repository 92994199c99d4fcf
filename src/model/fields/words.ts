/**
 * The shape of one language's words for the registry's fields, as generated in
 * ./generated/en.ts and ./generated/cy.ts. Keys are `entity.field`, with the
 * value's place among its choices added for a choice (`.1`: see ./choices.ts),
 * and an entity's or a form section's name.
 */
export interface FieldWords {
  /** Every field's label, sentence case: `service.name` → "Service name". */
  readonly labels: Readonly<Record<string, string>>;
  /** A label's form inside a sentence, where it is not the label in lower case (all of Welsh's). */
  readonly inSentence: Readonly<Record<string, string>>;
  /** Hints under a form's label. */
  readonly hints: Readonly<Record<string, string>>;
  /** A choice's label: `schedule.byday.0` (the first day, MO) → "Monday". */
  readonly choices: Readonly<Record<string, string>>;
  /** What visitors read for a choice where it differs from its label (a status badge). */
  readonly shown: Readonly<Record<string, string>>;
  /** How a form describes a choice where it says more than its label. */
  readonly options: Readonly<Record<string, string>>;
  /** The Add button of a list the form edits: `service.schedules` → "Add opening times". */
  readonly add: Readonly<Record<string, string>>;
  /** One item of a list the form edits: `schedule` → "Opening time". */
  readonly items: Readonly<Record<string, string>>;
  /** An entity inside a sentence: `location` → "location", "y lleoliad". */
  readonly nouns: Readonly<Record<string, string>>;
  /** A form section's legend and hint: `service.about`, `service.ages.hint`. */
  readonly sections: Readonly<Record<string, string>>;
}
