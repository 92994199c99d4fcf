/**
 * The smaller parts of a service: organization, contacts, languages, cost
 * options and service areas, in ORUK 3.0 and v1 shapes.
 */
import type { ContactView, CostOptionView, LanguageView, OrganizationView, ServiceAreaView } from '../view-model.js';
import { field, isRecord, type FeedRecord } from './fields.js';
import { readEmail } from './email.js';
import { htmlToText } from './html-text.js';
import { note, type Notes } from './notes.js';
import { readPhones } from './phone.js';
import { readUrl } from './url.js';
import { isNothing, isUuid, readId, readList, readPlainText, readText } from './values.js';

export function readOrganization(service: FeedRecord, notes: Notes): OrganizationView | undefined {
  const record = field(service, 'organization');
  const fallbackId = readId(field(service, 'organization_id'));
  if (!isRecord(record)) {
    if (record !== undefined) note(notes, '', 'organization', 'item.notRecord');
    return undefined;
  }
  const path = 'organization';
  const name = readPlainText(field(record, 'name'), notes, path, 'name');
  const id = readId(field(record, 'id')) ?? fallbackId;
  if (name === undefined) {
    note(notes, path, 'name', 'value.missing');
    return undefined;
  }
  if (id === undefined) note(notes, path, 'id', 'id.missing');
  else if (!isUuid(id)) note(notes, path, 'id', 'id.notUuid', id);
  const organization: OrganizationView = { id: id ?? '', name };
  const description = readText(field(record, 'description'), notes, path, 'description');
  if (description !== undefined) {
    const text = htmlToText(description);
    if (text !== '') organization.description = text;
  }
  const email = readEmail(field(record, 'email'), notes, path, 'email');
  if (email !== undefined) organization.email = email;
  const websiteField = field(record, 'website') !== undefined ? 'website' : 'url';
  const website = readUrl(field(record, websiteField), notes, path, websiteField);
  if (website !== undefined) organization.website = website;
  const logo = readUrl(field(record, 'logo'), notes, path, 'logo');
  if (logo !== undefined) organization.logo = logo;
  return organization;
}

export function readContact(record: FeedRecord, notes: Notes, path: string): ContactView | undefined {
  const contact: ContactView = { phones: readPhones(field(record, 'phones'), notes, path, 'phones') };
  const id = readId(field(record, 'id'));
  if (id !== undefined) contact.id = id;
  const name = readPlainText(field(record, 'name'), notes, path, 'name');
  if (name !== undefined) contact.name = name;
  const title = readPlainText(field(record, 'title'), notes, path, 'title');
  if (title !== undefined) contact.title = title;
  const email = readEmail(field(record, 'email'), notes, path, 'email');
  if (email !== undefined) contact.email = email;
  if (name === undefined && title === undefined && email === undefined && contact.phones.length === 0) {
    note(notes, path, '', 'item.empty');
    return undefined;
  }
  return contact;
}

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

function readLanguage(record: FeedRecord, notes: Notes, path: string): LanguageView | undefined {
  const rawCode = readText(field(record, 'code'), notes, path, 'code');
  let code: string | undefined;
  if (rawCode !== undefined) {
    if (LANGUAGE_CODE.test(rawCode)) code = rawCode;
    else note(notes, path, 'code', 'language.code', rawCode);
  }
  const name =
    readPlainText(field(record, 'name'), notes, path, 'name') ??
    readPlainText(field(record, 'language'), notes, path, 'language') ??
    code;
  if (name === undefined) {
    note(notes, path, '', 'item.empty');
    return undefined;
  }
  return code === undefined ? { name } : { name, code };
}

/** Languages: ORUK 3.0 records ({name, code}), v1 records ({language}) or plain names. */
export function readLanguages(service: FeedRecord, notes: Notes): LanguageView[] {
  const value = field(service, 'languages');
  const list = typeof value === 'string' ? value.split(/[,;]/) : value;
  const normalised = Array.isArray(list)
    ? list.map((item: unknown) => (typeof item === 'string' ? { name: item } : item))
    : list;
  const languages = readList(normalised, notes, '', 'languages', (item, path) => readLanguage(item, notes, path));
  const seen = new Set<string>();
  return languages.filter((l) => {
    const key = l.name.toLowerCase();
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

const MONEY = /^(£|GBP|€|EUR|\$|USD)?\s*(\d+(?:,\d{3})*(?:\.\d+)?)\s*(£|GBP|€|EUR|\$|USD|p)?$/i;
const SYMBOL_CURRENCY: Record<string, string> = { '£': 'GBP', '€': 'EUR', $: 'USD', p: 'GBP' };

function readAmount(value: unknown, notes: Notes, path: string): { amount?: number; currency?: string } {
  if (value === undefined) return {};
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 0) return { amount: value };
    note(notes, path, 'amount', 'number.invalid', value);
    return {};
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (typeof value === 'string' && isNothing(text)) return {};
  const m = MONEY.exec(text);
  if (!m) {
    note(notes, path, 'amount', 'number.invalid', value);
    return {};
  }
  const unit = m[1] ?? m[3];
  let amount = Number(m[2]!.replace(/,/g, ''));
  if (unit === 'p') amount /= 100;
  note(notes, path, 'amount', 'number.fromText', text, { number: amount });
  const currency = unit === undefined ? undefined : SYMBOL_CURRENCY[unit] ?? unit.toUpperCase();
  return currency === undefined ? { amount } : { amount, currency };
}

export function readCostOption(record: FeedRecord, notes: Notes, path: string): CostOptionView | undefined {
  const cost: CostOptionView = {};
  const id = readId(field(record, 'id'));
  if (id !== undefined) cost.id = id;
  const option = readPlainText(field(record, 'option'), notes, path, 'option');
  if (option !== undefined) cost.option = option;
  const description = readPlainText(field(record, 'amount_description'), notes, path, 'amount_description');
  if (description !== undefined) cost.description = description;
  const { amount, currency: fromAmount } = readAmount(field(record, 'amount'), notes, path);
  if (amount !== undefined) cost.amount = amount;
  const rawCurrency = readText(field(record, 'currency'), notes, path, 'currency');
  let currency = fromAmount;
  if (rawCurrency !== undefined) {
    if (/^[a-z]{3}$/i.test(rawCurrency)) currency = rawCurrency.toUpperCase();
    else note(notes, path, 'currency', 'currency.invalid', rawCurrency);
  }
  if (currency === undefined && amount !== undefined) currency = 'GBP';
  if (currency !== undefined) cost.currency = currency;
  if (option === undefined && description === undefined && amount === undefined) {
    note(notes, path, '', 'item.empty');
    return undefined;
  }
  return cost;
}

export function readServiceArea(record: FeedRecord, notes: Notes, path: string): ServiceAreaView | undefined {
  const name =
    readPlainText(field(record, 'name'), notes, path, 'name') ??
    readPlainText(field(record, 'service_area'), notes, path, 'service_area');
  if (name === undefined) {
    note(notes, path, '', 'item.empty');
    return undefined;
  }
  const id = readId(field(record, 'id'));
  return id === undefined ? { name } : { id, name };
}
