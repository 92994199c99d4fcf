/** Each field group edits the record correctly, immutably, and keeps every field the form does not edit. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SERVICE_ID, control, formFixture, pick, recordEdits, root, sampleRecord, typeInto } from './fixtures.js';

type Json = Record<string, any>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('oruk-service-form edits', () => {
  it('edits the service name, firing a new record and leaving the given one and unknown fields alone', async () => {
    const original = sampleRecord();
    const frozen = JSON.stringify(original);
    const form = await formFixture(original);
    const edits = recordEdits(form);
    await typeInto(form, 'name', 'Young Carers Club');
    expect(edits.length).to.equal('Young Carers Club'.length);
    const last = edits.at(-1) as Json;
    expect(last.name).to.equal('Young Carers Club');
    expect(last).to.not.equal(original);
    expect(JSON.stringify(original)).to.equal(frozen);
    expect(last.x_vendor_flag).to.equal(original.x_vendor_flag);
    expect(last.organization).to.equal(original.organization);
    expect(last.schedules).to.equal(original.schedules);
    expect(last.last_modified).to.equal('2026-03-01T10:00:00Z');
    expect(form.record).to.equal(last);
  });

  it('removes an optional field that is emptied, and edits description, website, alert and last checked', async () => {
    const form = await formFixture();
    const edits = recordEdits(form);
    await typeInto(form, 'email', '');
    expect(edits.at(-1)).to.not.have.property('email');
    await typeInto(form, 'description', 'New words');
    await typeInto(form, 'url', 'https://carers.example.org');
    await typeInto(form, 'alert', 'Closed over Easter');
    await typeInto(form, 'assured_date', '2026-04-02');
    expect(edits.at(-1)).to.include({
      description: 'New words',
      url: 'https://carers.example.org',
      alert: 'Closed over Easter',
      assured_date: '2026-04-02',
    });
  });

  it('edits the accreditations, a text area under its label in the about section', async () => {
    const form = await formFixture();
    const edits = recordEdits(form);
    const box = control(form, 'accreditations');
    const label = root(form).querySelector(`label[for="${box.id}"]`)!;
    expect(label.textContent!.trim()).to.equal('Accreditations (optional)');
    expect(box.closest('fieldset[data-group="about"]')).to.not.equal(null);
    expect(box.tagName).to.equal('TEXTAREA');
    await typeInto(form, 'accreditations', 'Advice Quality Standard');
    expect(edits.at(-1)).to.include({ accreditations: 'Advice Quality Standard' });
  });

  it('sets the status from radios with human labels, by keyboard', async () => {
    const form = await formFixture();
    const labels = [...root(form).querySelectorAll('[data-field="status"] label')].map((l) => l.textContent?.trim());
    expect(labels).to.deep.equal(['Active', 'Temporarily closed', 'Inactive', 'Defunct']);
    control(form, 'status').focus();
    await sendKeys({ press: 'ArrowDown' });
    await form.updateComplete;
    expect(form.record.status).to.equal('temporarily closed');
  });

  it('stores ages as numbers, and keeps text that is not a number so the check can explain', async () => {
    const form = await formFixture();
    await typeInto(form, 'minimum_age', '12');
    expect(form.record.minimum_age).to.equal(12);
    await typeInto(form, 'maximum_age', 'ten');
    expect(form.record.maximum_age).to.equal('ten');
  });

  it('edits cost options, keeping "7.50" as typed while storing 7.5, and adds one in GBP', async () => {
    const form = await formFixture();
    await typeInto(form, 'cost_options.0.amount', '7.50');
    expect((form.record as Json).cost_options[0].amount).to.equal(7.5);
    expect(control(form, 'cost_options.0.amount').value).to.equal('7.50');
    await typeInto(form, 'cost_options.0.amount_description', 'Free for carers');
    expect((form.record as Json).cost_options[0]).to.include({
      amount_description: 'Free for carers',
      option: 'Per session',
      currency: 'GBP',
    });
    root(form).querySelector<HTMLButtonElement>('#add-f-cost_options')!.click();
    await form.updateComplete;
    const added = (form.record as Json).cost_options[1];
    expect(added.id).to.match(UUID);
    expect(added).to.include({ service_id: SERVICE_ID, currency: 'GBP' });
  });

  it('edits weekly opening times: day boxes to byday, times, description and dates', async () => {
    const form = await formFixture();
    const friday = root(form).querySelectorAll<HTMLInputElement>('[data-path="schedules.0.byday"]')[4]!;
    expect(friday.value).to.equal('FR');
    friday.focus();
    await sendKeys({ press: 'Space' });
    await form.updateComplete;
    const monday = control(form, 'schedules.0.byday');
    monday.focus();
    await sendKeys({ press: 'Space' });
    await form.updateComplete;
    await pick(form, 'schedules.0.opens_at', '09:30');
    expect(control(form, 'schedules.0.opens_at').type).to.equal('time');
    await typeInto(form, 'schedules.0.description', 'Drop-in');
    await typeInto(form, 'schedules.0.valid_from', '2026-04-01');
    const schedule = (form.record as Json).schedules[0];
    expect(schedule).to.include({
      byday: 'TH,FR',
      opens_at: '09:30',
      closes_at: '16:00',
      description: 'Drop-in',
      valid_from: '2026-04-01',
      freq: 'WEEKLY',
      x_schedule_note: 'vendor',
    });
    root(form).querySelector<HTMLButtonElement>('#add-f-schedules')!.click();
    await form.updateComplete;
    const added = (form.record as Json).schedules[2];
    expect(added.id).to.match(UUID);
    expect(added).to.include({ service_id: SERVICE_ID, freq: 'WEEKLY' });
  });

  it('edits a location: name, address, type and accessibility, keeping coordinates', async () => {
    const form = await formFixture();
    const p = 'service_at_locations.0.location';
    await typeInto(form, `${p}.name`, 'New Hall');
    await typeInto(form, `${p}.addresses.0.postal_code`, 'CF11 9XR');
    await typeInto(form, `${p}.accessibility.0.description`, 'Hearing loop');
    const location = (form.record as Json).service_at_locations[0].location;
    expect(location).to.include({ name: 'New Hall', latitude: 51.48, longitude: -3.18, location_type: 'physical' });
    expect(location.addresses[0]).to.include({ postal_code: 'CF11 9XR', address_1: '1 High Street', country: 'GB' });
    expect(location.accessibility[0]).to.include({ description: 'Hearing loop' });
  });

  it('adds a location with its own ids, a UK address to fill in, and drops the blank address when it is online only', async () => {
    const form = await formFixture();
    root(form).querySelector<HTMLButtonElement>('#add-f-service_at_locations')!.click();
    await form.updateComplete;
    const sal = (form.record as Json).service_at_locations[1];
    expect(sal.id).to.match(UUID);
    expect(sal.service_id).to.equal(SERVICE_ID);
    expect(sal.location_id).to.equal(sal.location.id);
    expect(sal.location.addresses[0]).to.include({
      location_id: sal.location.id,
      country: 'GB',
      address_type: 'physical',
    });
    const virtual = root(form).querySelector<HTMLInputElement>(
      '[data-path="service_at_locations.1.location.location_type"][value="virtual"]',
    )!;
    virtual.click();
    await form.updateComplete;
    expect((form.record as Json).service_at_locations[1].location.addresses).to.deep.equal([]);
    expect(root(form).querySelector('[data-path="service_at_locations.1.location.addresses.0.city"]')).to.equal(null);
    root(form)
      .querySelector<HTMLInputElement>('[data-path="service_at_locations.1.location.location_type"][value="physical"]')!
      .click();
    await form.updateComplete;
    await typeInto(form, 'service_at_locations.1.location.addresses.0.city', 'Newport');
    expect((form.record as Json).service_at_locations[1].location.addresses[0]).to.include({
      city: 'Newport',
      country: 'GB',
    });
  });

  it('edits contacts and their phones, and the service phones', async () => {
    const form = await formFixture();
    await typeInto(form, 'contacts.0.title', 'Manager');
    await typeInto(form, 'contacts.0.phones.0.number', '07700 900 982');
    root(form).querySelector<HTMLButtonElement>('#add-f-contacts-0-phones')!.click();
    await form.updateComplete;
    await typeInto(form, 'phones.0.description', 'Reception');
    const record = form.record as Json;
    expect(record.contacts[0]).to.include({ title: 'Manager', name: 'Sam Jones', email: 'sam@example.org' });
    expect(record.contacts[0].phones[0].number).to.equal('07700 900 982');
    expect(record.contacts[0].phones[1].contact_id).to.equal('f1000000-0000-4000-8000-000000000001');
    expect(record.phones[0]).to.include({ number: '029 2018 0000', description: 'Reception' });
  });

  it('edits languages (name and code) and service areas, keeping their other fields', async () => {
    const form = await formFixture();
    await typeInto(form, 'languages.0.name', 'English');
    await typeInto(form, 'languages.0.code', 'en');
    await typeInto(form, 'service_areas.0.name', 'Vale of Glamorgan');
    const record = form.record as Json;
    expect(record.languages[0]).to.include({ name: 'English', code: 'en', service_id: SERVICE_ID });
    expect(record.service_areas[0]).to.include({ name: 'Vale of Glamorgan', extent_type: 'x' });
  });

  it('links and unlinks taxonomy terms as attributes, keeping attributes that are not term links', async () => {
    const form = await formFixture();
    const boxes = [...root(form).querySelectorAll<HTMLInputElement>('[data-check="term"]')];
    expect(boxes.map((b) => b.checked)).to.deep.equal([true, false, false]);
    boxes[1]!.focus();
    await sendKeys({ press: 'Space' });
    boxes[0]!.focus();
    await sendKeys({ press: 'Space' });
    await form.updateComplete;
    const attributes = (form.record as Json).attributes as Json[];
    expect(attributes).to.have.length(2);
    expect(attributes[0]).to.deep.equal(sampleRecord().attributes && (sampleRecord().attributes as Json[])[0]);
    expect(attributes[1]).to.deep.include({
      taxonomy_term_id: '7e000000-0000-4000-8000-000000000002',
      link_type: 'service',
      link_id: SERVICE_ID,
    });
    expect(attributes[1]!.taxonomy_term).to.include({
      id: '7e000000-0000-4000-8000-000000000002',
      name: 'Mental health',
      taxonomy: 'esdServiceTypes',
    });
  });

  it('shows what is stored, including a time a time control cannot show, as text to fix', async () => {
    const record = sampleRecord() as Json;
    record.schedules[0].opens_at = '10:00:00Z';
    const form = await formFixture(record);
    const opens = control(form, 'schedules.0.opens_at');
    expect(opens.type).to.equal('text');
    expect(opens.value).to.equal('10:00:00Z');
    expect(control(form, 'schedules.1.opens_at').type).to.equal('time');
  });
});

describe('oruk-service-form taxonomy filter', () => {
  it('offers a filter for long lists, always keeping ticked terms in view', async () => {
    const terms = Array.from({ length: 12 }, (_, i) => ({
      id: `7e000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`,
      name: `Term ${i}`,
    }));
    terms.push(
      { id: '7e000000-0000-4000-8000-000000000001', name: 'Carers' },
      { id: '7e000000-0000-4000-8000-000000000002', name: 'Mental health' },
    );
    const form = await formFixture(sampleRecord(), { terms });
    const filter = root(form).querySelector<HTMLInputElement>('#taxonomy-filter')!;
    expect(root(form).querySelector(`label[for="taxonomy-filter"]`)!.textContent!.trim()).to.equal('Filter categories');
    filter.focus();
    await sendKeys({ type: 'mental' });
    await form.updateComplete;
    const shown = [...root(form).querySelectorAll<HTMLInputElement>('[data-check="term"]')].map((b) =>
      b.labels![0]!.textContent!.trim(),
    );
    expect(shown).to.deep.equal(['Carers', 'Mental health']);
    await sendKeys({ type: 'zzz' });
    await form.updateComplete;
    expect([...root(form).querySelectorAll('[data-check="term"]')].length).to.equal(1);
  });
});
