/** With `show-issues`: what the reader had to repair or drop, for the people who keep the data. */
import { html, nothing } from 'lit';
import { lazy, type Lazy } from '../../internal/lazy.js';
import type { Problem } from '../../model/problem.js';
import { fill, plural, type Lang } from '../../shared/i18n.js';
import type { RenderContext } from './context.js';
import { detailContext } from './detail-context.js';

type Words = (problem: Problem) => string;

/**
 * The reader's words for its problems in one language: the reader's chunk is loaded for any
 * fetched list anyway; its words come with show-issues only.
 */
const wordsIn = (lang: Lang): Lazy<Words> =>
  lazy(async () => {
    const reader = await import('../../model/reader/feed.js');
    const { loadReaderMessages, localizeReaderProblem } = await reader.loadMessageTools();
    const messages = await loadReaderMessages(lang);
    return (problem: Problem) => localizeReaderProblem(problem, messages);
  });
const words: Record<Lang, Lazy<Words>> = { en: wordsIn('en'), cy: wordsIn('cy') };

/**
 * The words for `lang`, or undefined while they load (`wait` is given the loading, which rejects if it fails; the
 * next render tries again).
 */
function wordsFor(lang: Lang, wait: (loading: Promise<unknown>) => void): Words | undefined {
  const chunk = words[lang];
  if (!chunk.value) wait(chunk.load());
  return chunk.value;
}

/**
 * The panel, in the list's language; until the reader's words are here, nothing (`wait` hears when to render
 * again).
 */
export function issuesPanel(
  problems: readonly Problem[],
  base: RenderContext,
  wait: (loading: Promise<unknown>) => void,
) {
  if (problems.length === 0) return nothing;
  const text = wordsFor(base.strings.lang, wait);
  // The reader's problems carry no words of their own: the panel waits for their table.
  if (!text && problems.some((p) => p.message === undefined)) return nothing;
  if (text) problems = problems.map((p) => ({ ...p, message: text(p) }));
  const ctx = detailContext(base);
  const { list } = ctx.strings;
  const title = fill(plural(list, 'issuesHeading', problems.length, ctx.strings.lang), { count: problems.length });
  return html`<section part="issues" class="issues" aria-label=${title} tabindex="-1">
    <p class="issues-title"><strong>${title}</strong></p>
    <p>${list.issuesIntro}</p>
    <ul part="issues-list">
      ${problems.map(
        (p) => html`<li part="issue" data-path=${p.path}><code part="issue-path">${p.path}</code> ${p.message}</li>`,
      )}
    </ul>
  </section>`;
}
