/**
 * Turning problems into words: `formatProblem` in English or Welsh,
 * `fieldLabel` for form labels, and `loadMessages` to fetch the Welsh table
 * (a separate module, loaded with a dynamic import only when asked for).
 */
import type { Problem } from '../problem.js';
import { en } from './en.js';
import type { Lang, MessageKey, MessageTable } from './keys.js';
import { MESSAGE_KEYS } from './keys.js';
import { inSentence, labelFrom, labelFromName } from './labels.js';

const tables: Partial<Record<Lang, MessageTable>> = { en };

/** Loads a language's messages; English is always ready. Safe to call repeatedly. */
export async function loadMessages(lang: Lang): Promise<void> {
  if (tables[lang]) return;
  if (lang === 'cy') tables.cy = (await import('./cy.js')).cy;
}

/** Whether `lang`'s messages are loaded (Welsh falls back to English until they are). */
export function messagesReady(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

function table(lang: Lang): MessageTable {
  return tables[lang] ?? en;
}

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

function isMessageKey(key: string | undefined): key is MessageKey {
  return (MESSAGE_KEYS as readonly string[]).includes(key ?? '');
}

/** Fills `{name}` placeholders from params; unknown ones are left as they are. */
function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The words for a message key about a field path. */
export function messageFor(key: MessageKey, path: string, params: Record<string, string | number> = {}, lang: Lang = 'en'): string {
  const label = fieldLabel(path, lang);
  const options = typeof params.options === 'string'
    ? params.options.split('|').map((value) => enumLabel(value, lang)).join(', ')
    : undefined;
  const filled = fill(table(lang).messages[key], {
    ...params,
    field: inSentence(label),
    Field: label,
    ...(options === undefined ? {} : { options }),
  });
  return elide(filled, lang);
}

/**
 * A problem's message in a language. Problems from the strict check are
 * re-worded from their key; others (e.g. from a server) keep their message.
 */
export function formatProblem(problem: Problem, lang: Lang = 'en'): string {
  if (!isMessageKey(problem.key)) return problem.message ?? '';
  return messageFor(problem.key, problem.path, problem.params ?? {}, lang);
}
