/**
 * Plain-English (and Welsh) words for the ways reading a catalogue can fail.
 * Keyed so an element can translate; `{status}` is filled in. The Welsh table
 * is a module of its own (./error-messages-cy.ts), loaded by
 * `loadCatalogueErrorMessages('cy')`, so English pages never download it.
 */
import type { CatalogueErrorKind } from './contract.js';

export type CatalogueErrorKey =
  | 'catalogue.error.network'
  | 'catalogue.error.download'
  | 'catalogue.error.timeout'
  | 'catalogue.error.notFound'
  | 'catalogue.error.refused'
  | 'catalogue.error.busy'
  | 'catalogue.error.server'
  | 'catalogue.error.http'
  | 'catalogue.error.parse'
  | 'catalogue.error.aborted';

export type CatalogueErrorMessages = Record<CatalogueErrorKey, string>;

/** The tables loaded so far: English always, Welsh once `loadCatalogueErrorMessages('cy')` has resolved. */
export const catalogueErrorMessages: { en: CatalogueErrorMessages; cy?: CatalogueErrorMessages } = {
  en: {
    'catalogue.error.network':
      'We could not reach the service directory. Check your internet connection and try again.',
    'catalogue.error.download':
      'Part of this page could not be downloaded. Check your internet connection and try again.',
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
};

/** HTTP statuses with words of their own; other 5xx are `server`, anything else `http`. */
const HTTP_KEYS: Record<number, string> = {
  401: 'refused',
  403: 'refused',
  404: 'notFound',
  410: 'notFound',
  429: 'busy',
};

export function catalogueErrorKey(kind: CatalogueErrorKind, status?: number): CatalogueErrorKey {
  // Every kind but http names its key.
  const name = kind !== 'http' ? kind : (HTTP_KEYS[status!] ?? (status! >= 500 ? 'server' : 'http'));
  return `catalogue.error.${name}` as CatalogueErrorKey;
}

const isWelsh = (lang: string) => lang.toLowerCase().split('-')[0] === 'cy';

/** Loads the table for `lang` (Welsh is fetched the first time; English is always here). */
export async function loadCatalogueErrorMessages(lang: string): Promise<void> {
  if (isWelsh(lang)) catalogueErrorMessages.cy ??= (await import('./error-messages-cy.js')).catalogueErrorMessagesCy;
}

/**
 * The message for `key` in `lang` (a BCP 47 tag; `cy`, `cy-GB` give Welsh, anything else English).
 * Welsh needs `await loadCatalogueErrorMessages('cy')` first; until then the English words are given.
 */
export function formatCatalogueError(key: string, params: Record<string, string | number>, lang: string): string {
  const table: Record<string, string> = (isWelsh(lang) && catalogueErrorMessages.cy) || catalogueErrorMessages.en;
  const template =
    table[key] ??
    catalogueErrorMessages.en[key as CatalogueErrorKey] ??
    catalogueErrorMessages.en['catalogue.error.http'];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
