/** The service's own fields: name, description, status, website, email, alert, last checked; and the ages. */
import { html, type TemplateResult } from 'lit';
import { choiceField, specFields, type FieldContext, type FieldSpec } from '../fields.js';

type Json = Record<string, unknown>;

const ABOUT: readonly FieldSpec[] = [
  { key: 'url', label: 'url', hint: 'urlHint', type: 'url', inputmode: 'url', optional: true, width: 'full', autocomplete: 'url' },
  { key: 'email', label: 'email', hint: 'emailHint', type: 'email', inputmode: 'email', optional: true, autocomplete: 'email' },
  { key: 'alert', label: 'alert', hint: 'alertHint', optional: true, rows: 2 },
  { key: 'assured_date', label: 'assuredDate', hint: 'dateHint', optional: true, width: 'w10' },
];

const STATUSES = [
  ['active', 'statusActive'],
  ['temporarily closed', 'statusTemporarilyClosed'],
  ['inactive', 'statusInactive'],
  ['defunct', 'statusDefunct'],
] as const;

const AGES: readonly FieldSpec[] = [
  { key: 'minimum_age', label: 'minimumAge', kind: 'number', inputmode: 'numeric', optional: true, width: 'w3' },
  { key: 'maximum_age', label: 'maximumAge', kind: 'number', inputmode: 'numeric', optional: true, width: 'w3' },
];

export function renderAbout(ctx: FieldContext, r: Json): TemplateResult {
  const { s } = ctx;
  const [name, description] = specFields(ctx, r, '', [
    { key: 'name', label: 'name', width: 'full', spellcheck: true },
    { key: 'description', label: 'description', hint: 'descriptionHint', optional: true, rows: 5 },
  ]);
  return html`<fieldset class="group" data-group="about">
      <legend class="legend section">${s.aboutService}</legend>
      ${name} ${description}
      ${choiceField(ctx, {
        path: 'status',
        legend: s.status,
        value: r.status,
        choices: STATUSES.map(([value, label]) => ({ value, label: s[label] })),
      })}
      ${specFields(ctx, r, '', ABOUT)}
    </fieldset>
    <fieldset class="group" data-group="ages">
      <legend class="legend section">${s.ages}</legend>
      <div class="hint">${s.agesHint}</div>
      ${specFields(ctx, r, '', AGES)}
    </fieldset>`;
}
