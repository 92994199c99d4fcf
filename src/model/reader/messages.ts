/**
 * Turning a problem's key and params into words. Problems carry no text: the
 * English and Welsh tables are chunks of their own, loaded only where a
 * problem is shown to a person (the list's show-issues panel).
 */
import type { Problem } from '../problem.js';
import type { ReaderMessageKey, ReaderMessages } from './messages-en.js';

export type ReaderLanguage = 'en' | 'cy';

/**
 * The words for `key` with `params` filled in; a key the table does not hold (own keys only) is given as it is.
 * `{name|or}` gives a list param (`a|b|c`) as "a, b or c", joined by the word after `|`.
 */
export function formatReaderMessage(
  key: ReaderMessageKey,
  params: Record<string, string | number>,
  messages: ReaderMessages,
): string {
  const text = Object.hasOwn(messages, key) ? messages[key] : key;
  return text.replace(/\{(\w+)(?:\|([^}]+))?\}/g, (whole, name: string, joiner?: string) => {
    if (params[name] === undefined) return whole;
    if (!joiner) return String(params[name]);
    const items = String(params[name]).split('|');
    const last = items.pop()!;
    return items.length ? `${items.join(', ')} ${joiner} ${last}` : last;
  });
}

/** The message table for a language, loaded on first use. */
export async function loadReaderMessages(language: ReaderLanguage): Promise<ReaderMessages> {
  return language === 'cy'
    ? (await import('./messages-cy.js')).readerMessagesCy
    : (await import('./messages-en.js')).readerMessagesEn;
}

/** A reader problem's message in the given table; problems without a reader key keep their text. */
export function localizeReaderProblem(problem: Problem, messages: ReaderMessages): string {
  return problem.key && Object.hasOwn(messages, problem.key)
    ? formatReaderMessage(problem.key as ReaderMessageKey, problem.params ?? {}, messages)
    : (problem.message ?? '');
}
