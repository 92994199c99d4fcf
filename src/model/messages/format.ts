/**
 * Turning problems into words: `formatProblem` in English or Welsh,
 * `fieldLabel` for form labels, and `loadMessages` to fetch the Welsh table
 * (a separate module, loaded with a dynamic import only when asked for).
 */
import type { Problem } from '../problem.js';
import { en } from './en.js';
import type { Lang, MessageKey, MessageTable } from './keys.js';
import { inSentence, labelFrom, labelFromName } from './labels.js';

const tables: Partial<Record<Lang, MessageTable>> = { en };

/** Loads a language's messages; English is always ready. Safe to call repeatedly. */
export async function loadMessages(lang: Lang): Promise<void> {
  if (lang === 'cy') tables.cy ??= (await import('./cy.js')).cy;
}

/** Whether `lang`'s messages are loaded (Welsh falls back to English until they are). */
export function messagesReady(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

const table = (lang: Lang): MessageTable => tables[lang] ?? en;

/** Welsh: "y"/"yr" after a word ending in a vowel becomes "'r" ("Enw y gwasanaeth" → "Enw'r gwasanaeth"). */
function elide(text: string, lang: Lang): string {
  return lang === 'cy' ? text.replace(/([aeiouwyâêîôûŵŷ]) yr? (?=\p{L})/giu, "$1'r ") : text;
}

/** The label for a field path, e.g. `service_at_locations.0.location.addresses.0.postal_code` → "Postcode". */
export function fieldLabel(path: string, lang: Lang = 'en'): string {
  return elide(labelFrom(table(lang), path) ?? labelFrom(en, path) ?? labelFromName(path), lang);
}

/** A human label for an enum value ("temporarily closed", "weekly"). */
export function enumLabel(value: string, lang: Lang = 'en'): string {
  return table(lang).enums[value] ?? en.enums[value] ?? value;
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
  const label = fieldLabel(path, lang);
  const values: Record<string, string | number> = { ...params, field: inSentence(label), Field: label };
  if (typeof params.options === 'string')
    values.options = params.options
      .split('|')
      .map((value) => enumLabel(value, lang))
      .join(', ');
  // Unknown placeholders are left as they are.
  const text = table(lang).messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
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
