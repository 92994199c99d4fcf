/**
 * Turning a problem's key and params into words, in English (always loaded)
 * or Welsh (loaded on demand).
 */
import type { Problem } from '../problem.js';
import { readerMessagesEn, type ReaderMessageKey, type ReaderMessages } from './messages-en.js';

export type ReaderLanguage = 'en' | 'cy';

// Templates split once into literal text and parameter names: formatting is then a join.
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    // Even indexes are literal text, odd indexes are parameter names.
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

export function formatReaderMessage(
  key: ReaderMessageKey,
  params: Record<string, string | number>,
  messages: ReaderMessages = readerMessagesEn,
): string {
  const parts = partsOf(messages[key] ?? readerMessagesEn[key] ?? key);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!];
    out += (value === undefined ? `{${parts[i]}}` : String(value)) + parts[i + 1]!;
  }
  return out;
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
