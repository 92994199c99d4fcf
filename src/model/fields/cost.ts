/** What a service costs, and who funds it. */
import { END_DATE, START_DATE } from './common-words.js';
import { entity } from './types.js';

export const costOption = entity({
  noun: { en: 'cost', cy: 'y gost' },
  item: { en: 'Cost option', cy: 'Opsiwn cost' },
  form: ['option', 'amount', 'currency', 'amount_description'],
  fields: {
    id: { type: 'uuid', required: true },
    service_id: { type: 'uuid' },
    valid_from: {
      type: 'string',
      label: START_DATE,
    },
    valid_to: {
      type: 'string',
      label: END_DATE,
    },
    option: {
      type: 'string',
      label: { en: 'What the cost is for', cy: 'Opsiwn cost', cyInSentence: 'yr opsiwn cost' },
      hint: { en: 'For example, Per session', cy: 'Er enghraifft, Fesul sesiwn' },
      control: { input: 'text', spellcheck: true },
      detail: 'cost',
      translatable: true,
    },
    amount: {
      type: 'number',
      label: { en: 'Amount', cy: 'Swm', cyInSentence: 'y swm' },
      hint: { en: 'For example, 5.00', cy: 'Er enghraifft, 5.00' },
      control: { input: 'decimal', width: 5 },
      detail: 'cost',
    },
    amount_description: {
      type: 'string',
      label: { en: 'Description of the cost', cy: 'Disgrifiad o’r gost', cyInSentence: 'y disgrifiad o’r gost' },
      control: { input: 'text', width: 'full', spellcheck: true },
      detail: 'cost',
      translatable: true,
    },
    currency: {
      type: 'string',
      extension: true,
      label: { en: 'Currency', cy: 'Arian cyfred', cyInSentence: 'yr arian cyfred' },
      hint: { en: 'A 3-letter code, like GBP', cy: 'Cod 3 llythyren, fel GBP' },
      control: { input: 'text', width: 3 },
      detail: 'cost',
    },
  },
});

export const funding = entity({
  noun: { en: 'funding', cy: 'y cyllid' },
  fields: {
    id: { type: 'uuid', required: true },
    service_id: { type: 'uuid' },
    source: {
      type: 'string',
      label: { en: 'Funding source', cy: 'Ffynhonnell y cyllid', cyInSentence: 'ffynhonnell y cyllid' },
      translatable: true,
    },
  },
});
