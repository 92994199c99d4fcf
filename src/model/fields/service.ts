/** The service: the record a charity keeps current, and everything it nests. */
import { DATE_HINT, EMAIL, EMAIL_HINT, WEBSITE } from './common-words.js';
import { entity } from './types.js';

export const service = entity({
  noun: { en: 'service', cy: 'y gwasanaeth' },
  form: [
    {
      name: 'about',
      legend: { en: 'About the service', cy: 'Am y gwasanaeth' },
      fields: ['name', 'description', 'status', 'url', 'email', 'alert', 'accreditations', 'assured_date'],
    },
    {
      name: 'ages',
      legend: { en: 'Ages', cy: 'Oedrannau' },
      hint: {
        en: 'Leave these empty if the service is open to all ages',
        cy: 'Gadewch y rhain yn wag os yw’r gwasanaeth ar agor i bob oed',
      },
      fields: ['minimum_age', 'maximum_age'],
    },
    'schedules',
    'service_at_locations',
    'cost_options',
    'contacts',
    'phones',
    'languages',
    'service_areas',
    'attributes',
  ],
  fields: {
    id: { type: 'uuid', required: true },
    organization_id: { type: 'uuid' },
    name: {
      type: 'string',
      required: true,
      label: { en: 'Service name', cy: 'Enw’r gwasanaeth', cyInSentence: 'enw’r gwasanaeth' },
      control: { input: 'text', width: 'full', spellcheck: true },
      detail: 'title',
      translatable: true,
    },
    description: {
      type: 'string',
      label: { en: 'Description', cy: 'Disgrifiad', cyInSentence: 'y disgrifiad' },
      hint: {
        en: 'What the service does and who it is for',
        cy: 'Beth mae’r gwasanaeth yn ei wneud ac ar gyfer pwy mae',
      },
      control: { input: 'textarea', rows: 5 },
      detail: 'description',
      translatable: true,
    },
    url: {
      type: 'uri',
      label: WEBSITE,
      hint: { en: 'For example, https://www.example.org', cy: 'Er enghraifft, https://www.example.org' },
      control: { input: 'url', width: 'full', autocomplete: 'url' },
      detail: 'contact',
    },
    email: {
      type: 'email',
      label: EMAIL,
      hint: EMAIL_HINT,
      control: { input: 'email', autocomplete: 'email' },
      detail: 'contact',
    },
    status: {
      type: { choice: ['active', 'inactive', 'defunct', 'temporarily closed'] },
      required: true,
      label: { en: 'Status', cy: 'Statws', cyInSentence: 'y statws' },
      control: { input: 'radios', choices: ['active', 'temporarily closed', 'inactive', 'defunct'] },
      choices: {
        active: { label: { en: 'Active', cy: 'Gweithredol' }, aliases: ['open', 'live', 'published'] },
        inactive: {
          label: { en: 'Inactive', cy: 'Anweithredol' },
          shown: { en: 'Not running', cy: 'Ddim yn rhedeg' },
          aliases: ['closed', 'suspended', 'withdrawn', 'archived'],
        },
        defunct: {
          label: { en: 'Defunct', cy: 'Wedi dod i ben' },
          shown: { en: 'Closed', cy: 'Wedi cau' },
          aliases: ['deleted'],
        },
        'temporarily closed': {
          label: { en: 'Temporarily closed', cy: 'Ar gau dros dro' },
          aliases: ['temporarily_closed', 'temporarily-closed', 'temporarilyclosed'],
        },
      },
      detail: 'status',
    },
    fees: {
      type: 'string',
      label: { en: 'Fees', cy: 'Ffioedd', cyInSentence: 'y ffioedd' },
      aliases: ['fees_description'],
      detail: 'cost',
      translatable: true,
    },
    accreditations: {
      type: 'string',
      label: { en: 'Accreditations', cy: 'Achrediadau', cyInSentence: 'yr achrediadau' },
      hint: {
        en: 'For example, Advice Quality Standard',
        cy: 'Er enghraifft, Safon Ansawdd Cyngor',
      },
      control: { input: 'textarea', rows: 2 },
      translatable: true,
    },
    minimum_age: {
      type: 'number',
      label: { en: 'Minimum age', cy: 'Oedran isaf', cyInSentence: 'yr oedran isaf' },
      control: { input: 'whole-number', width: 3 },
      detail: 'who',
    },
    maximum_age: {
      type: 'number',
      label: { en: 'Maximum age', cy: 'Oedran uchaf', cyInSentence: 'yr oedran uchaf' },
      control: { input: 'whole-number', width: 3 },
      detail: 'who',
    },
    assured_date: {
      type: 'string',
      label: { en: 'Date last checked', cy: 'Dyddiad y gwiriad diwethaf', cyInSentence: 'ddyddiad y gwiriad diwethaf' },
      hint: DATE_HINT,
      control: { input: 'text', width: 10 },
      detail: 'checked',
    },
    assurer_email: {
      type: 'email',
      label: {
        en: 'Email address of the person who checked it',
        cy: 'Cyfeiriad e-bost y sawl a’i gwiriodd',
        cyInSentence: 'gyfeiriad e-bost y sawl a’i gwiriodd',
      },
    },
    alert: {
      type: 'string',
      label: { en: 'Important notice', cy: 'Hysbysiad pwysig', cyInSentence: 'yr hysbysiad pwysig' },
      hint: {
        en: 'A temporary notice, like “Closed over Easter”',
        cy: 'Hysbysiad dros dro, fel “Ar gau dros y Pasg”',
      },
      control: { input: 'textarea', rows: 2 },
      detail: 'alert',
      translatable: true,
    },
    last_modified: {
      type: 'date-time',
      label: { en: 'Date last changed', cy: 'Dyddiad y newid diwethaf', cyInSentence: 'ddyddiad y newid diwethaf' },
      detail: 'checked',
    },
    schedules: {
      type: { list: 'schedule' },
      label: { en: 'Opening times', cy: 'Amseroedd agor', cyInSentence: 'yr amseroedd agor' },
      add: { en: 'Add opening times', cy: 'Ychwanegu amseroedd agor' },
      aliases: ['regular_schedules'],
      detail: 'when',
    },
    service_areas: {
      type: { list: 'service_area' },
      label: { en: 'Service areas', cy: 'Ardaloedd gwasanaeth', cyInSentence: 'yr ardaloedd gwasanaeth' },
      add: { en: 'Add a service area', cy: 'Ychwanegu ardal wasanaeth' },
      detail: 'areas',
    },
    service_at_locations: {
      type: { list: 'service_at_location' },
      label: { en: 'Locations', cy: 'Lleoliadau', cyInSentence: 'y lleoliadau' },
      add: { en: 'Add a location', cy: 'Ychwanegu lleoliad' },
      detail: 'where',
    },
    languages: {
      type: { list: 'language' },
      label: { en: 'Languages', cy: 'Ieithoedd', cyInSentence: 'yr ieithoedd' },
      add: { en: 'Add a language', cy: 'Ychwanegu iaith' },
      detail: 'languages',
    },
    organization: {
      type: { one: 'organization' },
      label: { en: 'Organisation details', cy: 'Manylion y sefydliad', cyInSentence: 'manylion y sefydliad' },
    },
    funding: {
      type: { list: 'funding' },
      label: { en: 'Funding', cy: 'Cyllid', cyInSentence: 'y cyllid' },
    },
    cost_options: {
      type: { list: 'cost_option' },
      label: { en: 'Costs', cy: 'Costau', cyInSentence: 'y costau' },
      add: { en: 'Add a cost option', cy: 'Ychwanegu opsiwn cost' },
      detail: 'cost',
    },
    contacts: {
      type: { list: 'contact' },
      label: { en: 'Contacts', cy: 'Cysylltiadau', cyInSentence: 'y cysylltiadau' },
      add: { en: 'Add a contact', cy: 'Ychwanegu cyswllt' },
      detail: 'contact',
    },
    attributes: {
      type: { list: 'attribute' },
      label: { en: 'Categories', cy: 'Categorïau', cyInSentence: 'y categorïau' },
      hint: {
        en: 'Choose the categories that describe this service',
        cy: 'Dewiswch y categorïau sy’n disgrifio’r gwasanaeth hwn',
      },
      control: { input: 'terms' },
      detail: 'terms',
    },
    phones: {
      type: { list: 'phone' },
      extension: true,
      label: {
        en: 'Phone numbers for the service',
        cy: 'Rhifau ffôn y gwasanaeth',
        cyInSentence: 'rifau ffôn y gwasanaeth',
      },
      add: { en: 'Add a phone number', cy: 'Ychwanegu rhif ffôn' },
      detail: 'contact',
    },
  },
});
