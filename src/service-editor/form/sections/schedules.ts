/** Weekly opening times: days, opening and closing times, description, valid from/to. */
import type { TemplateResult } from 'lit';
import { DAY_CODES, daysOf } from '../days.js';
import { checkboxes, textInput, type FieldContext } from '../fields.js';
import { repeatGroup } from '../groups.js';

type Json = Record<string, unknown>;

export function renderSchedules(ctx: FieldContext, items: readonly unknown[]): TemplateResult {
  const { s } = ctx;
  const dayChoices = DAY_CODES.map((code) => ({ value: code, label: s[code] }));
  return repeatGroup(ctx, {
    path: 'schedules',
    legend: s.schedules,
    noun: s.scheduleNoun,
    addLabel: s.addSchedule,
    items,
    renderItem: (item: Json, p: string) => [
      checkboxes(ctx, { path: `${p}.byday`, legend: s.days, choices: dayChoices, checked: daysOf(item.byday), role: 'days', inline: true }),
      textInput(ctx, { path: `${p}.opens_at`, label: s.opensAt, hint: s.timeHint, value: item.opens_at, type: 'time', width: 'w10', optional: true }),
      textInput(ctx, { path: `${p}.closes_at`, label: s.closesAt, hint: s.timeHint, value: item.closes_at, type: 'time', width: 'w10', optional: true }),
      textInput(ctx, { path: `${p}.description`, label: s.scheduleDescription, hint: s.scheduleDescriptionHint, value: item.description, optional: true, width: 'full', spellcheck: true }),
      textInput(ctx, { path: `${p}.valid_from`, label: s.validFrom, hint: s.dateHint, value: item.valid_from, optional: true, width: 'w10' }),
      textInput(ctx, { path: `${p}.valid_to`, label: s.validTo, hint: s.dateHint, value: item.valid_to, optional: true, width: 'w10' }),
    ],
  });
}
