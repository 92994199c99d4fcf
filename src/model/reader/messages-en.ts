/**
 * English texts of the reader's problems and errors. `{field}` is the path of
 * the field in the record (ORUK names, e.g. `schedules.0.opens_at`); `{value}`
 * is the feed's value, shortened; `{options|or}` a list param (`a|b|c`) as "a, b or c"
 * (the word after `|` joins the last item). The Welsh table (messages-cy.ts) has the
 * same keys. Both load only when a problem is shown (loadReaderMessages).
 */
import { readerErrorsEn } from './reader-error.js';

export const readerMessagesEn = {
  ...readerErrorsEn,

  'reader.value.wrongType': '{field} was not in a form we could read: ignored',
  'reader.value.missing': '{field} was missing',
  'reader.item.notRecord': '{field} was not a record: left out',
  'reader.item.empty': '{field} had nothing we could show: left out',
  'reader.list.single': '{field} was a single item instead of a list: read as a list of one',

  'reader.id.notUuid': '{field} "{value}" is not a UUID: kept as it is',
  'reader.id.missing': '{field} was missing, so this record cannot be linked to',
  'reader.service.noIdOrName': '{field} had no id and no name: left out',
  'reader.service.noId': '{field} had no id, so it cannot be linked to: left out',
  'reader.service.noNameDropped': '{field} had no name, so it cannot be listed: left out',
  'reader.service.noName': '{field} was missing: the service has no name',

  'reader.status.missing': '{field} was missing: shown as active',
  'reader.status.mapped': '{field} was "{value}": read as {status}',
  'reader.status.unknown': '{field} was "{value}", which is not {options|or}: shown as active',

  'reader.age.notSet': '{field} was {value}, which means not set: ignored',
  'reader.age.invalid': '{field} was "{value}", which is not an age: ignored',
  'reader.age.fromText': '{field} was the text "{value}": read as {age}',
  'reader.age.swapped': 'The minimum age ({min}) was above the maximum age ({max}): swapped',

  'reader.number.invalid': '{field} was "{value}", which is not a number: ignored',
  'reader.number.fromText': '{field} was the text "{value}": read as {number}',
  'reader.coordinates.invalid': '{field} ({value}) is not a position on a map: ignored',

  'reader.dateTime.noZone': '{field} "{value}" had no time zone: read as UTC',
  'reader.dateTime.dateOnly': '{field} "{value}" had no time: read as midnight UTC',
  'reader.dateTime.invalid': '{field} "{value}" is not a date and time: ignored',
  'reader.date.repaired': '{field} "{value}" was read as the date {date}',
  'reader.date.invalid': '{field} "{value}" is not a date: ignored',
  'reader.time.repaired': '{field} "{value}" was read as {time}',
  'reader.time.invalid': '{field} "{value}" is not a time of day: ignored',
  'reader.day.invalid': '{field} "{value}" is not a day of the week: ignored',
  'reader.freq.invalid': '{field} "{value}" is not WEEKLY or MONTHLY: ignored',

  'reader.email.invalid': '{field} "{value}" is not an email address: ignored',
  'reader.email.placeholder': '{field} "{value}" is a placeholder, not a real email address: ignored',
  'reader.email.noReply': '{field} "{value}" does not accept replies: ignored',
  'reader.url.schemeAdded': '{field} "{value}" had no https:// at the start: read as {url}',
  'reader.url.unsafe': '{field} "{value}" is not a web address that is safe to open: ignored',
  'reader.url.invalid': '{field} "{value}" is not a web address: ignored',
  'reader.url.placeholder': '{field} "{value}" is an example, not a real web address: ignored',
  'reader.phone.noDigits': '{field} "{value}" has no number to call: shown as text only',
  'reader.phone.words': '{field} "{value}" has words in it: the number to call is {tel}',
  'reader.language.code': '{field} "{value}" is not a language code: ignored',
  'reader.currency.invalid': '{field} "{value}" is not a currency code like GBP: ignored',

  'reader.page.zeroBased': '{field} was 0: this feed counts pages from 0, so it was read as page 1',
  'reader.page.invalidNumber': '{field} was "{value}", which is not a whole number: worked out from the page instead',
  'reader.page.totalTooSmall': '{field} was {value}, fewer than the {count} items on the page: read as {count}',
  'reader.version.unknown': '{field} "{value}" is not a version of the standard we know',
  'reader.version.missing': 'The feed did not say which version of the standard it uses',
  'reader.writeApi.incomplete': '{field} needs both a version and a token_url: ignored',
} as const;

export type ReaderMessageKey = keyof typeof readerMessagesEn;
export type ReaderMessages = Record<ReaderMessageKey, string>;
