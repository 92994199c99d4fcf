/** The preview is the public list element itself, showing the record as edited. */
import { expect, waitUntil } from '@open-wc/testing';
import { define as defineServiceList } from '../../../src/service-list/service-list.js';
import { formFixture, root, typeInto } from './fixtures.js';

defineServiceList();

describe('oruk-service-form preview', () => {
  it('renders the record with <oruk-service-list> when opened, and follows edits', async () => {
    const form = await formFixture();
    const details = root(form).querySelector('details')!;
    expect(root(form).querySelector('oruk-service-list')).to.equal(null);
    details.querySelector('summary')!.click();
    await waitUntil(() => root(form).querySelector('oruk-service-list') !== null, 'the preview', { timeout: 3000 });
    const list = root(form).querySelector('oruk-service-list')!;
    expect(list.hasAttribute('no-history')).to.equal(true);
    expect(list.getAttribute('selected')).to.equal(form.record.id);
    await waitUntil(
      () => (list.shadowRoot?.textContent ?? '').includes('Young Carers Drop-in'),
      'the service in the preview',
      {
        timeout: 3000,
      },
    );
    await typeInto(form, 'name', 'Carers Corner');
    const shown = () => root(form).querySelector('oruk-service-list');
    await waitUntil(() => (shown()?.shadowRoot?.textContent ?? '').includes('Carers Corner'), 'the new name', {
      timeout: 3000,
    });
    expect(shown()!.shadowRoot!.querySelector('[part="detail-title"]')!.textContent!.trim()).to.equal('Carers Corner');
  });
});
