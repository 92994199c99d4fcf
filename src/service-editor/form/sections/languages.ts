/** Languages (name and code, HSDS 3.0 extension fields) and service areas (name). */
import type { TemplateResult } from 'lit';
import { textInput, type FieldContext } from '../fields.js';
import { repeatGroup } from '../groups.js';

type Json = Record<string, unknown>;

export function renderLanguages(ctx: FieldContext, items: readonly unknown[]): TemplateResult {
  const { s } = ctx;
  return repeatGroup(ctx, {
    path: 'languages',
    legend: s.languages,
    noun: s.languageNoun,
    addLabel: s.addLanguage,
    items,
    renderItem: (language: Json, p: string) => [
      textInput(ctx, { path: `${p}.name`, label: s.languageName, hint: s.languageNameHint, value: language.name, width: 'w20', spellcheck: true }),
      textInput(ctx, { path: `${p}.code`, label: s.languageCode, hint: s.languageCodeHint, value: language.code, width: 'w5', optional: true }),
    ],
  });
}

export function renderAreas(ctx: FieldContext, items: readonly unknown[]): TemplateResult {
  const { s } = ctx;
  return repeatGroup(ctx, {
    path: 'service_areas',
    legend: s.areas,
    noun: s.areaNoun,
    addLabel: s.addArea,
    items,
    renderItem: (area: Json, p: string) =>
      textInput(ctx, { path: `${p}.name`, label: s.areaName, hint: s.areaHint, value: area.name, width: 'w20', spellcheck: true }),
  });
}
