/**
 * The simple repeating groups, as tables of fields: opening times, costs,
 * contacts (each with its own phones), the service's phones, languages (HSDS 3.0
 * name and code) and service areas.
 */
import type { TemplateResult } from 'lit';
import { DAY_CODES, daysOf } from '../days.js';
import { choiceField, specFields, type FieldContext, type FieldSpec } from '../fields.js';
import { repeatGroup } from '../groups.js';

type Json = Record<string, unknown>;

const SCHEDULE: readonly FieldSpec[] = [
  { key: 'opens_at', label: 'opensAt', hint: 'timeHint', type: 'time', width: 'w10', optional: true },
  { key: 'closes_at', label: 'closesAt', hint: 'timeHint', type: 'time', width: 'w10', optional: true },
  { key: 'description', label: 'scheduleDescription', hint: 'scheduleDescriptionHint', optional: true, width: 'full', spellcheck: true },
  { key: 'valid_from', label: 'validFrom', hint: 'dateHint', optional: true, width: 'w10' },
  { key: 'valid_to', label: 'validTo', hint: 'dateHint', optional: true, width: 'w10' },
];

const COST: readonly FieldSpec[] = [
  { key: 'option', label: 'costOption', hint: 'costOptionHint', optional: true, spellcheck: true },
  { key: 'amount', label: 'amount', hint: 'amountHint', kind: 'number', inputmode: 'decimal', optional: true, width: 'w5' },
  { key: 'currency', label: 'currency', hint: 'currencyHint', optional: true, width: 'w3' },
  { key: 'amount_description', label: 'amountDescription', optional: true, width: 'full', spellcheck: true },
];

const CONTACT: readonly FieldSpec[] = [
  { key: 'name', label: 'contactName', optional: true, spellcheck: true },
  { key: 'title', label: 'contactTitle', optional: true, spellcheck: true },
  { key: 'email', label: 'contactEmail', hint: 'emailHint', type: 'email', inputmode: 'email', optional: true },
];

const PHONE: readonly FieldSpec[] = [
  { key: 'number', label: 'phoneNumber', hint: 'phoneHint', type: 'tel', inputmode: 'tel', autocomplete: 'tel' },
  { key: 'description', label: 'phoneDescription', hint: 'phoneDescriptionHint', optional: true, width: 'full', spellcheck: true },
];

const LANGUAGE: readonly FieldSpec[] = [
  { key: 'name', label: 'languageName', hint: 'languageNameHint', spellcheck: true },
  { key: 'code', label: 'languageCode', hint: 'languageCodeHint', width: 'w5', optional: true },
];

const AREA: readonly FieldSpec[] = [{ key: 'name', label: 'areaName', hint: 'areaHint', spellcheck: true }];

export function renderSchedules(ctx: FieldContext, items: unknown): TemplateResult {
  const { s } = ctx;
  const days = DAY_CODES.map((code) => ({ value: code, label: s[code] }));
  return repeatGroup(ctx, {
    path: 'schedules',
    legend: 'schedules',
    noun: 'scheduleNoun',
    add: 'addSchedule',
    items,
    renderItem: (item, p) => [
      choiceField(ctx, { path: `${p}.byday`, legend: s.days, choices: days, checked: daysOf(item.byday), role: 'days', inline: true }),
      ...specFields(ctx, item, p, SCHEDULE),
    ],
  });
}

export function renderCosts(ctx: FieldContext, items: unknown): TemplateResult {
  return repeatGroup(ctx, { path: 'cost_options', legend: 'costs', noun: 'costNoun', add: 'addCost', items, renderItem: (item, p) => specFields(ctx, item, p, COST) });
}

function phones(ctx: FieldContext, path: string, items: unknown, nested?: boolean): TemplateResult {
  return repeatGroup(ctx, {
    path,
    legend: nested ? 'contactPhones' : 'phones',
    noun: 'phoneNoun',
    add: nested ? 'addContactPhone' : 'addPhone',
    items,
    nested,
    renderItem: (item, p) => specFields(ctx, item, p, PHONE),
  });
}

export function renderContacts(ctx: FieldContext, items: unknown): TemplateResult {
  return repeatGroup(ctx, {
    path: 'contacts',
    legend: 'contacts',
    noun: 'contactNoun',
    add: 'addContact',
    items,
    renderItem: (contact: Json, p) => [...specFields(ctx, contact, p, CONTACT), phones(ctx, `${p}.phones`, contact.phones, true)],
  });
}

export function renderPhones(ctx: FieldContext, items: unknown): TemplateResult {
  return phones(ctx, 'phones', items);
}

export function renderLanguages(ctx: FieldContext, items: unknown): TemplateResult {
  return repeatGroup(ctx, { path: 'languages', legend: 'languages', noun: 'languageNoun', add: 'addLanguage', items, renderItem: (item, p) => specFields(ctx, item, p, LANGUAGE) });
}

export function renderAreas(ctx: FieldContext, items: unknown): TemplateResult {
  return repeatGroup(ctx, { path: 'service_areas', legend: 'areas', noun: 'areaNoun', add: 'addArea', items, renderItem: (item, p) => specFields(ctx, item, p, AREA) });
}
