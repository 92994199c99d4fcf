/**
 * One service record, ORUK 3.0 or v1, into a ServiceView. Never throws on
 * field values; what it repairs or drops is noted in `problems`, with paths
 * relative to the service (`schedules.0.opens_at`).
 */
import type { LocationView, ScheduleView, ServiceStatus, ServiceView } from '../view-model.js';
import { readAgeRange } from './ages.js';
import { readDate, readDateTime } from './dates.js';
import { readEmail } from './email.js';
import { field, isRecord, type FeedRecord } from './fields.js';
import { descriptionAsHtml, htmlToText, summarize } from './html-text.js';
import { readLocation } from './location.js';
import { note, type Notes } from './notes.js';
import { readPhones } from './phone.js';
import { readHolidaySchedule, readSchedule } from './schedule.js';
import { readContact, readCostOption, readLanguages, readOrganization, readServiceArea } from './service-parts.js';
import { readServiceTerms } from './taxonomy.js';
import { readUrl } from './url.js';
import { isUuid, readId, readList, readPlainText, readText } from './values.js';

const STATUS_WORDS: Record<string, ServiceStatus> = {
  active: 'active',
  open: 'active',
  live: 'active',
  published: 'active',
  inactive: 'inactive',
  closed: 'inactive',
  suspended: 'inactive',
  withdrawn: 'inactive',
  archived: 'inactive',
  deleted: 'defunct',
  defunct: 'defunct',
  'temporarily closed': 'temporarily closed',
  'temporarily_closed': 'temporarily closed',
  'temporarily-closed': 'temporarily closed',
  temporarilyclosed: 'temporarily closed',
};

function readStatus(record: FeedRecord, notes: Notes): ServiceStatus {
  const text = readText(field(record, 'status'), notes, '', 'status');
  if (text === undefined) {
    note(notes, '', 'status', 'status.missing');
    return 'active';
  }
  const status = STATUS_WORDS[text.toLowerCase().replace(/\s+/g, ' ')];
  if (status === undefined) {
    note(notes, '', 'status', 'status.unknown', text);
    return 'active';
  }
  if (status !== text) note(notes, '', 'status', 'status.mapped', text, { status });
  return status;
}

interface Places {
  locations: LocationView[];
  schedules: ScheduleView[];
  /** service_at_location id → location id, for schedules that name the former. */
  salToLocation: Map<string, string> | undefined;
}

const SCHEDULE_LISTS = ['schedules', 'regular_schedules'] as const;

/** Schedules kept on a service_at_location or a location (HSDS 3.0 and v1 allow both). */
function readPlaceSchedules(owner: FeedRecord, ownerPath: string, notes: Notes, into: ScheduleView[], locationId?: string): void {
  for (const name of SCHEDULE_LISTS) {
    const list = field(owner, name);
    if (list !== undefined) into.push(...readList(list, notes, ownerPath, name, (s, p) => readSchedule(s, notes, p, locationId)));
  }
  const holidays = field(owner, 'holiday_schedules');
  if (holidays !== undefined) {
    into.push(
      ...readList(holidays, notes, ownerPath, 'holiday_schedules', (s, p) => readHolidaySchedule(s, notes, p, locationId)),
    );
  }
}

/** Locations through `service_at_locations` (both versions), with any schedules kept on them. */
function readPlaces(service: FeedRecord, notes: Notes): Places {
  const places: Places = { locations: [], schedules: [], salToLocation: undefined };
  const sals = field(service, 'service_at_locations');
  if (sals === undefined) return places;
  readList(sals, notes, '', 'service_at_locations', (sal, path) => {
    const record = field(sal, 'location');
    if (!isRecord(record)) {
      note(notes, path, 'location', record === undefined ? 'value.missing' : 'item.notRecord');
      return undefined;
    }
    const location = readLocation(record, notes, `${path}.location`);
    if (!location) return undefined;
    places.locations.push(location);
    const salId = readId(field(sal, 'id'));
    if (salId !== undefined && location.id !== undefined) {
      (places.salToLocation ??= new Map()).set(salId, location.id);
    }
    readPlaceSchedules(sal, path, notes, places.schedules, location.id);
    readPlaceSchedules(record, `${path}.location`, notes, places.schedules, location.id);
    return location;
  });
  return places;
}

