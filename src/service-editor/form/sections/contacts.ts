/** Contacts (name, job title, email, phones) and the service's own phones. */
import type { TemplateResult } from 'lit';
import { textInput, type FieldContext } from '../fields.js';
import { repeatGroup } from '../groups.js';

type Json = Record<string, unknown>;

function phoneFields(ctx: FieldContext, phone: Json, p: string): TemplateResult[] {
  const { s } = ctx;
  return [
    textInput(ctx, { path: `${p}.number`, label: s.phoneNumber, hint: s.phoneHint, value: phone.number, type: 'tel', inputmode: 'tel', width: 'w20', autocomplete: 'tel' }),
    textInput(ctx, { path: `${p}.description`, label: s.phoneDescription, hint: s.phoneDescriptionHint, value: phone.description, optional: true, width: 'full', spellcheck: true }),
  ];
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function renderContacts(ctx: FieldContext, items: readonly unknown[]): TemplateResult {
  const { s } = ctx;
  return repeatGroup(ctx, {
    path: 'contacts',
    legend: s.contacts,
    noun: s.contactNoun,
    addLabel: s.addContact,
    items,
    renderItem: (contact: Json, p: string) => [
      textInput(ctx, { path: `${p}.name`, label: s.contactName, value: contact.name, optional: true, width: 'w20', spellcheck: true }),
      textInput(ctx, { path: `${p}.title`, label: s.contactTitle, value: contact.title, optional: true, width: 'w20', spellcheck: true }),
      textInput(ctx, { path: `${p}.email`, label: s.contactEmail, hint: s.emailHint, value: contact.email, type: 'email', inputmode: 'email', optional: true, width: 'w20' }),
      repeatGroup(ctx, {
        path: `${p}.phones`,
        legend: s.contactPhones,
        noun: s.phoneNoun,
        addLabel: s.addContactPhone,
        nested: true,
        items: list(contact.phones),
        renderItem: (phone: Json, pp: string) => phoneFields(ctx, phone, pp),
      }),
    ],
  });
}

export function renderPhones(ctx: FieldContext, items: readonly unknown[]): TemplateResult {
  const { s } = ctx;
  return repeatGroup(ctx, {
    path: 'phones',
    legend: s.phones,
    noun: s.phoneNoun,
    addLabel: s.addPhone,
    items,
    renderItem: (phone: Json, p: string) => phoneFields(ctx, phone, p),
  });
}
