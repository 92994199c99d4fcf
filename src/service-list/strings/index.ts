/**
 * The strings of <oruk-service-list> for a language: English is bundled,
 * Welsh is fetched with a dynamic import the first time it is needed, with the
 * field registry's Welsh words (labels, statuses). The detail view's English
 * words load with the detail view (../render/detail-context.ts).
 */
import { lazy } from '../../internal/lazy.js';
import type { FieldWords } from '../../model/fields/words.js';
import type { Lang } from '../../shared/i18n.js';
import type { FormatStrings } from '../../shared/strings/en.js';
import type { DetailStrings } from './detail-en.js';
import { listEn, type ListStrings } from './en.js';

export type { ListStrings };

export interface Strings {
  lang: Lang;
  /** Indexable by key for plural lookups; every key of ListStrings is present (Welsh also has the detail view's). */
  list: ListStrings;
  /** The formatters' words when they came with the language (Welsh); English ones load with the detail view. */
  format?: FormatStrings;
  /**
   * The field registry's words when they came with the language (Welsh). English statuses are
   * bundled with the cards (../render/status.ts), English labels load with the detail view.
   */
  fields?: FieldWords;
}

/** Every word the detail view and the data-problems panel use. */
export interface FullStrings extends Strings {
  list: ListStrings & DetailStrings;
  format: FormatStrings;
  /** The field registry's labels of the fields the detail view shows (Welsh: of every field). */
  labels: FieldWords['labels'];
}

export const englishStrings: Strings = { lang: 'en', list: listEn };

/** The Welsh strings, a chunk of their own (a failed download is tried again by the next caller). */
const welsh = lazy((): Promise<Strings> =>
  import('./cy.js').then((m) => ({ lang: 'cy', list: m.listCy, format: m.formatCy, fields: m.fieldsCy })),
);

/** The strings for a language: at once when they are here (English always), else once they have downloaded. */
export function stringsIn(lang: Lang): Strings | Promise<Strings> {
  return lang === 'en' ? englishStrings : (welsh.value ?? welsh.load());
}
