import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OrukConflictView } from '../../../src/service-editor/conflict/conflict-view.component.js';
import { describe as describeValue, differences, merge } from '../../../src/service-editor/conflict/merge.js';
import { cy } from '../../../src/service-editor/strings/cy.js';

if (!customElements.get('oruk-editor-conflict')) customElements.define('oruk-editor-conflict', OrukConflictView);

const base = {
  id: 'svc',
  name: 'Youth club',
  status: 'active',
  email: 'hello@youth.example.org',
  schedules: [{ id: 's1', byday: 'MO', opens_at: '16:00', closes_at: '18:00' }],
  x_vendor: { keep: true },
  last_modified: '2026-01-01T00:00:00Z',
};
// You changed the name and the opening times; they changed the email and the name.
const mine = {
  ...base,
  name: 'Youth club (Tuesdays)',
  schedules: [{ id: 's1', byday: 'TU', opens_at: '16:00', closes_at: '19:00' }],
};
const theirs = {
  ...base,
  name: 'The Youth Club',
  email: 'team@youth.example.org',
  last_modified: '2026-02-02T00:00:00Z',
};

describe('conflict merge', () => {
  it('lists every differing field with a default that keeps both people’s work', () => {
    const diffs = differences(mine, theirs, base);
    expect(diffs.map((d) => [d.field, d.suggested])).to.deep.equal([
      ['name', 'mine'], // both changed it: yours by default, you choose
      ['email', 'theirs'], // only they changed it
      ['schedules', 'mine'], // only you changed it
    ]);
  });

  it('merges on top of their record, so unedited and vendor fields are kept and last_modified is theirs', () => {
    const merged = merge(mine, theirs, { name: 'theirs', email: 'theirs', schedules: 'mine' });
    expect(merged).to.deep.equal({ ...theirs, schedules: mine.schedules });
    expect(merged.x_vendor).to.deep.equal({ keep: true });
    expect(merged.last_modified).to.equal('2026-02-02T00:00:00Z');
  });

  it('keeps your removal of a field when you choose yours', () => {
    const withoutEmail: Record<string, unknown> = { ...base };
    delete withoutEmail.email;
    const merged = merge(withoutEmail, theirs, { email: 'mine' });
    expect('email' in merged).to.equal(false);
  });

  it('describes groups as one plain line per item, without ids', () => {
    expect(describeValue(mine.schedules)).to.deep.equal(['TU, 16:00, 19:00']);
    expect(describeValue('')).to.deep.equal([]);
  });
});

describe('<oruk-editor-conflict>', () => {
  it('shows your value beside theirs for each field and saves your choices', async () => {
    const el = await fixture<OrukConflictView>(
      html`<oruk-editor-conflict .mine=${mine} .theirs=${theirs} .base=${base}></oruk-editor-conflict>`,
    );
    const root = el.shadowRoot!;
    const legends = [...root.querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Service name', 'Email address', 'Opening times']);
    const nameSet = root.querySelector('fieldset[data-field="name"]')!;
    expect(nameSet.textContent).to.contain('Youth club (Tuesdays)');
    expect(nameSet.textContent).to.contain('The Youth Club');
    expect(nameSet.textContent).to.contain('Keep yours');
    expect(nameSet.textContent).to.contain('Use theirs');

    // Choose their name, keep the suggested others.
    nameSet.querySelector<HTMLInputElement>('input[value="theirs"]')!.click();
    const done = oneEvent(el, 'oruk-conflict-resolve');
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = await done;
    expect(detail.record.name).to.equal('The Youth Club');
    expect(detail.record.email).to.equal('team@youth.example.org');
    expect(detail.record.schedules).to.deep.equal(mine.schedules);
    expect(detail.record.x_vendor).to.deep.equal({ keep: true });
  });

  it('can be used with the keyboard alone', async () => {
    const el = await fixture<OrukConflictView>(
      html`<oruk-editor-conflict .mine=${mine} .theirs=${theirs} .base=${base}></oruk-editor-conflict>`,
    );
    el.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('conflict-heading');
    await sendKeys({ press: 'Tab' }); // the checked radio of the first group (Keep yours)
    expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('mine');
    await sendKeys({ press: 'ArrowDown' }); // Use theirs
    await el.updateComplete;
    const chosen = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(chosen.checked).to.equal(true);
    expect(chosen.closest('label')!.textContent).to.contain('Use theirs');
    expect(chosen.closest('label')!.classList.contains('chosen'), 'their side shown as chosen').to.equal(true);
    await sendKeys({ press: 'Tab' }); // email group
    await sendKeys({ press: 'Tab' }); // schedules group
    await sendKeys({ press: 'Tab' }); // the save button
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
    const done = oneEvent(el, 'oruk-conflict-resolve');
    await sendKeys({ press: 'Enter' });
    const { detail } = await done;
    expect(detail.record.name).to.equal('The Youth Club');
  });

  it('treats feed text as text, and speaks Welsh', async () => {
    const hostile = { ...theirs, name: '<img src=x onerror="window.__pwned=1">' };
    const el = await fixture<OrukConflictView>(
      html`<oruk-editor-conflict
        .mine=${mine}
        .theirs=${hostile}
        .base=${base}
        .strings=${cy}
        lang="cy"
      ></oruk-editor-conflict>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Mae rhywun arall wedi newid y gwasanaeth hwn');
    expect(el.shadowRoot!.textContent).to.contain('Cadw eich un chi');
    // The fields are named by the registry in Welsh, once its Welsh words have loaded.
    const legends = () => [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent!.trim());
    await waitUntil(() => legends()[0] === 'Enw’r gwasanaeth', 'the Welsh field names never came');
    expect(legends()).to.deep.equal(['Enw’r gwasanaeth', 'Cyfeiriad e-bost', 'Amseroedd agor']);
  });

  it('is accessible', async () => {
    const el = await fixture<OrukConflictView>(
      html`<oruk-editor-conflict .mine=${mine} .theirs=${theirs} .base=${base}></oruk-editor-conflict>`,
    );
    await expect(el).to.be.accessible();
  });
});
