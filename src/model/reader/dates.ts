/**
 * Dates and date-times from feeds. Date-times become ISO 8601 in UTC with a
 * `Z`; a value with no zone is read as UTC (and noted). Dates become
 * `YYYY-MM-DD`, and must be real calendar dates.
 */
import { isNothing } from './values.js';
import { note } from './notes.js';

const CLOCK = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]${CLOCK})?$`, 'i');
const UK = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTNET_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

interface Parts {
  /** Year, month, day, hours, minutes, seconds (missing time parts are 0). */
  n: number[];
  /** The match: [4] is the hour (undefined when there was no time), [7] a fraction, [8] the zone (ISO only). */
  m: RegExpExecArray;
  uk: boolean;
}

/** The parts of ISO or UK (`DD/MM/YYYY`) text, when they make a real date (and, with `withTime`, a real time). */
function partsOf(text: string, withTime: boolean): Parts | undefined {
  const iso = ISO.exec(text);
  const m = iso ?? UK.exec(text);
  if (!m) return undefined;
  const n = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  if (!iso) [n[0], n[2]] = [n[2]!, n[0]!]; // UK order is day, month, year
  const [y, mo, d, h, mi, s] = n as [number, number, number, number, number, number];
  const days =
    mo === 2
      ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
        ? 29
        : 28
      : mo === 4 || mo === 6 || mo === 9 || mo === 11
        ? 30
        : 31;
  const valid = mo >= 1 && mo <= 12 && d >= 1 && d <= days && (!withTime || (h <= 23 && mi <= 59 && s <= 60));
  return valid ? { n, m, uk: !iso } : undefined;
}

function fromEpoch(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Notes a value that is not text; returns the trimmed text, or undefined when missing or not text. */
function textOf(
  value: unknown,
  base: string,
  name: string,
  key: 'dateTime.invalid' | 'date.invalid',
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    note(base, name, key, value);
    return undefined;
  }
  const text = value.trim();
  return isNothing(text) ? undefined : text;
}

/**
 * An ISO date-time in UTC, from ISO text (with or without zone), UK `DD/MM/YYYY`,
 * .NET `/Date(ms)/` or epoch numbers.
 */
export function readDateTime(value: unknown, base: string, name: string): string | undefined {
  let iso: string | undefined;
  if (typeof value === 'number') {
    // Seconds or milliseconds since 1970: anything below 1e11 is seconds.
    iso = Number.isFinite(value) ? fromEpoch(Math.abs(value) < 1e11 ? value * 1000 : value) : undefined;
  } else {
    const text = textOf(value, base, name, 'dateTime.invalid');
    if (text === undefined) return undefined;
    value = text;
    const parts = partsOf(text, true);
    const dotnet = DOTNET_DATE.exec(text);
    if (parts) {
      const { n, m, uk } = parts;
      const [y, mo, d, h, mi, s] = n as [number, number, number, number, number, number];
      const zone = uk ? undefined : m[8];
      if (m[4] === undefined || zone === undefined)
        note(base, name, m[4] === undefined ? 'dateTime.dateOnly' : 'dateTime.noZone', text);
      let utc = uk
        ? Date.UTC(y, mo - 1, d, h, mi, s)
        : Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0);
      if (zone && zone.toUpperCase() !== 'Z') {
        const digits = zone.slice(1).replace(':', '');
        utc -=
          (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)) * 60_000;
      }
      iso = fromEpoch(utc);
    } else if (dotnet) iso = fromEpoch(Number(dotnet[1]));
  }
  if (iso === undefined) note(base, name, 'dateTime.invalid', value);
  return iso;
}

/** A calendar date `YYYY-MM-DD`, from a date, a date-time (its date part) or UK `DD/MM/YYYY`. */
export function readDate(value: unknown, base: string, name: string): string | undefined {
  const text = textOf(value, base, name, 'date.invalid');
  if (text === undefined) return undefined;
  const parts = partsOf(text, false);
  if (!parts) {
    note(base, name, 'date.invalid', text);
    return undefined;
  }
  const [y, mo, d] = parts.n;
  const date = `${y}-${mo! < 10 ? '0' : ''}${mo}-${d! < 10 ? '0' : ''}${d}`;
  if (date !== text) note(base, name, 'date.repaired', text, { date });
  return date;
}
