/**
 * The strings of <oruk-service-list> for a language: English is bundled,
 * Welsh is fetched with a dynamic import the first time it is needed.
 */
import type { Lang } from '../../shared/i18n.js';
import { formatEn, type FormatStrings } from '../../shared/strings/en.js';
import { listEn, type ListStrings } from './en.js';

export interface Strings {
  lang: Lang;
  /** Indexable by key for plural lookups; every key of ListStrings is present. */
  list: ListStrings;
  format: FormatStrings;
}

export const englishStrings: Strings = { lang: 'en', list: listEn, format: formatEn };

let welsh: Promise<Strings> | undefined;

export function loadStrings(lang: Lang): Promise<Strings> {
  if (lang === 'en') return Promise.resolve(englishStrings);
  welsh ??= import('./cy.js').then((m) => ({ lang: 'cy', list: m.listCy, format: m.formatCy }));
  return welsh;
}
