/**
 * The editor's strings (the shell's and the form's): English built in, Welsh
 * loaded with a dynamic import the first time it is asked for, so English-only
 * pages never download it.
 */
import { en, type EditorStrings, type EditorStringKey, type TextKey } from './en.js';

export { en };
export type { EditorStrings, EditorStringKey, TextKey };
export type EditorLang = 'en' | 'cy';

let welsh: EditorStrings | undefined;
let welshLoading: Promise<EditorStrings> | undefined;

/** The table for `lang` if it is ready now: English until Welsh has loaded. */
export function stringsFor(lang: EditorLang): EditorStrings {
  return lang === 'cy' && welsh ? welsh : en;
}

/** True when `lang`'s table can be used without waiting. */
export function stringsReady(lang: EditorLang): boolean {
  return lang !== 'cy' || welsh !== undefined;
}

/** The strings for a language; Welsh is fetched once, the first time it is asked for (again after a failed fetch). */
export function loadStrings(lang: EditorLang): Promise<EditorStrings> {
  if (lang !== 'cy') return Promise.resolve(en);
  welshLoading ??= import('./cy.js').then(
    (m) => (welsh = m.cy),
    (error: unknown) => {
      welshLoading = undefined; // a failed download (the network dropped) is tried again by the next caller
      throw error;
    },
  );
  return welshLoading;
}

/** Fills `{name}` parameters in a string. Unknown parameters are left as written. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** 'cy' for any Welsh language tag (cy, cy-GB), otherwise 'en'. */
export function toEditorLang(tag: string | null | undefined): EditorLang {
  return /^cy\b/i.test(tag ?? '') ? 'cy' : 'en';
}

/** Hours and minutes in the 24-hour clock, as people in the UK write them ("14:32"). */
export function formatTime(when: Date | number, lang: EditorLang): string {
  return new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { hour: '2-digit', minute: '2-digit', hour12: false }).format(when);
}

/** A day and time ("3 March 2026 at 14:05" style, per language). */
export function formatDateTime(when: Date | number, lang: EditorLang): string {
  return new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(when);
}
