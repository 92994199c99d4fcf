/**
 * The shape of the field registry: every ORUK 3.0 entity the project reads or
 * edits, each field described once, as named objects. `npm run fields`
 * (scripts/generate-fields.ts) turns the registry into the compact modules in
 * ./generated/ that the rest of the code imports, one per concern and per
 * language, so a page downloads only what it uses. See docs/adding-a-field.md.
 */

/** Words in English and Welsh. */
export interface Words {
  readonly en: string;
  readonly cy: string;
}

/**
 * A field's label. Welsh messages are built around the field's name ("Rhowch
 * {field}"), so the Welsh label also carries its in-sentence form: the form
 * after a word that causes soft mutation ("Rhowch", "Dewiswch", "Rhaid i"),
 * with its article: "y cod post", "linell gyntaf y cyfeiriad". English uses the
 * label in lower case inside a sentence, unless `enInSentence` says otherwise.
 */
export interface Label extends Words {
  readonly cyInSentence: string;
  readonly enInSentence?: string;
}

/** A JSON type of the official schema: text, a number, a string format, a choice, or nested entities. */
export type FieldType =
  | 'string'
  | 'number'
  | 'uuid'
  | 'email'
  | 'uri'
  | 'date-time'
  | { readonly choice: readonly string[] }
  | { readonly list: string }
  | { readonly one: string };

/** One value of a choice: its label (in forms and messages) and the words feeds use for it. */
export interface ChoiceSpec {
  readonly label: Words;
  /** What a visitor reads when the list shows this value (a status badge), if not the label. */
  readonly shown?: Words;
  /** How the form describes this choice, when it says more than the label ("A place people can visit"). */
  readonly option?: Words;
  /** Other spellings feeds use for this value (the lenient reader maps them). */
  readonly aliases?: readonly string[];
}

/** The input a form uses for a field. */
export interface Control {
  readonly input:
    | 'text'
    | 'textarea'
    | 'whole-number'
    | 'decimal'
    | 'url'
    | 'email'
    | 'tel'
    | 'time'
    | 'radios'
    /** Checkboxes, one per choice, stored as a comma-separated list (BYDAY). */
    | 'checkboxes'
    /** A nested record edited in place (a service_at_location's location). */
    | 'record'
    /** The first record of a list, edited in place; any others are kept as they are (a location's address). */
    | 'first-record'
    /** Checkboxes of the catalogue's taxonomy terms. */
    | 'terms';
  /** Width in characters (GOV.UK width classes), or the full width. Default 20. */
  readonly width?: 3 | 5 | 10 | 20 | 'full';
  /** Rows of a text area. */
  readonly rows?: number;
  /** The HTML autocomplete token (default off). */
  readonly autocomplete?: string;
  /** Spell-check what is typed (free text). */
  readonly spellcheck?: boolean;
  /** Radios side by side. */
  readonly inline?: boolean;
  /** The choices the boxes offer, in order (default: every value of the choice, written out in generated/form.ts). */
  readonly choices?: readonly string[];
  /** The form asks for it even where the official schema does not require it. */
  readonly required?: boolean;
}

/** Where the list's detail view shows a field, by the name of its section. */
export type DetailPlace =
  | 'title'
  | 'status'
  | 'alert'
  | 'description'
  | 'contact'
  | 'where'
  | 'when'
  | 'cost'
  | 'who'
  | 'languages'
  | 'areas'
  | 'accessibility'
  | 'terms'
  | 'checked';

/** One field of an entity. */
export interface FieldSpec {
  readonly type: FieldType;
  /** Required by the official ORUK 3.0 schema. */
  readonly required?: boolean;
  /**
   * Not in the official ORUK 3.0 schema: an HSDS 3.0 property or one of ours,
   * documented in docs/data-model.md. The strict model keeps it as an extra property.
   */
  readonly extension?: boolean;
  /** The field's name for people; without one, it is named from the rules in ./names.ts. */
  readonly label?: Label;
  /** The hint a form shows under the label. */
  readonly hint?: Words;
  /** The form's control, when the editor edits the field. */
  readonly control?: Control;
  /** For a list the form edits: the words of its Add button. */
  readonly add?: Words;
  /** The values of a choice, by value. */
  readonly choices?: Readonly<Record<string, ChoiceSpec>>;
  /** Other names old (v1) and messy feeds use for the field; camelCase and PascalCase are always read. */
  readonly aliases?: readonly string[];
  /** The detail view's section that shows it. */
  readonly detail?: DetailPlace;
  /** Free text a person could translate (the bilingual content extension uses this). */
  readonly translatable?: boolean;
}

/** A section of a form: a fieldset with a legend, an optional hint, and fields of the entity. */
export interface FormSection {
  readonly name: string;
  readonly legend: Words;
  readonly hint?: Words;
  readonly fields: readonly string[];
}

/** One entity: how people name one of it, and its fields in the official order. */
export interface EntitySpec {
  /** One of it inside a sentence: "location", "y lleoliad" (Welsh with its article). */
  readonly noun: Words;
  /** One item of it in a list the form edits ("Opening time 2"). */
  readonly item?: Words;
  /**
   * What the editor's form shows of it, in order: field names (a list is a
   * repeating group), or sections of fields.
   */
  readonly form?: readonly (string | FormSection)[];
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

/** Checks the shape of an entity at compile time and returns it as it is. */
export const entity = <const T extends EntitySpec>(spec: T): T => spec;
