/**
 * Repeating groups: add, remove and reorder with the keyboard alone; focus goes somewhere sensible; changes are
 * announced.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrukServiceForm } from '../../../src/service-editor/form/index.js';
import { formFixture, root } from './fixtures.js';

type Json = Record<string, any>;

function focused(form: OrukServiceForm): HTMLElement | null {
  return root(form).activeElement as HTMLElement | null;
}

function button(form: OrukServiceForm, action: string, list: string, index?: number): HTMLButtonElement {
  const at = index === undefined ? '' : `[data-index="${index}"]`;
  const selector = `button[data-action="${action}"][data-list="${list}"]${at}`;
  const found = root(form).querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

async function press(form: OrukServiceForm, key: string): Promise<void> {
  await sendKeys({ press: key });
  await form.updateComplete;
  await form.updateComplete;
}

function announcement(form: OrukServiceForm): string {
  return root(form).querySelector('[aria-live]')?.textContent?.trim() ?? '';
}

describe('oruk-service-form repeating groups (keyboard only)', () => {
  it('adds an item with Enter, moves focus to its first field, and announces it', async () => {
    const form = await formFixture();
    button(form, 'add', 'schedules').focus();
    await press(form, 'Enter');
    expect((form.record as Json).schedules).to.have.length(3);
    const field = focused(form) as HTMLInputElement;
    expect(field.dataset.path).to.equal('schedules.2.byday');
    expect(field.value).to.equal('MO');
    expect(announcement(form)).to.equal('Opening time 3 added');
    // The new item can be filled in straight away.
    await press(form, 'Space');
    expect((form.record as Json).schedules[2].byday).to.equal('MO');
  });

  it('reorders with Move down and Move up, keeping focus on the moved item', async () => {
    const form = await formFixture();
    const [first, second] = (form.record as Json).schedules as Json[];
    button(form, 'down', 'schedules', 0).focus();
    await press(form, 'Enter');
    expect(((form.record as Json).schedules as Json[]).map((s) => s.id)).to.deep.equal([second!.id, first!.id]);
    expect(announcement(form)).to.equal('Opening time moved to position 2 of 2');
    // The moved item is now last, so its Move down has gone: focus is on its Move up.
    const now = focused(form) as HTMLButtonElement;
    expect(now.dataset.action).to.equal('up');
    expect(now.dataset.index).to.equal('1');
    await press(form, 'Enter');
    expect(((form.record as Json).schedules as Json[]).map((s) => s.id)).to.deep.equal([first!.id, second!.id]);
    expect(announcement(form)).to.equal('Opening time moved to position 1 of 2');
    expect((focused(form) as HTMLButtonElement).dataset.action).to.equal('down');
    // The fields moved with their items.
    expect(root(form).querySelector<HTMLInputElement>('[data-path="schedules.0.opens_at"]')!.value).to.equal('10:00');
  });

  it('removes an item, moving focus to the next one, then to the Add button when none are left', async () => {
    const form = await formFixture();
    const second = (form.record as Json).schedules[1];
    button(form, 'remove', 'schedules', 0).focus();
    await press(form, 'Enter');
    expect((form.record as Json).schedules).to.deep.equal([second]);
    expect(announcement(form)).to.equal('Opening time 1 removed');
    expect((focused(form) as HTMLInputElement).dataset.path).to.equal('schedules.0.byday');
    button(form, 'remove', 'schedules', 0).focus();
    await press(form, 'Enter');
    expect((form.record as Json).schedules).to.deep.equal([]);
    expect(focused(form)?.id).to.equal('add-f-schedules');
  });

  it('removing the last of several moves focus to the one before', async () => {
    const form = await formFixture();
    button(form, 'remove', 'schedules', 1).focus();
    await press(form, 'Enter');
    expect((focused(form) as HTMLInputElement).dataset.path).to.equal('schedules.0.byday');
  });

  it("adds and removes nested items (a location's accessibility) without touching the location", async () => {
    const form = await formFixture();
    const list = 'service_at_locations.0.location.accessibility';
    button(form, 'add', list).focus();
    await press(form, 'Enter');
    const location = (form.record as Json).service_at_locations[0].location;
    expect(location.accessibility).to.have.length(2);
    expect(location.accessibility[1].location_id).to.equal(location.id);
    expect((focused(form) as HTMLInputElement).dataset.path).to.equal(`${list}.1.description`);
    await sendKeys({ type: 'Accessible toilet' });
    await form.updateComplete;
    expect((form.record as Json).service_at_locations[0].location.accessibility[1].description).to.equal(
      'Accessible toilet',
    );
    expect(announcement(form)).to.equal('Accessibility feature 2 added');
  });

  it("moves a field's shown error with its item when the list is reordered", async () => {
    const record = (await import('./fixtures.js')).sampleRecord() as Json;
    record.schedules[1].opens_at = '25:00';
    const form = await formFixture(record);
    form.checkAll();
    await form.updateComplete;
    expect(root(form).querySelector('#f-schedules-1-opens_at-error')).to.not.equal(null);
    button(form, 'up', 'schedules', 1).focus();
    await press(form, 'Enter');
    expect(root(form).querySelector('#f-schedules-0-opens_at-error')).to.not.equal(null);
    expect(root(form).querySelector('#f-schedules-1-opens_at-error')).to.equal(null);
  });
});
