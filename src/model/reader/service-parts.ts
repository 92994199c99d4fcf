/**
 * The smaller parts of a service: organization, contacts, languages, cost
 * options and service areas, in ORUK 3.0 and v1 shapes.
 */
import type { ContactView, CostOptionView, LanguageView, OrganizationView, ServiceAreaView } from '../view-model.js';
import { isJson, type Json } from '../json.js';
import { field, nameIn } from './fields.js';
import { readEmail } from './email.js';
import { htmlToText } from './html-text.js';
import { empty, note } from './notes.js';
import { readPhones } from './phone.js';
import { readUrl } from './url.js';
import {
  isNothing,
  noteId,
  readFields,
  readFirst,
  readId,
  readList,
  readPlainText,
  readText,
  unique,
} from './values.js';

/** An organization's description as plain text (tags and entities removed). */
function readDescriptionText(value: unknown, base: string, name: string): string | undefined {
  const text = readText(value, base, name);
  return (text && htmlToText(text)) || undefined;
}

export function readOrganization(service: Json): OrganizationView | undefined {
  const record = field(service, 'organization');
  if (!isJson(record)) {
    if (record !== undefined) note('', 'organization', 'item.notRecord');
    return undefined;
  }
  const path = 'organization';
  const name = readPlainText(field(record, 'name'), path, 'name');
  if (name === undefined) {
    note(path, 'name', 'value.missing');
    return undefined;
  }
  const id = readId(field(record, 'id')) ?? readId(field(service, 'organization_id'));
  noteId(id, path);
  return readFields<OrganizationView>({ id: id ?? '', name }, record, path, [
    ['description', readDescriptionText, 'description'],
    ['email', readEmail, 'email'],
    ['website', readUrl, nameIn(record, 'organization.website')],
    ['logo', readUrl, 'logo'],
  ]);
}

export function readContact(record: Json, path: string): ContactView | undefined {
  const contact = readFields<ContactView>(
    { phones: readPhones(field(record, 'phones'), path, 'phones') },
    record,
    path,
    [
      ['id', readId, 'id'],
      ['name', readPlainText, 'name'],
      ['title', readPlainText, 'title'],
      ['email', readEmail, 'email'],
    ],
  );
  return contact.name || contact.title || contact.email || contact.phones.length > 0 ? contact : empty(path);
}

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

function readLanguage(record: Json, path: string): LanguageView | undefined {
  const rawCode = readText(field(record, 'code'), path, 'code');
  let code: string | undefined;
  if (rawCode !== undefined) {
    if (LANGUAGE_CODE.test(rawCode)) code = rawCode;
    else note(path, 'code', 'language.code', rawCode);
  }
  const name = readFirst(record, path, 'language.name', readPlainText) ?? code;
  if (name === undefined) return empty(path);
  return code === undefined ? { name } : { name, code };
}

/** Languages: ORUK 3.0 records ({name, code}), v1 records ({language}) or plain names. */
export function readLanguages(service: Json): LanguageView[] {
  const value = field(service, 'languages');
  const list = typeof value === 'string' ? value.split(/[,;]/) : value;
  const normalised = Array.isArray(list)
    ? list.map((item: unknown) => (typeof item === 'string' ? { name: item } : item))
    : list;
  return unique(readList(normalised, '', 'languages', readLanguage), (l) => l.name.toLowerCase());
}

const MONEY = /^(£|GBP|€|EUR|\$|USD)?\s*(\d+(?:,\d{3})*(?:\.\d+)?)\s*(£|GBP|€|EUR|\$|USD|p)?$/i;
const SYMBOL_CURRENCY: Record<string, string> = { '£': 'GBP', '€': 'EUR', $: 'USD', p: 'GBP' };

function readAmount(value: unknown, path: string): { amount?: number; currency?: string } {
  if (value === undefined) return {};
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 0) return { amount: value };
    note(path, 'amount', 'number.invalid', value);
    return {};
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (typeof value === 'string' && isNothing(text)) return {};
  const m = MONEY.exec(text);
  if (!m) {
    note(path, 'amount', 'number.invalid', value);
    return {};
  }
  const unit = m[1] ?? m[3];
  let amount = Number(m[2]!.replace(/,/g, ''));
  if (unit === 'p') amount /= 100;
  note(path, 'amount', 'number.fromText', text, { number: amount });
  return unit === undefined ? { amount } : { amount, currency: SYMBOL_CURRENCY[unit] ?? unit.toUpperCase() };
}

export function readCostOption(record: Json, path: string): CostOptionView | undefined {
  const cost = readFields<CostOptionView>({}, record, path, [
    ['id', readId, 'id'],
    ['option', readPlainText, 'option'],
    ['description', readPlainText, 'amount_description'],
  ]);
  const { amount, currency: fromAmount } = readAmount(field(record, 'amount'), path);
  if (amount !== undefined) cost.amount = amount;
  const rawCurrency = readText(field(record, 'currency'), path, 'currency');
  let currency = fromAmount;
  if (rawCurrency !== undefined) {
    if (/^[a-z]{3}$/i.test(rawCurrency)) currency = rawCurrency.toUpperCase();
    else note(path, 'currency', 'currency.invalid', rawCurrency);
  }
  if (currency === undefined && amount !== undefined) currency = 'GBP';
  if (currency !== undefined) cost.currency = currency;
  return cost.option || cost.description || amount !== undefined ? cost : empty(path);
}

export function readServiceArea(record: Json, path: string): ServiceAreaView | undefined {
  const name = readFirst(record, path, 'service_area.name', readPlainText);
  if (name === undefined) return empty(path);
  const id = readId(field(record, 'id'));
  return id === undefined ? { name } : { id, name };
}
