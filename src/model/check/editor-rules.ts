/**
 * The rules a charity's editor needs on top of the official schema (see
 * docs/data-model.md). They read the raw record leniently: a value of the
 * wrong type is left alone here, because the schema check already reports it.
 */
import { problem, problemsFromIssues } from '../messages/from-issues.js';
import type { Problem } from '../problem.js';
import { isDate, isEmail } from '../schema/formats.js';
import { phoneListSchema } from '../schema/entities.js';
import { clockSeconds, isClockTime, isCurrencyCode, isLanguageCode, isUkPhone, isUkPostcode } from './uk-formats.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const items = (v: unknown): [number, Obj][] =>
  Array.isArray(v) ? v.flatMap((item, i) => (isObj(item) ? [[i, item] as [number, Obj]] : [])) : [];
const join = (prefix: string, key: string | number) => (prefix === '' ? String(key) : `${prefix}.${key}`);

const AGE_MIN = 0;
const AGE_MAX = 130;

function blank(out: Problem[], obj: Obj, key: string, prefix: string): void {
  const value = obj[key];
  if (typeof value === 'string' && value.trim() === '') out.push(problem(join(prefix, key), 'required'));
}

/** Optional dates: a real calendar date when set (an empty string counts as not set). */
function date(out: Problem[], obj: Obj, key: string, prefix: string): void {
  const value = obj[key];
  if (typeof value === 'string' && value !== '' && !isDate(value)) out.push(problem(join(prefix, key), 'date'));
}

/** End not before start, when both are real dates. */
function dateOrder(out: Problem[], obj: Obj, prefix: string): void {
  const { valid_from: from, valid_to: to } = obj;
  if (typeof from === 'string' && typeof to === 'string' && isDate(from) && isDate(to) && to < from) {
    out.push(problem(join(prefix, 'valid_to'), 'date.order'));
  }
}

function ages(out: Problem[], service: Obj): void {
  const whole: Record<string, number> = {};
  for (const key of ['minimum_age', 'maximum_age']) {
    const value = service[key];
    if (typeof value !== 'number') continue;
    if (!Number.isInteger(value)) out.push(problem(key, 'age.whole'));
    else if (value < AGE_MIN || value > AGE_MAX) out.push(problem(key, 'age.range', { min: AGE_MIN, max: AGE_MAX }));
    else whole[key] = value;
  }
  if (whole.minimum_age !== undefined && whole.maximum_age !== undefined && whole.minimum_age > whole.maximum_age) {
    out.push(problem('minimum_age', 'age.order'));
  }
}

function schedule(out: Problem[], obj: Obj, prefix: string): void {
  for (const key of ['valid_from', 'valid_to', 'dtstart']) date(out, obj, key, prefix);
  dateOrder(out, obj, prefix);
  const times: Record<string, number> = {};
  for (const key of ['opens_at', 'closes_at']) {
    const value = obj[key];
    if (typeof value !== 'string' || value === '') continue;
    if (isClockTime(value)) times[key] = clockSeconds(value);
    else out.push(problem(join(prefix, key), 'time'));
  }
  if (times.opens_at !== undefined && times.closes_at !== undefined && times.closes_at <= times.opens_at) {
    out.push(problem(join(prefix, 'closes_at'), 'time.order'));
  }
}

/** The HSDS `phones[]` extension: each an object with a uuid `id` and a UK `number`. */
function phones(out: Problem[], obj: Obj, prefix: string): void {
  const value = obj.phones;
  if (value === undefined) return;
  const path = join(prefix, 'phones');
  const parsed = phoneListSchema.safeParse(value);
  for (const p of parsed.success ? [] : problemsFromIssues(parsed.error.issues, value)) {
    out.push(problem(p.path === '' ? path : `${path}.${p.path}`, p.key as Parameters<typeof problem>[1], p.params));
  }
  for (const [i, phone] of items(value)) {
    if (typeof phone.number === 'string' && !isUkPhone(phone.number)) out.push(problem(`${path}.${i}.number`, 'phone'));
  }
}

function textField(out: Problem[], obj: Obj, key: string, prefix: string): boolean {
  const value = obj[key];
  if (value === undefined) return false;
  if (typeof value !== 'string') {
    out.push(problem(join(prefix, key), 'type.string'));
    return false;
  }
  return true;
}

/** Every editor-rule problem in the record (in no particular order). */
export function editorRules(record: unknown): Problem[] {
  const out: Problem[] = [];
  if (!isObj(record)) return out;
  blank(out, record, 'name', '');
  date(out, record, 'assured_date', '');
  ages(out, record);
  phones(out, record, '');
  if (isObj(record.organization)) blank(out, record.organization, 'name', 'organization');
  for (const [i, s] of items(record.schedules)) schedule(out, s, `schedules.${i}`);
  for (const [i, sal] of items(record.service_at_locations)) {
    const location = sal.location;
    if (!isObj(location)) continue;
    const prefix = `service_at_locations.${i}.location`;
    phones(out, location, prefix);
    for (const [j, address] of items(location.addresses)) {
      const at = `${prefix}.addresses.${j}`;
      blank(out, address, 'address_1', at);
      blank(out, address, 'city', at);
      if (typeof address.postal_code === 'string' && !isUkPostcode(address.postal_code)) {
        out.push(problem(`${at}.postal_code`, 'postcode'));
      }
    }
  }
  for (const [i, contact] of items(record.contacts)) {
    const at = `contacts.${i}`;
    if (textField(out, contact, 'email', at) && !isEmail(contact.email as string)) out.push(problem(`${at}.email`, 'format.email'));
    phones(out, contact, at);
  }
  for (const [i, language] of items(record.languages)) {
    const at = `languages.${i}`;
    textField(out, language, 'name', at);
    textField(out, language, 'note', at);
    if (textField(out, language, 'code', at) && !isLanguageCode(language.code as string)) out.push(problem(`${at}.code`, 'language.code'));
  }
  for (const [i, cost] of items(record.cost_options)) {
    const at = `cost_options.${i}`;
    date(out, cost, 'valid_from', at);
    date(out, cost, 'valid_to', at);
    dateOrder(out, cost, at);
    if (textField(out, cost, 'currency', at) && !isCurrencyCode(cost.currency as string)) out.push(problem(`${at}.currency`, 'currency'));
  }
  return out;
}
