/**
 * The editor's strings (the shell's and the form's): English built in, Welsh
 * loaded with a dynamic import the first time it is asked for, so English-only
 * pages never download it.
 */
import { lazy } from '../../internal/lazy.js';
import { intlLocale, type Lang as EditorLang } from '../../shared/i18n.js';
import { en, type EditorStrings, type EditorStringKey, type TextKey } from './en.js';

// The list's helpers (in the page's entry already): `{name}` filling, and 'cy' for any Welsh tag (cy, cy-GB).
export { fill, toLang as toEditorLang } from '../../shared/i18n.js';
export { en };
export type { EditorStrings, EditorStringKey, TextKey };
export type { EditorLang };

const welsh = lazy(() => import('./cy.js').then((m) => m.cy));

/** The table for `lang` if it is ready now: English until Welsh has loaded. */
export function stringsFor(lang: EditorLang): EditorStrings {
  return (lang === 'cy' && welsh.value) || en;
}

/** True when `lang`'s table can be used without waiting. */
export function stringsReady(lang: EditorLang): boolean {
  return lang !== 'cy' || welsh.value !== undefined;
}

/** The strings for a language: at once when they are here (English always), else once they have downloaded. */
export function stringsIn(lang: EditorLang): EditorStrings | Promise<EditorStrings> {
  return lang !== 'cy' ? en : (welsh.value ?? welsh.load());
}

/** The strings for a language; Welsh is fetched once, the first time it is asked for (again after a failed fetch). */
export function loadStrings(lang: EditorLang): Promise<EditorStrings> {
  return lang !== 'cy' ? Promise.resolve(en) : welsh.load();
}

/**
 * Hours and minutes in the 24-hour clock, as people in the UK write them ("14:32"); with `date`, the day first
 * ("3 March 2026 at 14:05" style, per language).
 */
export function formatTime(when: Date | number, lang: EditorLang, date?: boolean): string {
  return new Intl.DateTimeFormat(intlLocale(lang), {
    ...(date && { day: 'numeric', month: 'long', year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(when);
}