function readServiceSchedules(service: FeedRecord, notes: Notes, places: Places): ScheduleView[] {
  const out: ScheduleView[] = [];
  const schedules = field(service, 'schedules');
  if (schedules !== undefined) {
    out.push(
      ...readList(schedules, notes, '', 'schedules', (s, path) => {
        const salId = readId(field(s, 'service_at_location_id'));
        const locationId = salId === undefined ? readId(field(s, 'location_id')) : places.salToLocation?.get(salId);
        return readSchedule(s, notes, path, locationId);
      }),
    );
  }
  const regular = field(service, 'regular_schedules');
  if (regular !== undefined) {
    out.push(...readList(regular, notes, '', 'regular_schedules', (s, path) => readSchedule(s, notes, path)));
  }
  const holidays = field(service, 'holiday_schedules');
  if (holidays !== undefined) {
    out.push(...readList(holidays, notes, '', 'holiday_schedules', (s, path) => readHolidaySchedule(s, notes, path)));
  }
  if (places.schedules.length > 0) out.push(...places.schedules);
  return out;
}

/** Sets an optional field only when there is a value, so absent fields stay absent. */
function put<K extends keyof ServiceView>(view: ServiceView, key: K, value: ServiceView[K] | undefined): void {
  if (value !== undefined) view[key] = value;
}

/** Reads a service record (already known to be an object). Returns undefined when it has neither id nor name. */
export function readServiceRecord(record: FeedRecord): ServiceView | undefined {
  const problems: Notes = [];
  const id = readId(field(record, 'id'));
  const name = readPlainText(field(record, 'name'), problems, '', 'name');
  if (id === undefined && name === undefined) return undefined;
  if (id === undefined) note(problems, '', 'id', 'id.missing');
  else if (!isUuid(id)) note(problems, '', 'id', 'id.notUuid', id);
  if (name === undefined) note(problems, '', 'name', 'service.noName');

  const places = readPlaces(record, problems);
  const view: ServiceView = {
    id: id ?? '',
    name: name ?? '',
    status: readStatus(record, problems),
    contacts: readList(field(record, 'contacts'), problems, '', 'contacts', (c, p) => readContact(c, problems, p)),
    phones: readPhones(field(record, 'phones'), problems, '', 'phones'),
    locations: places.locations,
    schedules: readServiceSchedules(record, problems, places),
    costOptions: readList(field(record, 'cost_options'), problems, '', 'cost_options', (c, p) =>
      readCostOption(c, problems, p),
    ),
    languages: readLanguages(record, problems),
    serviceAreas: readList(field(record, 'service_areas'), problems, '', 'service_areas', (a, p) =>
      readServiceArea(a, problems, p),
    ),
    taxonomyTerms: readServiceTerms(record, problems),
    problems,
  };
  const description = readText(field(record, 'description'), problems, '', 'description');
  if (description !== undefined) {
    view.descriptionHtml = descriptionAsHtml(description);
    const text = htmlToText(description);
    if (text !== '') view.summary = summarize(text);
  }
  put(view, 'url', readUrl(field(record, 'url'), problems, '', 'url'));
  put(view, 'email', readEmail(field(record, 'email'), problems, '', 'email'));
  put(view, 'alert', readPlainText(field(record, 'alert'), problems, '', 'alert'));
  put(view, 'fees', readPlainText(field(record, 'fees') ?? field(record, 'fees_description'), problems, '', 'fees'));
  put(view, 'lastModified', readDateTime(field(record, 'last_modified'), problems, '', 'last_modified'));
  put(view, 'assuredDate', readDate(field(record, 'assured_date'), problems, '', 'assured_date'));
  put(view, 'organization', readOrganization(record, problems));
  const ages = readAgeRange(record, problems);
  put(view, 'minimumAge', ages.minimumAge);
  put(view, 'maximumAge', ages.maximumAge);
  return view;
}
