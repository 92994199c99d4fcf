/**
 * Plain-English (and Welsh) words for the ways reading a catalogue can fail.
 * Keyed so an element can translate; `{status}` is filled in.
 */
import type { CatalogueErrorKind } from './contract.js';

export type CatalogueErrorKey =
  | 'catalogue.error.network'
  | 'catalogue.error.timeout'
  | 'catalogue.error.notFound'
  | 'catalogue.error.refused'
  | 'catalogue.error.busy'
  | 'catalogue.error.server'
  | 'catalogue.error.http'
  | 'catalogue.error.parse'
  | 'catalogue.error.aborted';

export const catalogueErrorMessages: Record<'en' | 'cy', Record<CatalogueErrorKey, string>> = {
  en: {
    'catalogue.error.network':
      'We could not reach the service directory. Check your internet connection and try again.',
    'catalogue.error.timeout': 'The service directory took too long to answer. Try again in a moment.',
    'catalogue.error.notFound': 'We could not find what you asked for. It may have been removed.',
    'catalogue.error.refused': 'The service directory did not allow this request (error {status}).',
    'catalogue.error.busy': 'The service directory is busy. Try again in a minute.',
    'catalogue.error.server':
      'The service directory is having problems at the moment (error {status}). Try again later.',
    'catalogue.error.http': 'The service directory answered with an error (error {status}).',
    'catalogue.error.parse': 'The service directory sent an answer we could not read.',
    'catalogue.error.aborted': 'The request was cancelled.',
  },
  cy: {
    'catalogue.error.network':
      "Nid oedd modd i ni gysylltu â'r cyfeiriadur gwasanaethau. Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni.",
    'catalogue.error.timeout':
      "Cymerodd y cyfeiriadur gwasanaethau ormod o amser i ateb. Rhowch gynnig arall arni mewn munud.",
    'catalogue.error.notFound':
      "Nid oedd modd dod o hyd i'r hyn y gofynnoch amdano. Efallai ei fod wedi cael ei ddileu.",
    'catalogue.error.refused': "Nid oedd y cyfeiriadur gwasanaethau yn caniatáu'r cais hwn (gwall {status}).",
    'catalogue.error.busy': "Mae'r cyfeiriadur gwasanaethau yn brysur. Rhowch gynnig arall arni mewn munud.",
    'catalogue.error.server':
      'Mae gan y cyfeiriadur gwasanaethau broblemau ar hyn o bryd (gwall {status}). Rhowch gynnig arall arni yn nes ymlaen.',
    'catalogue.error.http': 'Atebodd y cyfeiriadur gwasanaethau gyda gwall (gwall {status}).',
    'catalogue.error.parse': "Anfonodd y cyfeiriadur gwasanaethau ateb nad oedd modd i ni ei ddarllen.",
    'catalogue.error.aborted': 'Cafodd y cais ei ganslo.',
  },
};

export function catalogueErrorKey(kind: CatalogueErrorKind, status?: number): CatalogueErrorKey {
  switch (kind) {
    case 'network':
      return 'catalogue.error.network';
    case 'timeout':
      return 'catalogue.error.timeout';
    case 'parse':
      return 'catalogue.error.parse';
    case 'aborted':
      return 'catalogue.error.aborted';
    case 'http':
      if (status === 404 || status === 410) return 'catalogue.error.notFound';
      if (status === 401 || status === 403) return 'catalogue.error.refused';
      if (status === 429) return 'catalogue.error.busy';
      if (status !== undefined && status >= 500) return 'catalogue.error.server';
      return 'catalogue.error.http';
  }
}

/** The message for `key` in `lang` (a BCP 47 tag; `cy`, `cy-GB` give Welsh, anything else English). */
export function formatCatalogueError(key: string, params: Record<string, string | number>, lang: string): string {
  const table = lang.toLowerCase().split('-')[0] === 'cy' ? catalogueErrorMessages.cy : catalogueErrorMessages.en;
  const template = (table as Record<string, string>)[key] ?? catalogueErrorMessages.en['catalogue.error.http'];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
