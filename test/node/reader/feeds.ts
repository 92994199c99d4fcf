// Loading fixtures and finding problems, for the reader tests.
import { readFileSync } from 'node:fs';
import type { Problem } from '../../../src/model/problem.js';
import { localizeReaderProblem } from '../../../src/model/reader/messages.js';
import { readerMessagesEn } from '../../../src/model/reader/messages-en.js';

export function feed(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8'));
}

export function feedPart(name: string, part: string): unknown {
  return (feed(name) as Record<string, unknown>)[part];
}

/** The keys of the problems recorded at exactly this path. */
export function keysAt(problems: Problem[], path: string): string[] {
  return problems.filter((p) => p.path === path).map((p) => p.key ?? '');
}

export function problemAt(problems: Problem[], path: string, key: string): Problem | undefined {
  return problems.find((p) => p.path === path && p.key === key);
}

/** A reader problem in English, as the list's show-issues panel words it (problems carry only a key and params). */
export function english(problem: Problem): string {
  return localizeReaderProblem(problem, readerMessagesEn);
}
