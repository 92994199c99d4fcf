/**
 * Turning problems into words: `formatProblem` in English or Welsh,
 * `fieldLabel` for a field's name, and `loadMessages` to fetch the Welsh
 * messages and field words (separate modules, loaded with a dynamic import
 * only when asked for). Field names come from the registry (src/model/fields/).
 */
import { choiceKey } from '../fields/choices.js';
import { fieldsEn } from '../fields/generated/en.js';
import type { FieldWords } from '../fields/words.js';
import type { Problem } from '../problem.js';
import { en } from './en.js';
import type { Lang, MessageKey, MessageTable } from './keys.js';
import { fieldKey, idLabel, labelFrom, labelFromName } from './labels.js';

interface Tables {
  messages: MessageTable;
  fields: FieldWords;
}

const tables: Partial<Record<Lang, Tables>> = { en: { messages: en, fields: fieldsEn } };

/** Loads a language's messages and field words; English is always ready. Safe to call repeatedly. */
export async function loadMessages(lang: Lang): Promise<void> {
  if (lang === 'cy' && !tables.cy) {
    const [{ cy }, { fieldsCy }] = await Promise.all([import('./cy.js'), import('../fields/generated/cy.js')]);
    tables.cy = { messages: cy, fields: fieldsCy };
  }
}

/** Whether `lang`'s messages are loaded (Welsh falls back to English until they are). */
export function messagesReady(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

const table = (lang: Lang): Tables => tables[lang] ?? tables.en!;

/** The field words of a language, when loaded (English until Welsh is). */
export const fieldWords = (lang: Lang = 'en'): FieldWords => table(lang).fields;

/** Welsh: "y"/"yr" after a word ending in a vowel becomes "’r" ("Rhaid i y statws" → "Rhaid i’r statws"). */
function elide(text: string, lang: Lang): string {
  return lang === 'cy' ? text.replace(/([aeiouwyâêîôûŵŷ]) yr? (?=\p{L})/giu, '$1’r ') : text;
}

/** A field's label and in-sentence form in a language, falling back to English, then to its own name. */
function named(path: string, lang: Lang): { label: string; inSentence: string } {
  const { fields, messages } = table(lang);
  const found =
    labelFrom(fields, path) ??
    idLabel(fields, messages.id, path) ??
    labelFrom(fieldsEn, path) ??
    idLabel(fieldsEn, en.id, path);
  if (found) return found;
  const label = labelFromName(path) || table(lang).messages.record;
  return { label, inSentence: label.toLowerCase() };
}

/** The label for a field path, e.g. `service_at_locations.0.location.addresses.0.postal_code` → "Postcode". */
export function fieldLabel(path: string, lang: Lang = 'en'): string {
  return named(path, lang).label;
}

/** The label of one value of the choice at a path (a status's label for `status`), or the value itself. */
export function choiceLabel(path: string, value: string, lang: Lang = 'en'): string {
  const key = choiceKey(fieldKey(path), value);
  const words = table(lang).fields.choices;
  return (Object.hasOwn(words, key) ? words[key] : fieldsEn.choices[key]) ?? value;
}

/** Whether a problem's key is one of the strict check's message keys. */
export function isMessageKey(key: string | undefined): key is MessageKey {
  return Object.hasOwn(en.messages, key ?? '');
}

/** The words for a message key about a field path: `{field}`, `{Field}`, `{options}` and the params filled in. */
export function messageFor(
  key: MessageKey,
  path: string,
  params: Record<string, string | number> = {},
  lang: Lang = 'en',
): string {
  const { label, inSentence } = named(path, lang);
  const values: Record<string, string | number> = { ...params, field: inSentence, Field: label };
  if (typeof params.options === 'string') {
    values.options = params.options
      .split('|')
      .map((value) => choiceLabel(path, value, lang).toLowerCase())
      .join(', ');
  }
  // Unknown placeholders are left as they are.
  const text = table(lang).messages.messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    String(Object.hasOwn(values, name) ? values[name] : whole),
  );
  return elide(text, lang);
}

/**
 * A problem's message in a language. Problems from the strict check are
 * re-worded from their key; others (e.g. from a server) keep their message,
 * and one with neither says which field is wrong.
 */
export function formatProblem(problem: Problem, lang: Lang = 'en'): string {
  const { key, path, params, message } = problem;
  return isMessageKey(key) ? messageFor(key, path, params, lang) : (message ?? messageFor('unknown', path, {}, lang));
}
