/** When a service is open: ORUK 3.0 schedules (RFC 5545 recurrence, opening and closing times). */
import { DATE_HINT, END_DATE, START_DATE } from './common-words.js';
import { entity } from './types.js';

export const schedule = entity({
  noun: { en: 'opening times', cy: 'yr amseroedd agor' },
  item: { en: 'Opening time', cy: 'Amser agor' },
  form: ['byday', 'opens_at', 'closes_at', 'description', 'valid_from', 'valid_to'],
  fields: {
    id: { type: 'uuid', required: true },
    service_id: { type: 'uuid' },
    service_at_location_id: { type: 'uuid' },
    valid_from: {
      type: 'string',
      label: START_DATE,
      hint: DATE_HINT,
      control: { input: 'text', width: 10 },
      aliases: ['dtstart'],
      detail: 'when',
    },
    valid_to: {
      type: 'string',
      label: END_DATE,
      hint: DATE_HINT,
      control: { input: 'text', width: 10 },
      aliases: ['until'],
      detail: 'when',
    },
    dtstart: {
      type: 'string',
      label: { en: 'First date', cy: 'Dyddiad cyntaf', cyInSentence: 'y dyddiad cyntaf' },
    },
    freq: {
      type: { choice: ['WEEKLY', 'MONTHLY'] },
      label: { en: 'Repeats', cy: 'Amlder', cyInSentence: 'yr amlder' },
      choices: {
        WEEKLY: { label: { en: 'Weekly', cy: 'Wythnosol' } },
        MONTHLY: { label: { en: 'Monthly', cy: 'Misol' } },
      },
    },
    interval: {
      type: 'number',
      label: { en: 'Repeat interval', cy: 'Cyfwng ailadrodd', cyInSentence: 'y cyfwng ailadrodd' },
    },
    byday: {
      type: 'string',
      label: { en: 'Days', cy: 'Diwrnodau', cyInSentence: 'y diwrnodau' },
      control: { input: 'checkboxes', inline: true },
      choices: {
        MO: { label: { en: 'Monday', cy: 'Dydd Llun' } },
        TU: { label: { en: 'Tuesday', cy: 'Dydd Mawrth' } },
        WE: { label: { en: 'Wednesday', cy: 'Dydd Mercher' } },
        TH: { label: { en: 'Thursday', cy: 'Dydd Iau' } },
        FR: { label: { en: 'Friday', cy: 'Dydd Gwener' } },
        SA: { label: { en: 'Saturday', cy: 'Dydd Sadwrn' } },
        SU: { label: { en: 'Sunday', cy: 'Dydd Sul' } },
      },
      aliases: ['by_day', 'weekday', 'day'],
      detail: 'when',
    },
    bymonthday: {
      type: 'string',
      label: { en: 'Days of the month', cy: 'Diwrnodau o’r mis', cyInSentence: 'y diwrnodau o’r mis' },
    },
    description: {
      type: 'string',
      label: {
        en: 'Description of the opening times',
        cy: 'Disgrifiad o’r amseroedd agor',
        cyInSentence: 'y disgrifiad o’r amseroedd agor',
      },
      hint: {
        en: 'For example, Drop-in, no appointment needed',
        cy: 'Er enghraifft, Galw heibio, dim angen apwyntiad',
      },
      control: { input: 'text', width: 'full', spellcheck: true },
      detail: 'when',
      translatable: true,
    },
    opens_at: {
      type: 'string',
      label: { en: 'Opening time', cy: 'Amser agor', cyInSentence: 'yr amser agor' },
      hint: { en: 'For example, 09:30', cy: 'Er enghraifft, 09:30' },
      control: { input: 'time', width: 10 },
      detail: 'when',
    },
    closes_at: {
      type: 'string',
      label: { en: 'Closing time', cy: 'Amser cau', cyInSentence: 'yr amser cau' },
      hint: {
        en: 'For example, 17:30. If you close after midnight, give the time you close the next morning, like 08:00',
        cy:
          'Er enghraifft, 17:30. Os ydych chi’n cau ar ôl hanner nos, rhowch yr amser rydych chi’n cau y bore wedyn, ' +
          'fel 08:00',
      },
      control: { input: 'time', width: 10 },
      detail: 'when',
    },
    schedule_link: {
      type: 'uri',
      label: { en: 'Booking link', cy: 'Dolen archebu', cyInSentence: 'y ddolen archebu' },
    },
    attending_type: {
      type: 'string',
      label: { en: 'How people attend', cy: 'Math o fynychu', cyInSentence: 'y math o fynychu' },
      translatable: true,
    },
    notes: {
      type: 'string',
      label: { en: 'Notes', cy: 'Nodiadau', cyInSentence: 'y nodiadau' },
      detail: 'when',
      translatable: true,
    },
  },
});
