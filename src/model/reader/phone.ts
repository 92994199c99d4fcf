/**
 * Phone numbers from feeds. The text is kept for display ("Call 01632 960001
 * (option 2)"); `tel` holds only the dialable number, in +44 form for UK
 * numbers, and is left out when there is nothing to dial ("Ask at reception").
 */
import type { PhoneView } from '../view-model.js';
import { isJson, type Json } from '../json.js';
import { field, names } from './fields.js';
import { note } from './notes.js';
import { readFields, readId, readPlainText, readText } from './values.js';

// A run of digits with the separators people type between them, starting with + or a digit.
const DIALABLE = /(?:\+|\b)\d[\d\s\-().\u00a0]*\d|\b\d{3}\b/;
const HAS_LETTERS = /[a-z]{2,}/i;

/** The `tel:` target for a number as people write it, or undefined when it has fewer than 3 digits. */
export function dialable(text: string): string | undefined {
  const match = DIALABLE.exec(text);
  if (!match) return undefined;
  const run = match[0].replace(/\(0\)/g, '');
  const plus = run.startsWith('+');
  const digits = run.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  if (plus) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  // UK national numbers: 0 and 9 or 10 more digits become +44 without the 0.
  if (digits.startsWith('0') && (digits.length === 10 || digits.length === 11)) return `+44${digits.slice(1)}`;
  if (digits.startsWith('44') && digits.length === 12) return `+${digits}`;
  return digits;
}

export function readPhone(value: unknown, path: string): PhoneView | undefined {
  const record: Json = isJson(value) ? value : { number: value };
  const number = readPlainText(field(record, ...names('phone.number')), path, 'number');
  if (number === undefined) {
    note(path, 'number', 'value.missing');
    return undefined;
  }
  const phone = readFields<PhoneView>({ number }, record, path, [
    ['id', readId, 'id'],
    ['description', readPlainText, 'description'],
  ]);
  let tel = dialable(number);
  const extension = readText(field(record, 'extension'), path, 'extension');
  if (extension !== undefined && /^\d{1,8}$/.test(extension)) {
    phone.number = `${number} ext. ${extension}`;
    if (tel !== undefined) tel = `${tel};ext=${extension}`;
  }
  if (tel === undefined) note(path, 'number', 'phone.noDigits', number);
  else {
    phone.tel = tel;
    if (HAS_LETTERS.test(number)) note(path, 'number', 'phone.words', number, { tel });
  }
  return phone;
}

/** A list of phones; plain strings are read as numbers. */
export function readPhones(value: unknown, base: string, name: string): PhoneView[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const out: PhoneView[] = [];
  const path = base === '' ? name : `${base}.${name}`;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (item === null || item === undefined) continue;
    if (!isJson(item) && typeof item !== 'string' && typeof item !== 'number') {
      note(path, i, 'item.notRecord');
      continue;
    }
    const phone = readPhone(item, Array.isArray(value) ? `${path}.${i}` : path);
    if (phone) out.push(phone);
  }
  return out;
}
