/**
 * Turning a problem's key and params into words, in English (always loaded)
 * or Welsh (loaded on demand).
 */
import type { Problem } from '../problem.js';
import { readerMessagesEn, type ReaderMessageKey, type ReaderMessages } from './messages-en.js';

export type ReaderLanguage = 'en' | 'cy';

export function formatReaderMessage(
  key: ReaderMessageKey,
  params: Record<string, string | number>,
  messages: ReaderMessages = readerMessagesEn,
): string {
  const template = messages[key] ?? readerMessagesEn[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The message table for a language; Welsh is a separate chunk loaded on first use. */
export async function loadReaderMessages(language: ReaderLanguage): Promise<ReaderMessages> {
  if (language === 'cy') return (await import('./messages-cy.js')).readerMessagesCy;
  return readerMessagesEn;
}

/** A reader problem's message in the given table; problems without a reader key keep their text. */
export function localizeReaderProblem(problem: Problem, messages: ReaderMessages): string {
  if (problem.key && problem.key in readerMessagesEn) {
    return formatReaderMessage(problem.key as ReaderMessageKey, problem.params ?? {}, messages);
  }
  return problem.message;
}
