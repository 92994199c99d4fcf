/** How to reach a service: its contacts (people or teams) and phone numbers. */
import { EMAIL, EMAIL_HINT } from './common-words.js';
import { entity } from './types.js';

export const contact = entity({
  noun: { en: 'contact', cy: 'y cyswllt' },
  item: { en: 'Contact', cy: 'Cyswllt' },
  form: ['name', 'title', 'email', 'phones'],
  fields: {
    id: { type: 'uuid', required: true },
    service_id: { type: 'uuid' },
    name: {
      type: 'string',
      label: { en: 'Contact name', cy: 'Enw’r cyswllt', cyInSentence: 'enw’r cyswllt' },
      control: { input: 'text', spellcheck: true },
      detail: 'contact',
    },
    title: {
      type: 'string',
      label: { en: 'Job title', cy: 'Teitl swydd', cyInSentence: 'y teitl swydd' },
      control: { input: 'text', spellcheck: true },
      detail: 'contact',
      translatable: true,
    },
    attributes: { type: { list: 'attribute' } },
    email: {
      type: 'email',
      extension: true,
      label: EMAIL,
      hint: EMAIL_HINT,
      control: { input: 'email' },
      detail: 'contact',
    },
    phones: {
      type: { list: 'phone' },
      extension: true,
      label: {
        en: 'Phone numbers for this contact',
        cy: 'Rhifau ffôn y cyswllt hwn',
        cyInSentence: 'rifau ffôn y cyswllt hwn',
      },
      add: { en: 'Add a phone number for this contact', cy: 'Ychwanegu rhif ffôn ar gyfer y cyswllt hwn' },
      detail: 'contact',
    },
  },
});

export const phone = entity({
  noun: { en: 'phone number', cy: 'y rhif ffôn' },
  item: { en: 'Phone number', cy: 'Rhif ffôn' },
  form: ['number', 'description'],
  fields: {
    id: { type: 'uuid', required: true },
    contact_id: { type: 'uuid' },
    number: {
      type: 'string',
      required: true,
      label: { en: 'Phone number', cy: 'Rhif ffôn', cyInSentence: 'y rhif ffôn' },
      hint: {
        en: 'For example, 01632 960 001 or 07700 900 982',
        cy: 'Er enghraifft, 01632 960 001 neu 07700 900 982',
      },
      control: { input: 'tel', autocomplete: 'tel' },
      aliases: ['phone'],
      detail: 'contact',
    },
    description: {
      type: 'string',
      label: {
        en: 'Description of the phone line',
        cy: 'Disgrifiad o’r llinell ffôn',
        cyInSentence: 'y disgrifiad o’r llinell ffôn',
      },
      hint: { en: 'For example, Textphone', cy: 'Er enghraifft, Ffôn testun' },
      control: { input: 'text', width: 'full', spellcheck: true },
      detail: 'contact',
      translatable: true,
    },
    languages: {
      type: { list: 'language' },
      label: {
        en: 'Languages spoken on this line',
        cy: 'Ieithoedd ar y llinell hon',
        cyInSentence: 'yr ieithoedd ar y llinell hon',
      },
    },
    extension: {
      type: 'string',
      extension: true,
      label: { en: 'Extension', cy: 'Estyniad', cyInSentence: 'yr estyniad' },
    },
  },
});
