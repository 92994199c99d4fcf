/**
 * The form's sections, in the order it shows them, as tables of fields (see
 * ./fields.ts): about the service, ages, the repeating groups (opening times,
 * locations with one UK address and accessibility, costs, contacts with their
 * phones, the service's phones, languages, service areas), and the taxonomy
 * terms chosen from the catalogue's /taxonomy_terms.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TaxonomyTermView } from '../../model/view-model.js';
import { DAY_CODES, daysOf } from './days.js';
import {
  choiceField,
  fieldId,
  objectIn,
  renderFields,
  type Field,
  type FieldContext,
  type Group,
  type TextKey,
} from './fields.js';
import { isObject, listAt } from './record-path.js';
import { extraLinkedTerms, linkedTermIds } from './taxonomy.js';

type Json = Record<string, unknown>;

const ABOUT: readonly Field[] = [
  ['name', 'name', '', 'full sp'],
  ['description', 'description', 'descriptionHint', '? r5'],
  [
    'status',
    'status',
    [
      ['active', 'statusActive'],
      ['temporarily closed', 'statusTemporarilyClosed'],
      ['inactive', 'statusInactive'],
      ['defunct', 'statusDefunct'],
    ],
  ],
  ['url', 'url', 'urlHint', '? full url ac=url'],
  ['email', 'email', 'emailHint', '? email ac=email'],
  ['alert', 'alert', 'alertHint', '? r2'],
  ['assured_date', 'assuredDate', 'dateHint', '? w10'],
];

const AGES: readonly Field[] = [
  ['minimum_age', 'minimumAge', '', '? num w3'],
  ['maximum_age', 'maximumAge', '', '? num w3'],
];

/** The day boxes of an opening time: BYDAY as checkboxes. */
const days = (ctx: FieldContext, item: Json, p: string) =>
  choiceField(ctx, {
    path: `${p}.byday`,
    legend: ctx.s.days,
    choices: DAY_CODES.map((code) => ({ value: code, label: ctx.s[code] })),
    checked: daysOf(item.byday),
    role: 'days',
    inline: true,
  });

/** A location's first address (any others are kept as they are): none for an online-only location without one. */
function address(ctx: FieldContext, location: Json, p: string): TemplateResult | typeof nothing {
  const first = listAt(location, ['addresses'])[0];
  if (!isObject(first) && location.location_type === 'virtual') return nothing;
  const path = `${p}.addresses.0`;
  return html`<fieldset class="group nested" id=${fieldId(path)} data-group=${path}><legend class="legend">${ctx.s.address}</legend>${renderFields(
    ctx,
    isObject(first) ? first : {},
    path,
    [
      ['address_1', 'address1', '', 'full ac=address-line1'],
      ['city', 'city', '', 'ac=address-level2'],
      ['region', 'region', '', '?'],
      ['state_province', 'stateProvince', '', 'ac=address-level1'],
      ['postal_code', 'postalCode', '', 'w10 ac=postal-code'],
      [
        'address_type',
        'addressType',
        [
          ['physical', 'addressPhysical'],
          ['postal', 'addressPostal'],
        ],
        'inline',
      ],
    ],
  )}</fieldset>`;
}

const LOCATION: readonly Field[] = [
  ['name', 'locationName', '', '? full sp'],
  [
    'location_type',
    'locationType',
    [
      ['physical', 'typePhysical'],
      ['postal', 'typePostal'],
      ['virtual', 'typeVirtual'],
    ],
  ],
  address,
  [
    'accessibility',
    'accessibility',
    'accessibilityNoun',
    'addAccessibility',
    [['description', 'accessibilityDescription', 'accessibilityHint', '? full sp']],
    1,
  ],
];

/** The phones of the service, or of a contact (nested, with their own legend and Add button). */
const phones = (legend: TextKey, add: TextKey, nested?: 1): Group => [
  'phones',
  legend,
  'phoneNoun',
  add,
  [
    ['number', 'phoneNumber', 'phoneHint', 'tel ac=tel'],
    ['description', 'phoneDescription', 'phoneDescriptionHint', '? full sp'],
  ],
  nested,
];

