/** Where a service is delivered: the link from a service, the location, its addresses and accessibility. */
import { entity } from './types.js';

const PLACE_TYPES = ['physical', 'postal', 'virtual'] as const;

export const serviceAtLocation = entity({
  noun: { en: 'service location', cy: 'lleoliad y gwasanaeth' },
  item: { en: 'Location', cy: 'Lleoliad' },
  form: ['location'],
  fields: {
    id: { type: 'uuid', required: true },
    service_id: { type: 'uuid' },
    location_id: { type: 'uuid' },
    location: {
      type: { one: 'location' },
      label: { en: 'Location', cy: 'Lleoliad', cyInSentence: 'y lleoliad' },
      control: { input: 'record' },
    },
  },
});

export const location = entity({
  noun: { en: 'location', cy: 'y lleoliad' },
  form: ['name', 'location_type', 'addresses', 'accessibility'],
  fields: {
    id: { type: 'uuid', required: true },
    location_type: {
      type: { choice: PLACE_TYPES },
      required: true,
      label: { en: 'Type of location', cy: 'Math o leoliad', cyInSentence: 'y math o leoliad' },
      control: { input: 'radios' },
      choices: {
        physical: {
          label: { en: 'Physical', cy: 'Ffisegol' },
          option: { en: 'A place people can visit', cy: 'Lle y gall pobl ymweld ag ef' },
        },
        postal: {
          label: { en: 'Postal', cy: 'Post' },
          option: { en: 'A postal address only', cy: 'Cyfeiriad post yn unig' },
        },
        virtual: {
          label: { en: 'Virtual', cy: 'Rhithwir' },
          option: { en: 'Online or by phone', cy: 'Ar-lein neu dros y ffôn' },
        },
      },
    },
    name: {
      type: 'string',
      label: { en: 'Location name', cy: 'Enw’r lleoliad', cyInSentence: 'enw’r lleoliad' },
      control: { input: 'text', width: 'full', spellcheck: true },
      detail: 'where',
      translatable: true,
    },
    description: {
      type: 'string',
      label: {
        en: 'Description of the location',
        cy: 'Disgrifiad o’r lleoliad',
        cyInSentence: 'y disgrifiad o’r lleoliad',
      },
      translatable: true,
    },
    latitude: { type: 'number', label: { en: 'Latitude', cy: 'Lledred', cyInSentence: 'y lledred' } },
    longitude: { type: 'number', label: { en: 'Longitude', cy: 'Hydred', cyInSentence: 'yr hydred' } },
    external_identifier: {
      type: 'string',
      label: { en: 'External identifier', cy: 'Dynodydd allanol', cyInSentence: 'y dynodydd allanol' },
    },
    external_identifier_type: {
      type: 'string',
      label: {
        en: 'External identifier type',
        cy: 'Math o ddynodydd allanol',
        cyInSentence: 'y math o ddynodydd allanol',
      },
    },
    addresses: {
      type: { list: 'address' },
      label: { en: 'Address', cy: 'Cyfeiriad', cyInSentence: 'y cyfeiriad' },
      aliases: ['physical_addresses', 'postal_addresses'],
      control: { input: 'first-record' },
      detail: 'where',
    },
    accessibility: {
      type: { list: 'accessibility' },
      label: { en: 'Accessibility', cy: 'Hygyrchedd', cyInSentence: 'yr hygyrchedd' },
      add: { en: 'Add an accessibility feature', cy: 'Ychwanegu nodwedd hygyrchedd' },
      aliases: ['accessibility_for_disabilities'],
      detail: 'accessibility',
    },
    attributes: { type: { list: 'attribute' } },
    phones: {
      type: { list: 'phone' },
      extension: true,
      label: { en: 'Phone numbers', cy: 'Rhifau ffôn', cyInSentence: 'y rhifau ffôn' },
      detail: 'where',
    },
  },
});

