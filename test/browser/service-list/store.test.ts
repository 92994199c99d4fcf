import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { catalogueFor } from '../../../src/api/catalogue-registry.js';
import { define as defineCatalogue } from '../../../src/catalogue/catalogue.js';
import { define } from '../../../src/service-list/service-list.js';
import { OrukServiceList } from '../../../src/service-list/service-list.component.js';
import { makeService } from './fixtures.js';
import { q, qa, resetUrl, text, type List } from './helpers.js';

const { baseUrl } = (await executeServerCommand('faults', { action: 'info' })) as { baseUrl: string };
defineCatalogue();

describe('<oruk-service-list> with the shared store and <oruk-catalogue>', () => {
  beforeEach(resetUrl);

  it('re-renders a shown service at once when the store hears a save', async () => {
    const api = `${baseUrl}/ok/list-store-${Date.now()}`;
    const el = await fixture<List>(html`<oruk-service-list no-history api=${api}></oruk-service-list>`);
    await waitUntil(() => qa(el, '[part="service"]').length > 0, 'services', { timeout: 8000 });
    const first = qa(el, '[part="service"]')[0]!;
    const id = first.dataset.serviceId!;
    const before = text(el, `[data-service-id="${id}"] [part="title-link"]`);
    catalogueFor(api).store.put(makeService({ id, name: `${before} (edited)` }));
    await el.updateComplete;
    expect(text(el, `[data-service-id="${id}"] [part="title-link"]`)).to.equal(`${before} (edited)`);
    el.selected = id;
    await el.updateComplete;
    catalogueFor(api).store.put(makeService({ id, name: 'Renamed again' }));
    await el.updateComplete;
    expect(text(el, '[part="detail-title"]')).to.equal('Renamed again');
  });

  it('shows the new copy of a selected service when `services` changes, even after the store heard a save of it', async () => {
    // As the editor's preview does: one list inside a catalogue, given each new version of the record.
    const api = `${baseUrl}/ok/list-services-change-${Date.now()}`;
    catalogueFor(api).store.put(makeService({ name: 'Saved before the list existed' }));
    const wrap = await fixture(html`<oruk-catalogue api=${api}>
      <oruk-service-list
        no-history
        selected="svc-1"
        .services=${[makeService({ name: 'First draft' })]}
      ></oruk-service-list>
    </oruk-catalogue>`);
    const el = wrap.querySelector<List>('oruk-service-list')!;
    await el.updateComplete;
    expect(text(el, '[part="detail-title"]')).to.equal('First draft');
    catalogueFor(api).store.put(makeService({ name: 'Saved by the editor' }));
    await el.updateComplete;
    expect(text(el, '[part="detail-title"]')).to.equal('Saved by the editor');
    el.services = [makeService({ name: 'Second draft' })];
    await el.updateComplete;
    expect(text(el, '[part="detail-title"]')).to.equal('Second draft');
    expect(text(el, '[part="title-link"]')).to.equal('');
    el.selected = '';
    await el.updateComplete;
    expect(text(el, '[part="title-link"]')).to.equal('Second draft');
  });

  it('uses the catalogue an enclosing <oruk-catalogue> provides', async () => {
    const api = `${baseUrl}/ok/list-context-${Date.now()}`;
    const wrap = await fixture(
      html`<oruk-catalogue api=${api}
        ><section><oruk-service-list no-history></oruk-service-list></section
      ></oruk-catalogue>`,
    );
    const el = wrap.querySelector<List>('oruk-service-list')!;
    await waitUntil(() => qa(el, '[part="service"]').length > 0, 'services from the context', { timeout: 8000 });
    expect(q(el, '[part="error"]')).to.equal(null);
  });

  it('define() never throws: twice, a taken tag, another tag', () => {
    define();
    define();
    expect(customElements.get('oruk-service-list')).to.equal(OrukServiceList);
    customElements.define('taken-list-tag', class extends HTMLElement {});
    expect(() => define('taken-list-tag')).not.to.throw();
    expect(() => define('acme-services')).not.to.throw();
    expect(customElements.get('acme-services')).to.exist;
    expect(() => define('not a tag')).not.to.throw();
  });
});
