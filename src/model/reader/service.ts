/**
 * One service record, ORUK 3.0 or v1, into a ServiceView. Never throws on
 * field values; what it repairs or drops is noted in `problems`, with paths
 * relative to the service (`schedules.0.opens_at`).
 */
import { CHOICES } from '../fields/generated/choices.js';
import { CHOICE_ALIASES } from '../fields/generated/reader.js';
import type { LocationView, ScheduleView, ServiceStatus, ServiceView } from '../view-model.js';
import { readAgeRange } from './ages.js';
import { readDate, readDateTime } from './dates.js';
import { readEmail } from './email.js';
import { isJson, type Json } from '../json.js';
import { field, names } from './fields.js';
import { descriptionAsHtml, htmlToText, summarize } from './html-text.js';
import { readLocation } from './location.js';
import { collect, note } from './notes.js';
import { readPhones } from './phone.js';
import { readHolidaySchedule, readSchedule } from './schedule.js';
import { readContact, readCostOption, readLanguages, readOrganization, readServiceArea } from './service-parts.js';
import { readServiceTerms } from './taxonomy.js';
import { readUrl } from './url.js';
import { noteId, put, readFields, readId, readList, readPlainText, readText } from './values.js';

/** The statuses of ORUK 3.0, in the official order (the field registry's). */
const STATUSES: readonly ServiceStatus[] = CHOICES['service.status'];
/** Status words feeds use (each status, and the registry's aliases), by the status they mean. */
const STATUS_WORDS = new Map<string, ServiceStatus>(STATUSES.map((status) => [status, status]));
for (const [word, at] of Object.entries(CHOICE_ALIASES['service.status']!)) STATUS_WORDS.set(word, STATUSES[at]!);

function readStatus(record: Json): ServiceStatus {
  const text = readText(field(record, 'status'), '', 'status');
  const status = text && STATUS_WORDS.get(text.toLowerCase().replace(/\s+/g, ' '));
  if (text === undefined) note('', 'status', 'status.missing');
  else if (!status) note('', 'status', 'status.unknown', text, { options: STATUSES.join('|') });
  else if (status !== text) note('', 'status', 'status.mapped', text, { status });
  return status || 'active';
}

/** Adds the schedules kept on a service, a service_at_location or a location (HSDS 3.0 and v1 allow all three). */
function readSchedules(
  owner: Json,
  path: string,
  into: ScheduleView[],
  locationOf: (schedule: Json, list: string) => string | undefined,
): ScheduleView[] {
  for (const name of [...names('service.schedules'), 'holiday_schedules']) {
    const read = name === 'holiday_schedules' ? readHolidaySchedule : readSchedule;
    into.push(...readList(field(owner, name), path, name, (s, p) => read(s, p, locationOf(s, name))));
  }
  return into;
}

/** Reads a service record (already known to be an object). Returns undefined when it has neither id nor name. */
export function readServiceRecord(record: Json): ServiceView | undefined {
  return collect((problems) => readRecord(record, problems));
}

function readRecord(record: Json, problems: ServiceView['problems']): ServiceView | undefined {
  const id = readId(field(record, 'id'));
  const name = readPlainText(field(record, 'name'), '', 'name');
  if (id === undefined && name === undefined) return undefined;
  noteId(id, '');
  if (name === undefined) note('', 'name', 'service.noName');

  // Locations through `service_at_locations` (both versions), with any schedules kept on them.
  const locations: LocationView[] = [];
  const placeSchedules: ScheduleView[] = [];
  /** service_at_location id → location id, for schedules that name the former. */
  const salToLocation = new Map<string, string>();
  readList(field(record, 'service_at_locations'), '', 'service_at_locations', (sal, path) => {
    const place = field(sal, 'location');
    if (!isJson(place)) {
      note(path, 'location', place === undefined ? 'value.missing' : 'item.notRecord');
      return;
    }
    const location = readLocation(place, `${path}.location`);
    if (!location) return;
    locations.push(location);
    const salId = readId(field(sal, 'id'));
    if (salId !== undefined && location.id !== undefined) salToLocation.set(salId, location.id);
    readSchedules(sal, path, placeSchedules, () => location.id);
    readSchedules(place, `${path}.location`, placeSchedules, () => location.id);
  });

  const view: ServiceView = {
    id: id ?? '',
    name: name ?? '',
    status: readStatus(record),
    contacts: readList(field(record, 'contacts'), '', 'contacts', readContact),
    phones: readPhones(field(record, 'phones'), '', 'phones'),
    locations,
    // The service's own schedules, then those kept on its places.
    schedules: readSchedules(record, '', [], (s, list) => {
      if (list !== 'schedules') return undefined; // v1's regular and holiday lists name no place
      const salId = readId(field(s, 'service_at_location_id'));
      return salId === undefined ? readId(field(s, 'location_id')) : salToLocation.get(salId);
    }).concat(placeSchedules),
    costOptions: readList(field(record, 'cost_options'), '', 'cost_options', readCostOption),
    languages: readLanguages(record),
    serviceAreas: readList(field(record, 'service_areas'), '', 'service_areas', readServiceArea),
    taxonomyTerms: readServiceTerms(record),
    problems,
  };
  const description = readText(field(record, 'description'), '', 'description');
  if (description !== undefined) {
    view.descriptionHtml = descriptionAsHtml(description);
    const text = htmlToText(description);
    if (text !== '') view.summary = summarize(text);
  }
  readFields(view, record, '', [
    ['url', readUrl, 'url'],
    ['email', readEmail, 'email'],
    ['alert', readPlainText, 'alert'],
    ['fees', readPlainText, ...names('service.fees')],
    ['lastModified', readDateTime, 'last_modified'],
    ['assuredDate', readDate, 'assured_date'],
  ]);
  put(view, 'organization', readOrganization(record));
  Object.assign(view, readAgeRange(record));
  return view;
}