export const address = entity({
  noun: { en: 'address', cy: 'y cyfeiriad' },
  form: ['address_1', 'city', 'region', 'state_province', 'postal_code', 'address_type'],
  fields: {
    id: { type: 'uuid', required: true },
    location_id: { type: 'uuid' },
    attention: {
      type: 'string',
      label: { en: 'For the attention of', cy: 'At sylw', cyInSentence: 'y maes ‘At sylw’' },
    },
    address_1: {
      type: 'string',
      required: true,
      label: {
        en: 'Address line 1',
        cy: 'Llinell gyntaf y cyfeiriad',
        cyInSentence: 'linell gyntaf y cyfeiriad',
      },
      control: { input: 'text', width: 'full', autocomplete: 'address-line1' },
      detail: 'where',
    },
    city: {
      type: 'string',
      required: true,
      label: { en: 'Town or city', cy: 'Tref neu ddinas', cyInSentence: 'y dref neu’r ddinas' },
      control: { input: 'text', autocomplete: 'address-level2' },
      detail: 'where',
    },
    region: {
      type: 'string',
      label: { en: 'Region', cy: 'Rhanbarth', cyInSentence: 'y rhanbarth' },
      control: { input: 'text' },
      detail: 'where',
    },
    state_province: {
      type: 'string',
      required: true,
      label: { en: 'County', cy: 'Sir', cyInSentence: 'y sir' },
      control: { input: 'text', autocomplete: 'address-level1' },
      detail: 'where',
    },
    postal_code: {
      type: 'string',
      required: true,
      label: { en: 'Postcode', cy: 'Cod post', cyInSentence: 'y cod post' },
      control: { input: 'text', width: 10, autocomplete: 'postal-code' },
      aliases: ['postcode'],
      detail: 'where',
    },
    country: {
      type: 'string',
      required: true,
      label: { en: 'Country', cy: 'Gwlad', cyInSentence: 'y wlad' },
    },
    address_type: {
      type: { choice: PLACE_TYPES },
      required: true,
      label: { en: 'Type of address', cy: 'Math o gyfeiriad', cyInSentence: 'y math o gyfeiriad' },
      control: { input: 'radios', inline: true, choices: ['physical', 'postal'] },
      choices: {
        physical: {
          label: { en: 'Physical', cy: 'Ffisegol' },
          option: { en: 'Where people go', cy: 'Lle mae pobl yn mynd' },
        },
        postal: { label: { en: 'Postal', cy: 'Post' }, option: { en: 'For post', cy: 'Ar gyfer post' } },
        virtual: { label: { en: 'Virtual', cy: 'Rhithwir' } },
      },
    },
    attributes: { type: { list: 'attribute' } },
  },
});

export const accessibility = entity({
  noun: { en: 'accessibility information', cy: 'y wybodaeth hygyrchedd' },
  item: { en: 'Accessibility feature', cy: 'Nodwedd hygyrchedd' },
  form: ['description'],
  fields: {
    id: { type: 'uuid', required: true },
    location_id: { type: 'uuid' },
    description: {
      type: 'string',
      label: {
        en: 'Description of the accessibility feature',
        cy: 'Disgrifiad o’r nodwedd hygyrchedd',
        cyInSentence: 'y disgrifiad o’r nodwedd hygyrchedd',
      },
      hint: {
        en: 'For example, Step-free access from the car park',
        cy: 'Er enghraifft, Mynediad heb risiau o’r maes parcio',
      },
      control: { input: 'text', width: 'full', spellcheck: true },
      detail: 'accessibility',
      translatable: true,
    },
    details: {
      type: 'string',
      label: { en: 'Accessibility details', cy: 'Manylion hygyrchedd', cyInSentence: 'y manylion hygyrchedd' },
      translatable: true,
    },
    url: {
      type: 'uri',
      label: { en: 'Accessibility web page', cy: 'Tudalen we hygyrchedd', cyInSentence: 'y dudalen we hygyrchedd' },
    },
    attributes: { type: { list: 'attribute' } },
    accessibility: {
      type: 'string',
      label: { en: 'Accessibility', cy: 'Hygyrchedd', cyInSentence: 'yr hygyrchedd' },
      translatable: true,
    },
  },
});
