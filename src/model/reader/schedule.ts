/**
 * Opening times: ORUK 3.0 `schedules`, v1 `regular_schedules` (one weekday
 * each, by name or number) and v1 `holiday_schedules` (closures and special
 * hours between two dates).
 */
import type { ScheduleView } from '../view-model.js';
import { field, type FeedRecord } from './fields.js';
import { readDate } from './dates.js';
import { note, type Notes } from './notes.js';
import { readDays, readTime } from './times.js';
import { readId, readPlainText, readText } from './values.js';

function readFreq(record: FeedRecord, notes: Notes, path: string): ScheduleView['freq'] {
  const freq = readText(field(record, 'freq'), notes, path, 'freq');
  if (freq === undefined) return undefined;
  const upper = freq.toUpperCase();
  if (upper === 'WEEKLY' || upper === 'MONTHLY') return upper;
  note(notes, path, 'freq', 'freq.invalid', freq);
  return undefined;
}

function isEmpty(s: ScheduleView): boolean {
  return (
    s.days.length === 0 &&
    s.opensAt === undefined &&
    s.closesAt === undefined &&
    s.description === undefined &&
    s.notes === undefined &&
    s.validFrom === undefined &&
    s.validTo === undefined &&
    s.closed === undefined
  );
}

function setIf<K extends keyof ScheduleView>(view: ScheduleView, key: K, value: ScheduleView[K] | undefined): void {
  if (value !== undefined) view[key] = value;
}

/** A regular schedule, ORUK 3.0 or v1. `locationId` ties it to a location when it came from one. */
export function readSchedule(record: FeedRecord, notes: Notes, path: string, locationId?: string): ScheduleView | undefined {
  const view: ScheduleView = { days: [] };
  setIf(view, 'id', readId(field(record, 'id')));
  setIf(view, 'freq', readFreq(record, notes, path));
  const byday = field(record, 'byday') ?? field(record, 'by_day'); // by_day also finds "byDay"
  if (byday !== undefined) view.days = readDays(byday, notes, path, 'byday');
  else {
    // v1 regular_schedules name one weekday; some profiles call it `day`.
    const weekday = field(record, 'weekday');
    if (weekday !== undefined) view.days = readDays(weekday, notes, path, 'weekday');
    else view.days = readDays(field(record, 'day'), notes, path, 'day');
  }
  setIf(view, 'opensAt', readTime(field(record, 'opens_at'), notes, path, 'opens_at'));
  setIf(view, 'closesAt', readTime(field(record, 'closes_at'), notes, path, 'closes_at'));
  setIf(view, 'validFrom', readDate(field(record, 'valid_from') ?? field(record, 'dtstart'), notes, path, 'valid_from'));
  setIf(view, 'validTo', readDate(field(record, 'valid_to') ?? field(record, 'until'), notes, path, 'valid_to'));
  setIf(view, 'description', readPlainText(field(record, 'description'), notes, path, 'description'));
  setIf(view, 'notes', readPlainText(field(record, 'notes'), notes, path, 'notes'));
  setIf(view, 'locationId', locationId);
  if (isEmpty(view)) {
    note(notes, path, '', 'item.empty');
    return undefined;
  }
  return view;
}

/** A v1 holiday schedule: closed (or open at other hours) from start_date to end_date. */
export function readHolidaySchedule(record: FeedRecord, notes: Notes, path: string, locationId?: string): ScheduleView | undefined {
  const view: ScheduleView = { days: [] };
  setIf(view, 'id', readId(field(record, 'id')));
  const closed = field(record, 'closed');
  if (closed === true || closed === 'true' || closed === 1) view.closed = true;
  else if (closed === false || closed === 'false' || closed === 0) view.closed = false;
  setIf(view, 'opensAt', readTime(field(record, 'opens_at'), notes, path, 'opens_at'));
  setIf(view, 'closesAt', readTime(field(record, 'closes_at'), notes, path, 'closes_at'));
  setIf(view, 'validFrom', readDate(field(record, 'start_date'), notes, path, 'start_date'));
  setIf(view, 'validTo', readDate(field(record, 'end_date'), notes, path, 'end_date'));
  setIf(view, 'description', readPlainText(field(record, 'description'), notes, path, 'description'));
  setIf(view, 'locationId', locationId);
  if (view.validFrom === undefined && view.validTo === undefined) {
    note(notes, path, '', 'item.empty');
    return undefined;
  }
  return view;
}
