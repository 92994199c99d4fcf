import { optNumber, optText, optUri, optUuid, uuid, z } from './fields.js';

/**
 * ORUK 3.0 schedule.json. The dates (valid_from, valid_to, dtstart) and times
 * (opens_at, closes_at) have NO `format` in the official schema, so any string
 * passes here; checkService adds the editor's date and 24-hour time rules.
 */
export const scheduleSchema = z.looseObject({
  id: uuid(),
  service_id: optUuid(),
  service_at_location_id: optUuid(),
  valid_from: optText(),
  valid_to: optText(),
  dtstart: optText(),
  freq: z.optional(z.enum(['WEEKLY', 'MONTHLY'])),
  interval: optNumber(),
  byday: optText(),
  bymonthday: optText(),
  description: optText(),
  opens_at: optText(),
  closes_at: optText(),
  schedule_link: optUri(),
  attending_type: optText(),
  notes: optText(),
});
export type Schedule = z.infer<typeof scheduleSchema>;
