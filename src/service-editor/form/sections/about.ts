/** The service's own fields: name, description, status, website, email, alert, last checked. */
import { html, type TemplateResult } from 'lit';
import { radios, textArea, textInput, type FieldContext } from '../fields.js';

type Json = Record<string, unknown>;

export function renderAbout(ctx: FieldContext, r: Json): TemplateResult {
  const { s } = ctx;
  return html`<fieldset class="group" data-group="about">
    <legend class="legend legend--section">${s.aboutService}</legend>
    ${textInput(ctx, { path: 'name', label: s.name, value: r.name, width: 'full', spellcheck: true })}
    ${textArea(ctx, { path: 'description', label: s.description, hint: s.descriptionHint, value: r.description, optional: true })}
    ${radios(ctx, {
      path: 'status',
      legend: s.status,
      value: r.status,
      choices: [
        { value: 'active', label: s.statusActive },
        { value: 'temporarily closed', label: s.statusTemporarilyClosed },
        { value: 'inactive', label: s.statusInactive },
        { value: 'defunct', label: s.statusDefunct },
      ],
    })}
    ${textInput(ctx, { path: 'url', label: s.url, hint: s.urlHint, value: r.url, type: 'url', inputmode: 'url', optional: true, width: 'full', autocomplete: 'url' })}
    ${textInput(ctx, { path: 'email', label: s.email, hint: s.emailHint, value: r.email, type: 'email', inputmode: 'email', optional: true, width: 'w20', autocomplete: 'email' })}
    ${textArea(ctx, { path: 'alert', label: s.alert, hint: s.alertHint, value: r.alert, optional: true, rows: 2 })}
    ${textInput(ctx, { path: 'assured_date', label: s.assuredDate, hint: s.dateHint, value: r.assured_date, optional: true, width: 'w10' })}
  </fieldset>`;
}

/** Minimum and maximum age. */
export function renderAges(ctx: FieldContext, r: Json): TemplateResult {
  const { s } = ctx;
  return html`<fieldset class="group" data-group="ages">
    <legend class="legend legend--section">${s.ages}</legend>
    <div class="hint">${s.agesHint}</div>
    ${textInput(ctx, { path: 'minimum_age', label: s.minimumAge, value: r.minimum_age, kind: 'number', inputmode: 'numeric', optional: true, width: 'w3' })}
    ${textInput(ctx, { path: 'maximum_age', label: s.maximumAge, value: r.maximum_age, kind: 'number', inputmode: 'numeric', optional: true, width: 'w3' })}
  </fieldset>`;
}
