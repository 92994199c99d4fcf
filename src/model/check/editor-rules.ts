/**
 * The rules a charity's editor needs on top of the official schema (see
 * docs/data-model.md), as a table: for each entity, a check per field. The
 * record is walked along the schema table, so a rule for addresses applies to
 * every address of every location. Values are read leniently: a value of the
 * wrong type is left alone here, because the schema check already reports it
 * (fields the official schema does not have, such as a contact's email, are
 * checked for text here).
 */
import { problem, problemsFromIssues } from '../messages/from-issues.js';
import type { MessageKey } from '../messages/keys.js';
import { isJson, type Json } from '../json.js';
import type { Problem } from '../problem.js';
import { isDate, isEmail } from '../schema/formats.js';
import { phoneListSchema } from '../schema/entities.js';
import { nestedEntity, properties, type EntityName } from '../schema/table.js';
import { isClockTime, isCurrencyCode, isLanguageCode, isUkPhone, isUkPostcode } from './uk-formats.js';

type Add = (path: string, key: MessageKey, params?: Record<string, string | number>) => void;
/** A field's check: its value, its path, the object holding it. */
type Check = (add: Add, value: unknown, path: string, obj: Json) => void;

const AGE_MIN = 0;
const AGE_MAX = 130;

/**
 * A check of a text field: `key` when `ok` refuses its value. An empty string
 * counts as not set, unless `empty`. Fields the official schema does not have
 * (`extension`) are checked for text here; for the others the schema does that.
 */
const text =
  (ok: (value: string) => boolean, key: MessageKey, empty?: boolean, extension?: boolean): Check =>
  (add, value, path) => {
    if (typeof value === 'string') {
      if ((empty || value !== '') && !ok(value)) add(path, key);
    } else if (extension && value !== undefined) {
      add(path, 'type.string');
    }
  };
const extension = (ok: (value: string) => boolean = () => true, key: MessageKey = 'unknown') =>
  text(ok, key, true, true);

/** Two checks of one field. */
const both =
  (first: Check, second: Check): Check =>
  (...args) => {
    first(...args);
    second(...args);
  };

/**
 * `key` at this field when `other` (the field it follows) and it are both `valid`
 * and `wrong` says they are out of order.
 */
const after =
  <T>(
    other: string,
    valid: (value: unknown) => value is T,
    wrong: (first: T, second: T) => boolean,
    key: MessageKey,
  ): Check =>
  (add, value, path, obj) => {
    if (valid(obj[other]) && valid(value) && wrong(obj[other], value)) add(path, key);
  };

const isDateValue = (v: unknown): v is string => typeof v === 'string' && isDate(v);
const isTimeValue = (v: unknown): v is string => typeof v === 'string' && isClockTime(v);
const isAge = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= AGE_MIN && (v as number) <= AGE_MAX;
/** "09:30" as "09:30:00", so clock times compare as strings. */
const hms = (time: string) => `${time}:00`.slice(0, 8);

const filled = text((v) => v.trim() !== '', 'required', true);
const date = text(isDate, 'date');
const time = text(isClockTime, 'time');
const endDate = both(
  date,
  after('valid_from', isDateValue, (from, to) => to < from, 'date.order'),
);

const age: Check = (add, value, path) => {
  if (typeof value !== 'number') return;
  if (!Number.isInteger(value)) add(path, 'age.whole');
  else if (!isAge(value)) add(path, 'age.range', { min: AGE_MIN, max: AGE_MAX });
};

/** The HSDS `phones[]` extension: each an object with a uuid `id` and a UK `number`. */
const phones: Check = (add, value, path) => {
  if (value === undefined) return;
  const parsed = phoneListSchema.safeParse(value);
  for (const p of parsed.success ? [] : problemsFromIssues(parsed.error.issues, value)) {
    add(p.path === '' ? path : `${path}.${p.path}`, p.key as MessageKey, p.params);
  }
  if (Array.isArray(value)) {
    value.forEach((phone: unknown, i) => {
      if (isJson(phone) && typeof phone.number === 'string' && !isUkPhone(phone.number))
        add(`${path}.${i}.number`, 'phone');
    });
  }
};

/** The checks, by entity and field. */
const RULES: Partial<Record<EntityName, Record<string, Check>>> = {
  service: {
    name: filled,
    assured_date: date,
    minimum_age: both(
      age,
      after('maximum_age', isAge, (max, min) => min > max, 'age.order'),
    ),
    maximum_age: age,
    phones,
  },
  organization: { name: filled },
  schedule: {
    valid_from: date,
    valid_to: endDate,
    dtstart: date,
    opens_at: time,
    // Closing before opening is an overnight session (a night shelter, 20:00 to 08:00); the same time says nothing.
    closes_at: both(
      time,
      after('opens_at', isTimeValue, (opens, closes) => hms(closes) === hms(opens), 'time.same'),
    ),
  },
  location: { phones },
  address: { address_1: filled, city: filled, postal_code: text(isUkPostcode, 'postcode', true) },
  contact: { email: extension(isEmail, 'format.email'), phones },
  language: { name: extension(), note: extension(), code: extension(isLanguageCode, 'language.code') },
  cost_option: { valid_from: date, valid_to: endDate, currency: extension(isCurrencyCode, 'currency') },
};

const join = (prefix: string, key: string | number) => (prefix === '' ? String(key) : `${prefix}.${key}`);

function walk(add: Add, obj: Json, entity: EntityName, path: string): void {
  for (const [key, check] of Object.entries(RULES[entity] ?? {})) check(add, obj[key], join(path, key), obj);
  for (const { name, kind } of properties(entity)) {
    const child = nestedEntity(kind);
    const value = obj[name];
    if (!child) continue;
    if (kind[0] !== '[') {
      if (isJson(value)) walk(add, value, child, join(path, name));
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => isJson(item) && walk(add, item, child, join(path, `${name}.${i}`)));
    }
  }
}

/** Every editor-rule problem in the record (in no particular order). */
export function editorRules(record: unknown): Problem[] {
  const out: Problem[] = [];
  if (isJson(record)) walk((path, key, params) => out.push(problem(path, key, params)), record, 'service', '');
  return out;
}
