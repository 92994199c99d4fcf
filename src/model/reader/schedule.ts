/**
 * Opening times: ORUK 3.0 `schedules`, v1 `regular_schedules` (one weekday
 * each, by name or number) and v1 `holiday_schedules` (closures and special
 * hours between two dates).
 */
import type { ScheduleView } from '../view-model.js';
import type { Json } from '../json.js';
import { field, nameIn, names } from './fields.js';
import { readDate } from './dates.js';
import { empty, note } from './notes.js';
import { readDays, readTime } from './times.js';
import { put, readFields, readId, readPlainText, readText } from './values.js';

function readFreq(value: unknown, path: string, name: string): ScheduleView['freq'] {
  const freq = readText(value, path, name);
  const upper = freq?.toUpperCase();
  if (upper === undefined || upper === 'WEEKLY' || upper === 'MONTHLY') return upper;
  note(path, name, 'freq.invalid', freq);
  return undefined;
}

/** A regular schedule, ORUK 3.0 or v1. `locationId` ties it to a location when it came from one. */
export function readSchedule(record: Json, path: string, locationId?: string): ScheduleView | undefined {
  const view = readFields<ScheduleView>({ days: [] }, record, path, [
    ['id', readId, 'id'],
    ['freq', readFreq, 'freq'],
  ]);
  // byday or one of the registry's other names for it (v1 regular_schedules name one weekday). An alias
  // that only splits the name (by_day, which also finds "byDay") is the field itself in problems.
  const dayField = nameIn(record, 'schedule.byday');
  view.days = readDays(field(record, dayField), path, dayField.replace(/_/g, '') === 'byday' ? 'byday' : dayField);
  readFields(view, record, path, [
    ['opensAt', readTime, 'opens_at'],
    ['closesAt', readTime, 'closes_at'],
    ['validFrom', readDate, ...names('schedule.valid_from')],
    ['validTo', readDate, ...names('schedule.valid_to')],
    ['description', readPlainText, 'description'],
    ['notes', readPlainText, 'notes'],
  ]);
  put(view, 'locationId', locationId);
  // Kept when it says when: days, times, dates or words (an id, freq or place alone say nothing).
  return view.days.length > 0 ||
    Object.keys(view).some((key) => key !== 'days' && key !== 'id' && key !== 'freq' && key !== 'locationId')
    ? view
    : empty(path);
}

/** A v1 holiday schedule: closed (or open at other hours) from start_date to end_date. */
export function readHolidaySchedule(record: Json, path: string, locationId?: string): ScheduleView | undefined {
  const view: ScheduleView = { days: [] };
  put(view, 'id', readId(field(record, 'id')));
  const closed = field(record, 'closed');
  if (closed === true || closed === 'true' || closed === 1) view.closed = true;
  else if (closed === false || closed === 'false' || closed === 0) view.closed = false;
  readFields(view, record, path, [
    ['opensAt', readTime, 'opens_at'],
    ['closesAt', readTime, 'closes_at'],
    ['validFrom', readDate, 'start_date'],
    ['validTo', readDate, 'end_date'],
    ['description', readPlainText, 'description'],
  ]);
  put(view, 'locationId', locationId);
  return view.validFrom || view.validTo ? view : empty(path);
}
