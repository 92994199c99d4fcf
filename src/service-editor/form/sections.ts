/**
 * The form, built from the field registry (src/model/fields/): the generated
 * FORM gives each entity's fields (and the service's sections) in the order
 * shown, CONTROLS each field's control, and `fieldWords(lang)` (the context's
 * `w`) the words: labels, hints, choices, Add buttons, item names, section
 * legends. A list field without a control is a repeating group of its entity;
 * special controls are `checkboxes` (the BYDAY day boxes), `record` (a nested
 * record edited in place), `first-record` (a location's first address) and
 * `terms` (the catalogue's taxonomy terms, with a filter for long lists).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { choiceValues } from '../../model/fields/choices.js';
import { CONTROLS, FORM, type FormControl, type FormPart } from '../../model/fields/generated/form.js';
import { childEntity } from '../../model/messages/labels.js';
import type { EntityName } from '../../model/schema/table.js';
import type { TaxonomyTermView } from '../../model/view-model.js';
import { daysOf } from './days.js';
import {
  choiceField,
  fieldId,
  join,
  objectIn,
  repeatGroup,
  textField,
  type FieldContext,
  type FieldText,
} from './fields.js';
import { isJson, type Json } from '../../model/json.js';
import { listAt } from './record-path.js';
import { extraLinkedTerms, linkedTermIds } from './taxonomy.js';

/** The whole form: the service's sections, fields and repeating groups, in the registry's order. */
export function renderForm(ctx: FieldContext, record: Json): unknown[] {
  return renderEntity(ctx, 'service', record, '');
}

/** The fields of one record (or item) of `entity` at `prefix`, in its form's order. */
function renderEntity(ctx: FieldContext, entity: string, item: Json, prefix: string): unknown[] {
  return (FORM[entity] ?? []).map((part) => renderPart(ctx, entity, item, prefix, part));
}

function renderPart(ctx: FieldContext, entity: string, item: Json, prefix: string, part: FormPart): unknown {
  if (typeof part === 'string') return renderField(ctx, entity, part, item, prefix);
  const key = `${entity}.${part.name}`;
  const hint = ctx.w.sections[`${key}.hint`];
  const fields = part.fields.map((name) => renderField(ctx, entity, name, item, prefix));
  return html`<fieldset class="group" data-group=${part.name}
    ><legend class="legend section">${ctx.w.sections[key]}</legend>${
      hint ? html`<div class="hint">${hint}</div>` : nothing
    }${fields}</fieldset
  >`;
}

/** A field's words: its label, hint, and "(optional)" unless the form asks for it. */
function textOf(ctx: FieldContext, key: string, control: FormControl | undefined): FieldText {
  return { label: ctx.w.labels[key] ?? key, hint: ctx.w.hints[key], optional: !control?.required };
}

/** One field of `entity`, by its control; a list without one is a repeating group of its items. */
function renderField(ctx: FieldContext, entity: string, name: string, item: Json, prefix: string): unknown {
  const key = `${entity}.${name}`;
  const control = CONTROLS[key];
  const path = join(prefix, name);
  const child = () => childEntity(entity as EntityName, name) ?? name;
  const text = textOf(ctx, key, control);
  const value = item[name];
  switch (control?.input) {
    case undefined: {
      const of = child();
      const group = { legend: text.label, entity: of, add: ctx.w.add[key] ?? '', nested: prefix !== '' };
      return repeatGroup(ctx, { ...group, fields: (one, at) => renderEntity(ctx, of, one, at) }, value, path);
    }
    case 'record':
      return renderEntity(ctx, child(), objectIn(item, name), path);
    case 'first-record':
      return firstRecord(ctx, child(), item, name, path, text);
    case 'terms':
      return guard([value, ctx.terms, ctx.termFilter, ctx.version, ctx.errorsKey(path)], () =>
        renderTaxonomy(ctx, path, value, text),
      );
    case 'radios':
    case 'checkboxes': {
      const days = control.input === 'checkboxes';
      return choiceField(ctx, {
        ...text,
        path,
        value,
        inline: control.inline,
        // Each choice is its place among the field's values (choices.ts), and so the key of its words.
        choices: (control.choices ?? []).map((place) => {
          const value = choiceValues(key)[place]!;
          const at = `${key}.${place}`;
          return { value, label: ctx.w.options[at] ?? ctx.w.choices[at] ?? value };
        }),
        ...(days && { checked: daysOf(value), role: 'days' as const }),
      });
    }
    default:
      return textField(ctx, path, value, control, text);
  }
}

/**
 * The first record of a list, edited in place in a fieldset of its own (a
 * location's first address; any others are kept as they are). An online-only
 * location without an address shows none.
 */
function firstRecord(ctx: FieldContext, entity: string, item: Json, name: string, list: string, text: FieldText) {
  const first = listAt(item, [name])[0];
  if (!isJson(first) && item.location_type === 'virtual') return nothing;
  const path = `${list}.0`;
  const fields = renderEntity(ctx, entity, isJson(first) ? first : {}, path);
  return html`<fieldset class="group nested" id=${fieldId(path)} data-group=${path}
    ><legend class="legend">${text.label}</legend>${fields}</fieldset
  >`;
}

/** Above this many choices the form offers a filter box. */
const FILTER_FROM = 8;

/** Taxonomy terms as checkboxes, with a filter for long lists that always keeps ticked terms in view. */
function renderTaxonomy(ctx: FieldContext, path: string, attributes: unknown, text: FieldText): TemplateResult {
  const { s, terms, termFilter } = ctx;
  const linked = linkedTermIds(attributes);
  const all: readonly TaxonomyTermView[] = [...terms, ...extraLinkedTerms(attributes, terms)];
  const needle = termFilter.trim().toLocaleLowerCase();
  const shown = all.filter(
    (t) => linked.has(t.id) || `${t.name}\n${t.taxonomy ?? ''}`.toLocaleLowerCase().includes(needle),
  );
  return html`<div class="group" data-group=${path}>${choiceField(ctx, {
    ...text,
    path,
    choices: shown.map((t) => ({ value: t.id, label: t.taxonomy ? `${t.name} (${t.taxonomy})` : t.name })),
    checked: linked,
    role: 'term',
    empty: all.length ? s.noMatchingTerms : s.noTerms,
    before:
      all.length > FILTER_FROM
        ? html`<div class="field"><label class="label" for="taxonomy-filter">${s.filterTerms}</label><input
              class="input w20"
              id="taxonomy-filter"
              type="search"
              data-filter="taxonomy"
              .value=${termFilter}
              autocomplete="off"
            /></div>`
        : undefined,
  })}</div>`;
}
