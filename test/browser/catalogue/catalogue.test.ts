// <oruk-catalogue>: context reaches the elements inside; define() never throws.
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { catalogueFor, clearCatalogueRegistry } from '../../../src/api/catalogue-registry.js';
import type { CatalogueConnection } from '../../../src/api/catalogue-registry.js';
import { CatalogueController } from '../../../src/catalogue/catalogue-controller.js';
import { OrukCatalogue } from '../../../src/catalogue/catalogue.component.js';
import { define } from '../../../src/catalogue/catalogue.js';

/** A stand-in for the list element: shows which catalogue it would read. */
class CatalogueProbe extends LitElement {
  @property() accessor api = '';
  readonly catalogue = new CatalogueController(this, () => this.api);
  override render() {
    return html`<p>${this.catalogue.value?.baseUrl ?? 'none'}</p>`;
  }
}
customElements.define('catalogue-probe', CatalogueProbe);
define();

/** The same context key through @lit/context, as another copy or version of this package may use it. */
const litContext = createContext<CatalogueConnection | undefined>(Symbol.for('oruk-elements.catalogue-context'));

class LitContextProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: litContext, subscribe: true });
}
customElements.define('lit-context-probe', LitContextProbe);

class LitContextHost extends LitElement {
  readonly provider = new ContextProvider(this, {
    context: litContext,
    initialValue: catalogueFor('https://lit.example.org/api'),
  });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('lit-context-host', LitContextHost);

const shown = (probe: CatalogueProbe) => probe.shadowRoot!.querySelector('p')!.textContent;

describe('<oruk-catalogue>', () => {
  afterEach(() => clearCatalogueRegistry());

  it('gives the elements inside it the shared client and store for its api', async () => {
    const el = await fixture<OrukCatalogue>(html`
      <oruk-catalogue api="https://catalogue.example.org/api/">
        <section><catalogue-probe></catalogue-probe></section>
      </oruk-catalogue>
    `);
    const probe = el.querySelector<CatalogueProbe>('catalogue-probe')!;
    await probe.updateComplete;
    const shared = catalogueFor('https://catalogue.example.org/api');
    expect(el.connection).to.equal(shared);
    expect(probe.catalogue.value).to.equal(shared);
    expect(probe.catalogue.value!.client).to.equal(shared.client);
    expect(shown(probe)).to.equal('https://catalogue.example.org/api');
  });

  it('tells the elements inside when its api changes', async () => {
    const el = await fixture<OrukCatalogue>(html`
      <oruk-catalogue api="https://one.example.org/api"><catalogue-probe></catalogue-probe></oruk-catalogue>
    `);
    const probe = el.querySelector<CatalogueProbe>('catalogue-probe')!;
    el.api = 'https://two.example.org/api';
    await el.updateComplete;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('https://two.example.org/api');
  });

  it('lets an element with its own api use that catalogue instead', async () => {
    const el = await fixture<OrukCatalogue>(html`
      <oruk-catalogue api="https://one.example.org/api">
        <catalogue-probe api="https://own.example.org/api"></catalogue-probe>
      </oruk-catalogue>
    `);
    const probe = el.querySelector<CatalogueProbe>('catalogue-probe')!;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('https://own.example.org/api');
    expect(probe.catalogue.provided?.baseUrl).to.equal('https://one.example.org/api');
  });

  it('shares with elements outside it that name the same api', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <oruk-catalogue api="https://same.example.org/api"><catalogue-probe></catalogue-probe></oruk-catalogue>
        <catalogue-probe id="outside" api="https://same.example.org/api/"></catalogue-probe>
      </div>
    `);
    const inside = wrapper.querySelector('oruk-catalogue catalogue-probe') as CatalogueProbe;
    const outside = wrapper.querySelector('#outside') as CatalogueProbe;
    expect(outside.catalogue.value!.store).to.equal(inside.catalogue.value!.store);
  });

  it('hands a nested element to the nearest catalogue, also one that is defined after the element asked', async () => {
    const outer = await fixture<OrukCatalogue>(html`
      <oruk-catalogue api="https://outer.example.org/api">
        <late-catalogue api="https://inner.example.org/api"><catalogue-probe></catalogue-probe></late-catalogue>
      </oruk-catalogue>
    `);
    const probe = outer.querySelector<CatalogueProbe>('catalogue-probe')!;
    await probe.updateComplete;
    // <late-catalogue> is not defined yet: the outer catalogue answers.
    expect(shown(probe)).to.equal('https://outer.example.org/api');
    define('late-catalogue');
    const inner = outer.querySelector<OrukCatalogue>('late-catalogue')!;
    await inner.updateComplete;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('https://inner.example.org/api');
    // The outer catalogue has let go: its changes no longer reach the probe.
    outer.api = 'https://outer-two.example.org/api';
    await outer.updateComplete;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('https://inner.example.org/api');
  });

  it('speaks the context protocol of @lit/context both ways (another copy of the package on the page)', async () => {
    const el = await fixture<OrukCatalogue>(html`
      <oruk-catalogue api="https://one.example.org/api"><lit-context-probe></lit-context-probe></oruk-catalogue>
    `);
    const litProbe = el.querySelector<LitContextProbe>('lit-context-probe')!;
    expect(litProbe.consumer.value?.baseUrl).to.equal('https://one.example.org/api');
    el.api = 'https://two.example.org/api';
    await el.updateComplete;
    expect(litProbe.consumer.value?.baseUrl).to.equal('https://two.example.org/api');

    const host = await fixture<LitContextHost>(
      html`<lit-context-host><catalogue-probe></catalogue-probe></lit-context-host>`,
    );
    const probe = host.querySelector<CatalogueProbe>('catalogue-probe')!;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('https://lit.example.org/api');
    host.provider.setValue(catalogueFor('https://lit-two.example.org/api'));
    await probe.updateComplete;
    expect(shown(probe)).to.equal('https://lit-two.example.org/api');
  });

  it('gives nothing when there is no api, or it is not a URL', async () => {
    const el = await fixture<OrukCatalogue>(html`<oruk-catalogue><catalogue-probe></catalogue-probe></oruk-catalogue>`);
    const probe = el.querySelector<CatalogueProbe>('catalogue-probe')!;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('none');
    el.api = 'http://';
    await el.updateComplete;
    expect(el.connection).to.equal(undefined);
  });

  it('shows its children and adds no box or role of its own', async () => {
    const el = await fixture<OrukCatalogue>(html`
      <oruk-catalogue api="https://catalogue.example.org/api"
        ><a href="https://catalogue.example.org">All services</a></oruk-catalogue
      >
    `);
    expect(getComputedStyle(el).display).to.equal('contents');
    const link = el.querySelector('a')!;
    expect(link.getBoundingClientRect().width).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});

describe('define()', () => {
  it('does not throw when called twice', () => {
    expect(() => {
      define();
      define();
    }).not.to.throw();
    expect(customElements.get('oruk-catalogue')).to.equal(OrukCatalogue);
  });

  it('leaves a tag that something else has taken alone', () => {
    class Other extends HTMLElement {}
    customElements.define('taken-catalogue', Other);
    expect(() => define('taken-catalogue')).not.to.throw();
    expect(customElements.get('taken-catalogue')).to.equal(Other);
  });

  it('registers under another tag too', async () => {
    define('acme-catalogue');
    const el = await fixture<OrukCatalogue>(html`<acme-catalogue api="https://acme.example.org/api"></acme-catalogue>`);
    expect(el).to.be.instanceOf(OrukCatalogue);
    expect(el.connection?.baseUrl).to.equal('https://acme.example.org/api');
  });

  it('ignores a tag name that is not valid', () => {
    expect(() => define('notvalid')).not.to.throw();
  });
});
