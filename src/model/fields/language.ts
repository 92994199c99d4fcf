/** The languages a service is delivered in, and the areas it serves. */
import { entity } from './types.js';

export const language = entity({
  noun: { en: 'language', cy: 'yr iaith' },
  item: { en: 'Language', cy: 'Iaith' },
  form: ['name', 'code'],
  fields: {
    id: { type: 'uuid', required: true },
    service_id: { type: 'uuid' },
    phone_id: { type: 'uuid' },
    name: {
      type: 'string',
      extension: true,
      label: { en: 'Language', cy: 'Iaith', cyInSentence: 'yr iaith' },
      hint: { en: 'For example, Welsh', cy: 'Er enghraifft, Cymraeg' },
      control: { input: 'text', spellcheck: true, required: true },
      aliases: ['language'],
      detail: 'languages',
    },
    code: {
      type: 'string',
      extension: true,
      label: { en: 'Language code', cy: 'Cod iaith', cyInSentence: 'y cod iaith' },
      hint: { en: 'For example, cy', cy: 'Er enghraifft, cy' },
      control: { input: 'text', width: 5 },
    },
    note: {
      type: 'string',
      extension: true,
      label: { en: 'Language note', cy: 'Nodyn iaith', cyInSentence: 'y nodyn iaith' },
      translatable: true,
    },
  },
});

export const serviceArea = entity({
  noun: { en: 'service area', cy: 'yr ardal wasanaeth' },
  item: { en: 'Service area', cy: 'Ardal wasanaeth' },
  form: ['name'],
  fields: {
    id: { type: 'uuid', required: true },
    service_id: { type: 'uuid' },
    name: {
      type: 'string',
      label: { en: 'Area name', cy: 'Enw’r ardal', cyInSentence: 'enw’r ardal' },
      hint: { en: 'For example, Cardiff', cy: 'Er enghraifft, Caerdydd' },
      control: { input: 'text', spellcheck: true, required: true },
      aliases: ['service_area'],
      detail: 'areas',
      translatable: true,
    },
    extent: {
      type: 'string',
      label: { en: 'Area boundary', cy: 'Ffiniau’r ardal', cyInSentence: 'ffiniau’r ardal' },
    },
    extent_type: {
      type: 'string',
      label: { en: 'Area boundary type', cy: 'Math o ffiniau’r ardal', cyInSentence: 'y math o ffiniau’r ardal' },
    },
    uri: { type: 'string', label: { en: 'Area URI', cy: 'URI yr ardal', cyInSentence: 'URI yr ardal' } },
    service_area: {
      type: 'string',
      label: { en: 'Service area', cy: 'Ardal wasanaeth', cyInSentence: 'yr ardal wasanaeth' },
    },
  },
});
