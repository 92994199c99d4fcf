/**
 * One label per field: where the detail view names a field (a section's heading, an item's label),
 * it shows the field registry's label, the same words as fieldLabel (the form, the error messages
 * and the merge view), in English and in Welsh.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DETAIL } from '../../../src/model/fields/generated/detail.js';
import { choiceKey, choiceValues } from '../../../src/model/fields/choices.js';
import { choiceLabel, fieldLabel, fieldWords, loadMessages } from '../../../src/model/messages/index.js';
import type { ServiceView } from '../../../src/model/view-model.js';
import { FULL, makeService, manyServices } from './fixtures.js';
import { q, qa, resetUrl, text, type List } from './helpers.js';

/** The words before an item's colon: "Phone number: 01234 567890" → "Phone number". */
const before = (words: string) => words.replace(/\s+/g, ' ').trim().split(':')[0]!;
const heading = (section: string) => (el: List) => text(el, `[data-section="${section}"] [part~="section-title"]`);
/** The label of every item holding this part, one entry per different label. */
const items = (selector: string) => (el: List) => [
  ...new Set(qa(el, selector).map((part) => before(part.closest('li')!.textContent!))),
];

/**
 * Each field the detail view labels: its path in a service record, and what the view shows as its
 * label (one string, or each place it is labelled). `last_modified` is labelled when nothing says
 * when the service was last checked.
 */
const LABELLED: Record<string, { path: string; shown: (el: List) => string | string[] }> = {
  'service.alert': { path: 'alert', shown: (el) => before(text(el, '[part="alert"] strong')) },
  'service.url': { path: 'url', shown: items('[part="website"]') },
  'service.email': { path: 'email', shown: items('[data-section="contact"] > ul > li > [part="email"]') },
  'contact.email': { path: 'contacts.0.email', shown: items('.contacts [part="email"]') },
  'phone.number': { path: 'contacts.0.phones.0.number', shown: items('[part="phone"]') },
  'service.service_at_locations': { path: 'service_at_locations', shown: heading('where') },
  'service.schedules': { path: 'schedules', shown: heading('when') },
  'service.cost_options': { path: 'cost_options', shown: heading('cost') },
  'service.languages': { path: 'languages', shown: heading('languages') },
  'service.service_areas': { path: 'service_areas', shown: heading('areas') },
  'location.accessibility': { path: 'service_at_locations.0.location.accessibility', shown: heading('accessibility') },
  'service.attributes': { path: 'attributes', shown: heading('terms') },
  'service.assured_date': { path: 'assured_date', shown: (el) => before(text(el, '[part="checked"]')) },
};
const CHANGED = { path: 'last_modified', shown: (el: List) => before(text(el, '[part="checked"]')) };

/**
 * Fields the detail view shows without a label of its own: as a value (the title, the status
 * badge), as text within a section headed by another field or by words that are not one field's
 * ("Contact", "Who it is for"), or through the items of a labelled field (a place's phones).
 */
const UNLABELLED = new Set([
  'service.name',
  'organization.name',
  'service.description',
  'service.status',
  'service.fees',
  'service.minimum_age',
  'service.maximum_age',
  'service.contacts',
  'service.phones',
  'location.name',
  'location.addresses',
  'location.phones',
  'address.address_1',
  'address.city',
  'address.region',
  'address.state_province',
  'address.postal_code',
  'accessibility.description',
  'phone.description',
  'contact.name',
  'contact.title',
  'contact.phones',
  'schedule.valid_from',
  'schedule.valid_to',
  'schedule.byday',
  'schedule.description',
  'schedule.opens_at',
  'schedule.closes_at',
  'schedule.notes',
  'service_area.name',
  'cost_option.option',
  'cost_option.amount',
  'cost_option.amount_description',
  'cost_option.currency',
  'language.name',
]);

/** FULL, with a phone at its place too, so every kind of phone item is labelled. */
const SERVICE: ServiceView = {
  ...FULL,
  locations: FULL.locations.map((l) => ({ ...l, phones: [{ number: '029 2000 0000', tel: '+442920000000' }] })),
};
const UNCHECKED = makeService({ id: 'svc-unchecked', lastModified: '2026-03-04T10:00:00Z' });

async function detailOf(service: ServiceView, lang: 'en' | 'cy'): Promise<List> {
  const el = await fixture<List>(
    html`<oruk-service-list lang=${lang} no-history selected=${service.id} .services=${[service]}></oruk-service-list>`,
  );
  // The detail view in the page's language (its back link's words come with the language).
  const back = lang === 'cy' ? 'Yn ôl i’r holl wasanaethau' : 'Back to all services';
  await waitUntil(
    () => q(el, '[part="detail"]') !== null && text(el, '[part="back-link"]') === back,
    `the detail view in ${lang}`,
  );
  return el;
}

describe('<oruk-service-list> detail view: field labels from the field registry', () => {
  beforeEach(resetUrl);

  it('places every field the detail view shows: labelled by its registry label, or shown without one', () => {
    for (const key of Object.keys(DETAIL)) {
      const labelled = key in LABELLED || key === 'service.last_modified';
      expect(labelled !== UNLABELLED.has(key), `${key}: labelled or not, exactly one`).to.equal(true);
    }
  });

  for (const lang of ['en', 'cy'] as const) {
    it(`shows each field's label as fieldLabel gives it (${lang})`, async () => {
      await loadMessages(lang);
      const el = await detailOf(SERVICE, lang);
      for (const [key, { path, shown }] of Object.entries(LABELLED)) {
        const label = fieldLabel(path, lang);
        const seen = shown(el);
        expect(seen, `${key} (${path})`).to.deep.equal(Array.isArray(seen) ? [label] : label);
      }
      const unchecked = await detailOf(UNCHECKED, lang);
      expect(CHANGED.shown(unchecked), 'service.last_modified').to.equal(fieldLabel(CHANGED.path, lang));
    });
  }

  for (const lang of ['en', 'cy'] as const) {
    it(`badges each status but active with the registry's word for visitors, else its label (${lang})`, async () => {
      await loadMessages(lang);
      const statuses = choiceValues('service.status').filter((status) => status !== 'active');
      const services = manyServices(statuses.length).map((service, i) => ({ ...service, status: statuses[i]! }));
      const el = await fixture<List>(
        html`<oruk-service-list lang=${lang} no-history .services=${services}></oruk-service-list>`,
      );
      const words = statuses.map(
        (status) => fieldWords(lang).shown[choiceKey('service.status', status)] ?? choiceLabel('status', status, lang),
      );
      await waitUntil(() => text(el, '[part~="status"]') === words[0], `the badges in ${lang}`);
      expect(qa(el, '[part~="status"]').map((badge) => badge.textContent)).to.deep.equal(words);
      // The words the list showed before they came from the registry.
      expect(words).to.deep.equal(
        lang === 'en'
          ? ['Not running', 'Closed', 'Temporarily closed']
          : ['Ddim yn rhedeg', 'Wedi cau', 'Ar gau dros dro'],
      );
    });
  }
});
