/**
 * Dates and date-times from feeds. Date-times become ISO 8601 in UTC with a
 * `Z`; a value with no zone is read as UTC (and noted). Dates become
 * `YYYY-MM-DD`, and must be real calendar dates.
 */
import { isNothing } from './values.js';
import { note, type Notes } from './notes.js';

const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UK_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTNET_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

function validParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h <= 23 && mi <= 59 && s <= 60;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoDate(y: number, mo: number, d: number): string {
  return `${y}-${pad(mo)}-${pad(d)}`;
}

function fromEpoch(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** An ISO date-time in UTC, from ISO text (with or without zone), UK `DD/MM/YYYY`, .NET `/Date(ms)/` or epoch numbers. */
export function readDateTime(value: unknown, notes: Notes, base: string, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    // Seconds or milliseconds since 1970: anything below 1e11 is seconds.
    const iso = Number.isFinite(value) ? fromEpoch(Math.abs(value) < 1e11 ? value * 1000 : value) : undefined;
    if (iso === undefined) note(notes, base, name, 'dateTime.invalid', value);
    return iso;
  }
  if (typeof value !== 'string') {
    note(notes, base, name, 'dateTime.invalid', value);
    return undefined;
  }
  const text = value.trim();
  if (isNothing(text)) return undefined;
  // The common, correct shape passes straight through when it is a real instant.
  if (
    CANONICAL.test(text) &&
    validParts(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10), +text.slice(11, 13), +text.slice(14, 16), +text.slice(17, 19)) &&
    text.charCodeAt(17) !== 54 /* no leap second "60" in output */
  ) {
    return text;
  }
  const iso = parseDateTime(text, notes, base, name);
  if (iso === undefined) note(notes, base, name, 'dateTime.invalid', text);
  return iso;
}

function parseDateTime(text: string, notes: Notes, base: string, name: string): string | undefined {
  const m = DATE_TIME.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
    if (!validParts(y, mo, d, h, mi, s)) return undefined;
    const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    let utc = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
    const zone = m[8];
    if (m[4] === undefined) {
      note(notes, base, name, 'dateTime.dateOnly', text);
    } else if (zone === undefined) {
      note(notes, base, name, 'dateTime.noZone', text);
    } else if (zone.toUpperCase() !== 'Z') {
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
      utc -= sign * offset * 60_000;
    }
    return fromEpoch(utc);
  }
  const uk = UK_DATE.exec(text);
  if (uk) {
    const [d, mo, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
    const [h, mi, s] = [Number(uk[4] ?? 0), Number(uk[5] ?? 0), Number(uk[6] ?? 0)];
    if (!validParts(y, mo, d, h, mi, s)) return undefined;
    note(notes, base, name, uk[4] === undefined ? 'dateTime.dateOnly' : 'dateTime.noZone', text);
    return fromEpoch(Date.UTC(y, mo - 1, d, h, mi, s));
  }
  const dotnet = DOTNET_DATE.exec(text);
  if (dotnet) return fromEpoch(Number(dotnet[1]));
  return undefined;
}

/** A calendar date `YYYY-MM-DD`, from a date, a date-time (its date part) or UK `DD/MM/YYYY`. */
export function readDate(value: unknown, notes: Notes, base: string, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    note(notes, base, name, 'date.invalid', value);
    return undefined;
  }
  const text = value.trim();
  if (isNothing(text)) return undefined;
  const m = DATE_TIME.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validParts(y, mo, d)) {
      const date = isoDate(y, mo, d);
      if (date !== text) note(notes, base, name, 'date.repaired', text, { date });
      return date;
    }
  }
  const uk = UK_DATE.exec(text);
  if (uk) {
    const [d, mo, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
    if (validParts(y, mo, d)) {
      const date = isoDate(y, mo, d);
      note(notes, base, name, 'date.repaired', text, { date });
      return date;
    }
  }
  note(notes, base, name, 'date.invalid', text);
  return undefined;
}
