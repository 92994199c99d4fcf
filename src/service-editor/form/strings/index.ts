/**
 * The form's text tables. English is bundled; Welsh is loaded with a dynamic
 * import the first time it is asked for, so English-only pages never pay for it.
 */
import { en, type FormStrings } from './en.js';

export type { FormStrings } from './en.js';
export type FormLang = 'en' | 'cy';

let welsh: FormStrings | undefined;
let welshLoading: Promise<FormStrings> | undefined;

/** The table for `lang` if it is ready now; English until Welsh has loaded. */
export function formStrings(lang: FormLang): FormStrings {
  return lang === 'cy' && welsh ? welsh : en;
}

/** True when `lang`'s table can be used without waiting. */
export function formStringsReady(lang: FormLang): boolean {
  return lang === 'en' || welsh !== undefined;
}

/** Loads the table for `lang` (Welsh lazily), once. */
export function loadFormStrings(lang: FormLang): Promise<FormStrings> {
  if (lang === 'en') return Promise.resolve(en);
  if (welsh) return Promise.resolve(welsh);
  welshLoading ??= import('./cy.js').then((module) => (welsh = module.cy));
  return welshLoading;
}
