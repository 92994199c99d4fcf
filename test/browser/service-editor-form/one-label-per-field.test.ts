/**
 * One label per field (issue 13), in English and in Welsh: for every field the
 * form edits, the form's label or legend is the registry's label
 * (`fieldLabel`), the error the form shows for it names it with that label or
 * its in-sentence form, and the merge view names the service's own fields the
 * same way. (The detail view's check can reuse ./one-label.ts.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CONTROLS } from '../../../src/model/fields/generated/form.js';
import { fieldLabel, loadMessages } from '../../../src/model/messages/format.js';
import { OrukConflictView } from '../../../src/service-editor/conflict/conflict-view.component.js';
import { fieldId } from '../../../src/service-editor/form/fields.js';
import type { OrukServiceForm } from '../../../src/service-editor/form/index.js';
import { parsePath, setIn } from '../../../src/service-editor/form/record-path.js';
import { cy } from '../../../src/service-editor/strings/cy.js';
import { en } from '../../../src/service-editor/strings/en.js';
import { formFixture, root, sampleRecord } from './fixtures.js';
import { editedFields, formLabel, namesField, type EditedField } from './one-label.js';

if (!customElements.get('oruk-editor-conflict')) customElements.define('oruk-editor-conflict', OrukConflictView);

type Lang = 'en' | 'cy';
const FIELDS = editedFields();
const TEXT = { en, cy };
/** Inputs that are a group of fields, not a control: their errors show in the summary only. */
const GROUPS: readonly EditedField['input'][] = ['list', 'first-record', 'record'];

/**
 * Values the check refuses at the field itself, to try in turn: nothing where
 * the form asks for it, then a value of the wrong kind (text where a number
 * goes, a number where text goes, a choice that is not one, one value where a
 * list or a set of details goes).
 */
function badValues(field: EditedField): unknown[] {
  const { input } = field;
  const wrongKind =
    input === 'whole-number' || input === 'decimal'
      ? 'eleven'
      : input === 'radios'
        ? 'no such choice'
        : GROUPS.includes(input) || input === 'terms'
          ? 'one value'
          : 5;
  return field.required ? [undefined, wrongKind] : [wrongKind];
}

/** What the form shows as the label of a field the form asks for, or of an optional one. */
function expectedLabel(field: EditedField, lang: Lang): string {
  const label = fieldLabel(field.path, lang);
  return field.required || GROUPS.includes(field.input) ? label : `${label} ${TEXT[lang].optional}`;
}

/** Waits until the form shows its words in `lang` (Welsh loads lazily): the field words and its own. */
async function ready(form: OrukServiceForm, lang: Lang): Promise<void> {
  const description = FIELDS.find((f) => f.path === 'description')!;
  await waitUntil(
    () => formLabel(root(form), description) === expectedLabel(description, lang),
    `the form's words in ${lang}`,
  );
}

const shownText = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

it('walks every field the form edits: every control of the registry’s form, and its lists', () => {
  const controlled = new Set(FIELDS.filter((f) => f.input !== 'list').map((f) => f.key));
  expect([...controlled]).to.have.members(Object.keys(CONTROLS));
  expect(FIELDS.filter((f) => f.input === 'list').map((f) => f.path)).to.deep.equal([
    'schedules',
    'service_at_locations',
    'service_at_locations.0.location.accessibility',
    'cost_options',
    'contacts',
    'contacts.0.phones',
    'phones',
    'languages',
    'service_areas',
  ]);
});

for (const lang of ['en', 'cy'] as const) {
  describe(`one label per field (${lang})`, () => {
    before(() => loadMessages(lang));

    it('labels every field with the registry’s label, "(optional)" after it unless it asks for it', async () => {
      const form = await formFixture(sampleRecord(), { lang });
      await ready(form, lang);
      // A nested record edited in place has no label of its own: its fields have.
      const labelled = FIELDS.filter((f) => f.input !== 'record');
      expect(labelled.map((f) => [f.path, formLabel(root(form), f)])).to.deep.equal(
        labelled.map((f) => [f.path, expectedLabel(f, lang)]),
      );
    });

    it('names a field in the error the form shows for it with that label or its in-sentence form', async () => {
      const form = await formFixture(sampleRecord(), { lang });
      await ready(form, lang);
      const prefix = TEXT[lang].errorPrefix;
      const wrong: string[] = [];
      for (const field of FIELDS) {
        let inSummary: string | undefined;
        for (const value of badValues(field)) {
          form.record = setIn(sampleRecord(), parsePath(field.path), value);
          form.checkAll();
          await form.updateComplete;
          await form.updateComplete;
          inSummary = shownText(root(form).querySelector(`.error-summary a[data-focus="${field.path}"]`));
          if (inSummary) break;
        }
        // A field with a control of its own shows the message there too; a group's is in the summary only.
        const atField = shownText(root(form).getElementById(`${fieldId(field.path)}-error`));
        if (!inSummary || !namesField(inSummary, field.path, lang)) wrong.push(`${field.path}: ${inSummary}`);
        else if (!GROUPS.includes(field.input) && atField !== `${prefix} ${inSummary}`) {
          wrong.push(`${field.path} at the field: ${atField}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });

    it('names the service’s own fields in the merge view with the same labels as the form', async () => {
      const form = await formFixture(sampleRecord(), { lang });
      await ready(form, lang);
      const top = FIELDS.filter((f) => !f.path.includes('.'));
      const mine = sampleRecord();
      const theirs = { ...mine, ...Object.fromEntries(top.map((f) => [f.path, 'changed by someone else'])) };
      const view = await fixture<OrukConflictView>(
        html`<oruk-editor-conflict
          .mine=${mine}
          .theirs=${theirs}
          .strings=${TEXT[lang]}
          lang=${lang}
        ></oruk-editor-conflict>`,
      );
      const inMerge = top.map((f) => [
        f.path,
        shownText(view.shadowRoot!.querySelector(`fieldset[data-field="${f.path}"] > legend`)),
      ]);
      const optional = ` ${TEXT[lang].optional}`;
      expect(inMerge).to.deep.equal(top.map((f) => [f.path, formLabel(root(form), f)!.replace(optional, '')]));
      expect(inMerge).to.deep.equal(top.map((f) => [f.path, fieldLabel(f.path, lang)]));
    });
  });
}
