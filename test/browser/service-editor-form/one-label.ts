/**
 * "One label per field" (issue 13): the form label, the error message's field
 * name, the merge view and the detail view name a field with the registry's
 * words (src/model/fields/), in English and in Welsh.
 *
 * Shared so that every view can be held to the same words: `editedFields()`
 * lists every field the editor's form edits (walked from the generated FORM and
 * CONTROLS) with its path in the form fixtures' sample record, and
 * `namesField()` says whether a message names a field with its label or its
 * in-sentence form. ./one-label-per-field.test.ts checks the form, its error
 * messages and the merge view; the detail view's check can import these and
 * compare what the list shows for the sample record with `fieldLabel(path, lang)`.
 */
import { CONTROLS, FORM } from '../../../src/model/fields/generated/form.js';
import type { FormControl } from '../../../src/model/fields/generated/form.js';
import { fieldWords } from '../../../src/model/messages/format.js';
import type { Lang } from '../../../src/model/messages/keys.js';
import { childEntity, labelFrom } from '../../../src/model/messages/labels.js';
import type { EntityName } from '../../../src/model/schema/table.js';
import { fieldId } from '../../../src/service-editor/form/fields.js';

/** One field the form edits. */
export interface EditedField {
  /** Its registry key: `schedule.opens_at`. */
  readonly key: string;
  /** Its path in the sample record, the first item of every list: `schedules.0.opens_at`. */
  readonly path: string;
  /** How the form edits it: its control's input, or `list` for a repeating group. */
  readonly input: FormControl['input'] | 'list';
  /** The form asks for it (no "(optional)"). */
  readonly required: boolean;
}

/** Every field the form edits, in the form's order, from the registry's FORM and CONTROLS. */
export function editedFields(entity = 'service', prefix = ''): EditedField[] {
  const names = (FORM[entity] ?? []).flatMap((part) => (typeof part === 'string' ? [part] : part.fields));
  return names.flatMap((name) => {
    const key = `${entity}.${name}`;
    const control = CONTROLS[key] as FormControl | undefined; // undefined for a list
    const path = `${prefix}${name}`;
    const input = control?.input ?? 'list';
    const field: EditedField = { key, path, input, required: !!control?.required };
    const child = childEntity(entity as EntityName, name) ?? name;
    if (input === 'list' || input === 'first-record') return [field, ...editedFields(child, `${path}.0.`)];
    if (input === 'record') return [field, ...editedFields(child, `${path}.`)];
    return [field];
  });
}

/** The label or legend the form shows for a field (with "(optional)" when it is), or undefined if it has none. */
export function formLabel(root: ShadowRoot, field: EditedField): string | undefined {
  const { path, input } = field;
  const selector =
    input === 'list'
      ? `fieldset[data-group="${path}"] > legend`
      : input === 'first-record'
        ? `fieldset[data-group="${path}.0"] > legend`
        : input === 'radios' || input === 'checkboxes' || input === 'terms'
          ? `fieldset[data-field="${path}"] > legend`
          : input === 'record'
            ? undefined // edited in place: its fields have labels, it has none
            : `label[for="${fieldId(path)}"]`;
  return selector === undefined ? undefined : root.querySelector(selector)?.textContent?.trim();
}

/**
 * Whether a message names the field at `path` as the registry does in `lang`:
 * with its label ("Minimum age must be…") or its in-sentence form ("Enter the
 * service name", "Rhowch linell gyntaf y cyfeiriad"; Welsh "i y"/"i yr" is
 * written "i’r": "Rhaid i’r statws…").
 */
export function namesField(message: string, path: string, lang: Lang): boolean {
  const named = labelFrom(fieldWords(lang), path);
  if (!named) return false;
  const { label, inSentence } = named;
  const elided = /^yr? (.+)$/.exec(inSentence)?.[1];
  return (
    message.includes(label) ||
    message.includes(inSentence) ||
    (elided !== undefined && message.includes(`’r ${elided}`))
  );
}
