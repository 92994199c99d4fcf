/** English messages and field labels (GOV.UK Design System error message style). */
import type { MessageTable } from './keys.js';

export const en: MessageTable = {
  messages: {
    required: 'Enter the {field}',
    'required.choice': 'Select the {field}',
    'type.string': '{Field} must be text',
    'type.number': '{Field} must be a number, like 11',
    'type.array': '{Field} must be a list',
    'type.object': '{Field} must be a set of details, not a single value',
    enum: '{Field} must be one of: {options}',
    'field.unknown': 'The catalogue does not know the field "{name}"',
    'id.taken': 'Another service already uses this {field}',
    'format.uuid': '{Field} must be in the correct format, like ac148810-d857-441c-9679-408f346de14b',
    'format.email': 'Enter an email address in the correct format, like name@example.org',
    'format.uri': 'Enter a web address in the correct format, like https://www.example.org',
    'format.date-time': 'Enter a date and time in the correct format, like 2026-03-27T10:30:00Z',
    date: 'Enter a real date, like 2026-03-27',
    'date.order': '{Field} must be the same as or after the start date',
    time: 'Enter a time in the 24-hour format, like 09:30',
    'time.same': '{Field} must be different from the opening time',
    postcode: 'Enter a real UK postcode, like SW1A 1AA',
    phone: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
    'age.whole': '{Field} must be a whole number, like 11',
    'age.range': '{Field} must be between {min} and {max}',
    'age.order': '{Field} must be the same as or lower than the maximum age',
    currency: 'Enter the currency as a 3-letter code, like GBP',
    'language.code': 'Enter a language code, like cy or en',
    unknown: '{Field} is not in the correct format',
  },
  record: 'Service record',
  id: '{Noun} ID',
};
