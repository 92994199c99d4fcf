/**
 * Checking: a field is checked when it loses focus; checkAll() shows the
 * GOV.UK error summary and inline messages; server problems show at fields;
 * Welsh; axe.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrukServiceForm } from '../../../src/service-editor/form/index.js';
import { control, formFixture, root, sampleRecord, typeInto } from './fixtures.js';

type Json = Record<string, any>;

function inlineError(form: OrukServiceForm, path: string): string | undefined {
  const input = control(form, path);
  const error = root(form).getElementById(`${input.id}-error`);
  return error?.textContent?.replace(/\s+/g, ' ').trim();
}

function summaryLinks(form: OrukServiceForm): HTMLAnchorElement[] {
  return [...root(form).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
}

async function settle(form: OrukServiceForm): Promise<void> {
  await form.updateComplete;
  await form.updateComplete;
}

describe('oruk-service-form checking', () => {
  it('checks a field when it loses focus, with a GOV.UK inline message linked to the input', async () => {
    const form = await formFixture();
    await typeInto(form, 'name', '');
    expect(inlineError(form, 'name')).to.equal(undefined);
    await sendKeys({ press: 'Tab' });
    await settle(form);
    expect(inlineError(form, 'name')).to.equal('Error: Enter the service name');
    const input = control(form, 'name');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('f-name-error');
    expect(root(form).querySelector('#f-name-error .visually-hidden')!.textContent).to.equal('Error:');
    expect(root(form).querySelector('.error-summary')).to.equal(null);
    await typeInto(form, 'name', 'Carers Club');
    await sendKeys({ press: 'Tab' });
    await settle(form);
    expect(inlineError(form, 'name')).to.equal(undefined);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it("shows only the blurred field's problems, leaving others unshown until they are checked", async () => {
    const record = sampleRecord() as Json;
    record.service_at_locations[0].location.addresses[0].postal_code = 'NOT A POSTCODE';
    const form = await formFixture(record);
    await typeInto(form, 'email', 'not-an-email');
    await sendKeys({ press: 'Tab' });
    await settle(form);
    expect(inlineError(form, 'email')).to.equal(
      'Error: Enter an email address in the correct format, like name@example.org',
    );
    expect(inlineError(form, 'service_at_locations.0.location.addresses.0.postal_code')).to.equal(undefined);
    control(form, 'service_at_locations.0.location.addresses.0.postal_code').focus();
    await sendKeys({ press: 'Tab' });
    await settle(form);
    expect(inlineError(form, 'service_at_locations.0.location.addresses.0.postal_code')).to.equal(
      'Error: Enter a real UK postcode, like SW1A 1AA',
    );
    expect(inlineError(form, 'email')).to.equal(
      'Error: Enter an email address in the correct format, like name@example.org',
    );
  });

  it('checkAll() shows a focused error summary whose links move focus to each field', async () => {
    const record = sampleRecord() as Json;
    delete record.name;
    record.email = 'nope';
    record.phones[0].number = 'call us';
    record.schedules[1].opens_at = "9 o'clock";
    const form = await formFixture(record);
    const problems = form.checkAll();
    expect(problems.map((p) => p.path)).to.deep.equal(['name', 'email', 'schedules.1.opens_at', 'phones.0.number']);
    await settle(form);
    const summary = root(form).querySelector<HTMLElement>('.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(root(form).activeElement).to.equal(summary);
    expect(summary.querySelector('h2')!.textContent).to.equal('There is a problem');
    const links = summaryLinks(form);
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Enter the service name',
      'Enter an email address in the correct format, like name@example.org',
      'Enter a time in the 24-hour format, like 09:30',
      'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
    ]);
    expect(inlineError(form, 'phones.0.number')).to.equal(
      'Error: Enter a UK phone number, like 01632 960 001 or 07700 900 982',
    );
    // Keyboard: the first link is the next stop after the summary; Enter follows it.
    await sendKeys({ press: 'Tab' });
    expect(root(form).activeElement).to.equal(links[0]);
    await sendKeys({ press: 'Enter' });
    expect(root(form).activeElement).to.equal(control(form, 'name'));
    links[2]!.click();
    expect(root(form).activeElement).to.equal(control(form, 'schedules.1.opens_at'));
  });

  it('checkAll() returns nothing and shows no summary for a valid record', async () => {
    const form = await formFixture();
    expect(form.checkAll()).to.deep.equal([]);
    await settle(form);
    expect(root(form).querySelector('.error-summary')).to.equal(null);
  });

  it('focusField() finds the control for a path, or the nearest group for one it has no control for', async () => {
    const form = await formFixture();
    form.focusField('service_at_locations.0.location.addresses.0.postal_code');
    expect(root(form).activeElement).to.equal(control(form, 'service_at_locations.0.location.addresses.0.postal_code'));
    form.focusField('status');
    expect(root(form).activeElement).to.equal(control(form, 'status'));
    form.focusField('service_at_locations.0.location.addresses.0.country');
    expect((root(form).activeElement as HTMLInputElement).dataset.path).to.equal(
      'service_at_locations.0.location.addresses.0.address_1',
    );
  });

  it('shows server problems (after a 422) at their fields and in the summary, until the field is edited', async () => {
    const form = await formFixture();
    form.serverProblems = [
      { path: '/service_at_locations/0/location/name', message: 'This location name is already used' },
      { path: 'contacts.0.email', message: 'This email address is not accepted by the catalogue' },
    ];
    await settle(form);
    expect(inlineError(form, 'service_at_locations.0.location.name')).to.equal(
      'Error: This location name is already used',
    );
    expect(inlineError(form, 'contacts.0.email')).to.equal(
      'Error: This email address is not accepted by the catalogue',
    );
    expect(summaryLinks(form).map((a) => a.textContent)).to.deep.equal([
      'This location name is already used',
      'This email address is not accepted by the catalogue',
    ]);
    await typeInto(form, 'service_at_locations.0.location.name', 'Church Hall');
    expect(inlineError(form, 'service_at_locations.0.location.name')).to.equal(undefined);
    expect(inlineError(form, 'contacts.0.email')).to.equal(
      'Error: This email address is not accepted by the catalogue',
    );
  });

  it('is in Welsh with lang="cy": labels, summary and messages', async () => {
    const record = sampleRecord();
    delete record.name;
    const form = await formFixture(record, { lang: 'cy' });
    const label = root(form).querySelector(`label[for="${control(form, 'name').id}"]`)!;
    // Welsh is loaded lazily, on first use.
    await waitUntil(() => label.textContent!.trim() === 'Enw’r gwasanaeth', 'the Welsh label', { timeout: 3000 });
    expect(root(form).querySelector('#add-f-schedules')!.textContent!.trim()).to.equal('Ychwanegu amseroedd agor');
    form.checkAll();
    await settle(form);
    expect(root(form).querySelector('.error-summary h2')!.textContent).to.equal('Mae problem wedi codi');
    const error = inlineError(form, 'name')!;
    expect(error.startsWith('Gwall: ')).to.equal(true);
    expect(error).to.not.contain('Enter');
  });

  it('shows the registry’s Welsh labels, and names a field in a Welsh error in its in-sentence form', async () => {
    const form = await formFixture(sampleRecord(), { lang: 'cy' });
    const line1 = 'service_at_locations.0.location.addresses.0.address_1';
    const label = (path: string) =>
      root(form)
        .querySelector(`label[for="${control(form, path).id}"]`)!
        .textContent!.trim();
    const legend = (path: string) =>
      root(form).querySelector(`fieldset[data-field="${path}"] > legend`)!.textContent!.trim();
    // Welsh is loaded lazily, on first use.
    await waitUntil(() => label(line1) === 'Llinell gyntaf y cyfeiriad', 'the Welsh labels never came');
    expect(label('schedules.0.opens_at')).to.equal('Amser agor (dewisol)');
    expect(label('schedules.0.valid_to')).to.equal('Dyddiad gorffen (dewisol)');
    expect(label('assured_date')).to.equal('Dyddiad y gwiriad diwethaf (dewisol)');
    expect(label('alert')).to.equal('Hysbysiad pwysig (dewisol)');
    expect(label('contacts.0.name')).to.equal('Enw’r cyswllt (dewisol)');
    expect(legend('status')).to.equal('Statws');
    expect(legend('schedules.0.byday')).to.equal('Diwrnodau (dewisol)');
    // Leave address line 1 empty: "Rhowch linell gyntaf y cyfeiriad" (soft mutation), never the bare label.
    await typeInto(form, line1, '');
    await sendKeys({ press: 'Tab' });
    await settle(form);
    expect(inlineError(form, line1)).to.equal('Gwall: Rhowch linell gyntaf y cyfeiriad');
    form.checkAll();
    await settle(form);
    expect(summaryLinks(form).map((a) => a.textContent!.trim())).to.deep.equal(['Rhowch linell gyntaf y cyfeiriad']);
    expect(inlineError(form, line1)).to.equal('Gwall: Rhowch linell gyntaf y cyfeiriad');
  });

  it('words a server problem by its key in the form’s language, or in the server’s words for a new key', async () => {
    const form = await formFixture(sampleRecord(), { lang: 'cy' });
    form.serverProblems = [
      { path: 'email', key: 'format.email', message: 'Enter an email address in the correct format' },
      { path: 'name', key: 'name.taken', message: 'This name is already used' },
    ];
    await waitUntil(() => inlineError(form, 'email')?.startsWith('Gwall: Rhowch gyfeiriad e-bost'), 'Welsh words');
    expect(inlineError(form, 'email')).to.equal(
      'Gwall: Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.org',
    );
    expect(inlineError(form, 'name')).to.equal('Gwall: This name is already used');
    expect(summaryLinks(form).map((a) => a.textContent)).to.deep.equal([
      'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.org',
      'This name is already used',
    ]);
  });

  it('disables every control while disabled', async () => {
    const form = await formFixture();
    form.disabled = true;
    await settle(form);
    expect(control(form, 'name').matches(':disabled')).to.equal(true);
    expect(root(form).querySelector<HTMLButtonElement>('#add-f-schedules')!.matches(':disabled')).to.equal(true);
  });

  it('is accessible (axe), with and without errors shown', async () => {
    const record = sampleRecord() as Json;
    record.email = 'nope';
    record.minimum_age = 20;
    const form = await formFixture(record);
    await expect(form).to.be.accessible();
    form.checkAll();
    await settle(form);
    expect(summaryLinks(form).length).to.be.greaterThan(0);
    await expect(form).to.be.accessible();
  });
});