/** The repeating groups of the service, in the order the form shows them. */
export const GROUPS: readonly Group[] = [
  [
    'schedules',
    'schedules',
    'scheduleNoun',
    'addSchedule',
    [
      days,
      ['opens_at', 'opensAt', 'timeHint', '? time w10'],
      ['closes_at', 'closesAt', 'closesHint', '? time w10'],
      ['description', 'scheduleDescription', 'scheduleDescriptionHint', '? full sp'],
      ['valid_from', 'validFrom', 'dateHint', '? w10'],
      ['valid_to', 'validTo', 'dateHint', '? w10'],
    ],
  ],
  [
    'service_at_locations',
    'locations',
    'locationNoun',
    'addLocation',
    [(ctx, item, p) => renderFields(ctx, objectIn(item, 'location'), `${p}.location`, LOCATION)],
  ],
  [
    'cost_options',
    'costs',
    'costNoun',
    'addCost',
    [
      ['option', 'costOption', 'costOptionHint', '? sp'],
      ['amount', 'amount', 'amountHint', '? dec w5'],
      ['currency', 'currency', 'currencyHint', '? w3'],
      ['amount_description', 'amountDescription', '', '? full sp'],
    ],
  ],
  [
    'contacts',
    'contacts',
    'contactNoun',
    'addContact',
    [
      ['name', 'contactName', '', '? sp'],
      ['title', 'contactTitle', '', '? sp'],
      ['email', 'contactEmail', 'emailHint', '? email'],
      phones('contactPhones', 'addContactPhone', 1),
    ],
  ],
  phones('phones', 'addPhone'),
  [
    'languages',
    'languages',
    'languageNoun',
    'addLanguage',
    [
      ['name', 'languageName', 'languageNameHint', 'sp'],
      ['code', 'languageCode', 'languageCodeHint', '? w5'],
    ],
  ],
  ['service_areas', 'areas', 'areaNoun', 'addArea', [['name', 'areaName', 'areaHint', 'sp']]],
];

const section = (ctx: FieldContext, name: string, legend: TextKey, body: unknown) =>
  html`<fieldset class="group" data-group=${name}><legend class="legend section">${ctx.s[legend]}</legend>${body}</fieldset>`;

/** The service's own fields: name, description, status, website, email, alert, last checked; and the ages. */
export function renderAbout(ctx: FieldContext, r: Json): TemplateResult {
  return html`${section(ctx, 'about', 'aboutService', renderFields(ctx, r, '', ABOUT))}${section(ctx, 'ages', 'ages', [html`<div class="hint">${ctx.s.agesHint}</div>`, renderFields(ctx, r, '', AGES)])}`;
}

/** Above this many choices the form offers a filter box. */
export const FILTER_FROM = 8;

/** Taxonomy terms as checkboxes, with a filter for long lists that always keeps ticked terms in view. */
export function renderTaxonomy(
  ctx: FieldContext,
  attributes: unknown,
  choices: readonly TaxonomyTermView[],
  filter: string,
): TemplateResult {
  const { s } = ctx;
  const linked = linkedTermIds(attributes);
  const all = [...choices, ...extraLinkedTerms(attributes, choices)];
  const needle = filter.trim().toLocaleLowerCase();
  const shown = all.filter(
    (t) => linked.has(t.id) || `${t.name}\n${t.taxonomy ?? ''}`.toLocaleLowerCase().includes(needle),
  );
  return html`<div class="group" data-group="attributes">${choiceField(ctx, {
    path: 'attributes',
    legend: s.taxonomy,
    hint: s.taxonomyHint,
    choices: shown.map((t) => ({ value: t.id, label: t.taxonomy ? `${t.name} (${t.taxonomy})` : t.name })),
    checked: linked,
    role: 'term',
    optional: true,
    empty: all.length ? s.noMatchingTerms : s.noTerms,
    before:
      all.length > FILTER_FROM
        ? html`<div class="field"><label class="label" for="taxonomy-filter">${s.filterTerms}</label><input class="input w20" id="taxonomy-filter" type="search" data-filter="taxonomy" .value=${filter} autocomplete="off" /></div>`
        : undefined,
  })}</div>`;
}
