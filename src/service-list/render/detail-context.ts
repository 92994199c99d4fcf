/**
 * The detail view's render context: the list's context with every word the
 * detail view and the issues panel use, and the formatters' language. English
 * detail words and field labels live here, in the list's second chunk, not with the cards.
 */
import { detailLabelsEn } from '../../model/fields/generated/en-detail.js';
import type { FormatContext } from '../../shared/format.js';
import { formatEn } from '../../shared/strings/en.js';
import { detailEn } from '../strings/detail-en.js';
import type { FullStrings, Strings } from '../strings/index.js';
import type { RenderContext } from './context.js';

export interface DetailContext extends RenderContext {
  strings: FullStrings;
  fmt: FormatContext;
}

const full = new WeakMap<Strings, FullStrings>();

export function detailContext(ctx: RenderContext): DetailContext {
  let strings = full.get(ctx.strings);
  if (!strings) {
    // Welsh carries every word already; English adds the detail view's.
    strings = {
      ...ctx.strings,
      list: { ...detailEn, ...ctx.strings.list },
      format: ctx.strings.format ?? formatEn,
      labels: ctx.strings.fields?.labels ?? detailLabelsEn,
    };
    full.set(ctx.strings, strings);
  }
  return { ...ctx, strings, fmt: { lang: strings.lang, strings: strings.format } };
}
