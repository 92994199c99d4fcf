/** The preview is the public list element itself, showing the record as edited. */
import { expect } from '@open-wc/testing';
import { define as defineServiceList } from '../../../src/service-list/service-list.js';
import { formFixture, root, typeInto, until } from './fixtures.js';

defineServiceList();

describe('oruk-service-form preview', () => {
  it('renders the record with <oruk-service-list> when opened, and follows edits', async () => {
    const form = await formFixture();
    const details = root(form).querySelector('details')!;
    expect(root(form).querySelector('oruk-service-list')).to.equal(null);
    details.querySelector('summary')!.click();
    await until(() => root(form).querySelector('oruk-service-list') !== null);
    const list = root(form).querySelector('oruk-service-list')! as HTMLElement & { services: { name: string }[] };
    expect(list.hasAttribute('no-history')).to.equal(true);
    expect(list.getAttribute('selected')).to.equal(form.record.id);
    await until(() => (list.shadowRoot?.textContent ?? '').includes('Young Carers Drop-in'));
    await typeInto(form, 'name', 'Carers Corner');
    const shown = () =>
      root(form).querySelector('oruk-service-list') as (HTMLElement & { services: { name: string }[] }) | null;
    await until(() => (shown()?.shadowRoot?.textContent ?? '').includes('Carers Corner'));
    expect(shown()!.services[0]!.name).to.equal('Carers Corner');
  });
});
