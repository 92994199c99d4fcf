/**
 * Opening times and days. Times become "HH:MM" (24-hour) from "10:00:00",
 * "10:00:00Z", "1000", "10am", "10.30 pm", "noon"; days become RFC 5545 codes
 * from "MO,TH", "Monday", "mon-fri", "weekdays" or numbers (1 = Monday).
 */
import type { DayCode } from '../view-model.js';
import { isNothing } from './values.js';
import { note } from './notes.js';

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const LOOSE_CLOCK = /^(\d{1,2})(?:[.:h](\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)?$/i;
const FOUR_DIGITS = /^(\d{2})(\d{2})$/;

function hhmm(h: number, m: number): string | undefined {
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return undefined;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

export function readTime(value: unknown, base: string, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 2400)
    text = String(value as number).padStart(4, '0');
  else {
    note(base, name, 'time.invalid', value);
    return undefined;
  }
  if (isNothing(text)) return undefined;
  const clock = CLOCK.exec(text);
  const lower = text.toLowerCase();
  // "1000", or "10.30", "10h30", "10am", "10.30 p.m." (a bare "10" is not a time).
  const loose = FOUR_DIGITS.exec(text) ?? LOOSE_CLOCK.exec(text);
  let time: string | undefined;
  if (clock) time = hhmm(Number(clock[1]), Number(clock[2]));
  else if (lower === 'noon' || lower === 'midday') time = '12:00';
  else if (lower === 'midnight') time = '00:00';
  else if (loose && (loose[2] !== undefined || loose[3] !== undefined)) {
    const h = Number(loose[1]);
    const half = loose[3]?.[0]?.toLowerCase();
    // With am/pm the hour is 1 to 12.
    if (!half) time = hhmm(h, Number(loose[2] ?? 0));
    else if (h >= 1 && h <= 12) time = hhmm((h % 12) + (half === 'p' ? 12 : 0), Number(loose[2] ?? 0));
  }
  if (time === undefined) note(base, name, 'time.invalid', text);
  else if (!clock) note(base, name, 'time.repaired', text, { time });
  return time;
}

const WEEK = 'MO TU WE TH FR SA SU'.split(' ') as readonly DayCode[];

/** Words for several days (the lists are only read, never changed). */
const DAY_WORDS = new Map<string, readonly DayCode[]>();
for (const [words, days] of [
  ['weekdays weekday', WEEK.slice(0, 5)],
  ['weekends weekend', WEEK.slice(5)],
  ['daily everyday', WEEK],
] as const) {
  for (const word of words.split(' ')) DAY_WORDS.set(word, days);
}

/** Each day's code (lower case) and names, in week order; a name with an s added means the same day. */
const DAY_NAMES = new Map<string, DayCode>();
'mon monday|tue tues tuesday|wed weds wednesday|thu thur thurs thursday|fri friday|sat saturday|sun sunday'
  .split('|')
  .forEach((names, i) => {
    const code = WEEK[i]!;
    DAY_NAMES.set(code.toLowerCase(), code);
    for (const name of names.split(' ')) DAY_NAMES.set(name, code).set(`${name}s`, code);
  });

/** One day: a code, a name, or a number (1-7 from Monday, 0 = Sunday). Ordinals like "1MO" keep the day. */
function dayOf(token: string): DayCode | undefined {
  if (/^[0-7]$/.test(token)) return WEEK[(Number(token) + 6) % 7];
  return DAY_NAMES.get(token.replace(/^[+-]?\d+(?=[a-z])/, '').replace(/\.$/, ''));
}

function daysOfToken(token: string): readonly DayCode[] | undefined {
  const word = DAY_WORDS.get(token);
  if (word) return word;
  const range = token.split('-');
  if (range.length === 2 && range[0] && range[1]) {
    const from = dayOf(range[0]);
    const to = dayOf(range[1]);
    if (!from || !to) return undefined;
    const out: DayCode[] = [];
    for (let i = WEEK.indexOf(from); ; i = (i + 1) % 7) {
      out.push(WEEK[i]!);
      if (WEEK[i] === to) break;
    }
    return out;
  }
  const day = dayOf(token);
  return day ? [day] : undefined;
}

const DAY_CODES = /^(?:mo|tu|we|th|fr|sa|su)(?:,(?:mo|tu|we|th|fr|sa|su))*$/;

/** Days in week order, without repeats; unreadable parts are noted and skipped. */
export function readDays(value: unknown, base: string, name: string): DayCode[] {
  if (value === undefined || value === null) return [];
  const parts = Array.isArray(value) ? value : [value];
  const found = new Set<DayCode>();
  for (const part of parts) {
    const text =
      typeof part === 'number' ? String(part) : typeof part === 'string' ? part.trim().toLowerCase() : undefined;
    if (text === undefined) {
      note(base, name, 'day.invalid', part);
      continue;
    }
    if (isNothing(text)) continue;
    if (DAY_CODES.test(text)) {
      // The common, correct shape ("mo,th"): no need for the general parser.
      for (let i = 0; i < text.length; i += 3) found.add(DAY_NAMES.get(text.slice(i, i + 2))!);
      continue;
    }
    const tokens = text
      .replace(/\bevery\s*day\b|\b7 days\b/g, 'daily')
      .replace(/\s*(?:-|–|—|\bto\b|\buntil\b)\s*/g, '-')
      .split(/[\s,;/&+]+|\band\b/)
      .filter((t) => t !== '');
    for (const token of tokens) {
      const days = daysOfToken(token);
      if (days) for (const day of days) found.add(day);
      else note(base, name, 'day.invalid', token);
    }
  }
  return WEEK.filter((day) => found.has(day));
}
