/** Cost options: what the cost is for, amount, currency (GBP by default), description. */
import type { TemplateResult } from 'lit';
import { textInput, type FieldContext } from '../fields.js';
import { repeatGroup } from '../groups.js';

type Json = Record<string, unknown>;

export function renderCosts(ctx: FieldContext, items: readonly unknown[]): TemplateResult {
  const { s } = ctx;
  return repeatGroup(ctx, {
    path: 'cost_options',
    legend: s.costs,
    noun: s.costNoun,
    addLabel: s.addCost,
    items,
    renderItem: (item: Json, p: string) => [
      textInput(ctx, { path: `${p}.option`, label: s.costOption, hint: s.costOptionHint, value: item.option, optional: true, spellcheck: true }),
      textInput(ctx, { path: `${p}.amount`, label: s.amount, hint: s.amountHint, value: item.amount, kind: 'number', inputmode: 'decimal', optional: true, width: 'w5' }),
      textInput(ctx, { path: `${p}.currency`, label: s.currency, hint: s.currencyHint, value: item.currency, optional: true, width: 'w3' }),
      textInput(ctx, { path: `${p}.amount_description`, label: s.amountDescription, value: item.amount_description, optional: true, width: 'full', spellcheck: true }),
    ],
  });
}
