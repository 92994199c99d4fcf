// The read client and <oruk-catalogue> against the real reference catalogue
// (started by test/support/catalogue-plugin.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CatalogueError } from '../../../src/api/catalogue-error.js';
import { catalogueFor, clearCatalogueRegistry } from '../../../src/api/catalogue-registry.js';
import { createReadClient } from '../../../src/api/read-client.js';
import { CatalogueController } from '../../../src/catalogue/catalogue-controller.js';
import { define } from '../../../src/catalogue/catalogue.js';
import type { ServiceView } from '../../../src/model/view-model.js';
import { rejectionOf } from './fault-server.js';

interface CatalogueInfo {
  api: string;
  accounts: Array<{ organizationId: string; organizationName: string }>;
  serviceIds: Record<string, string[]>;
}

const info = () => executeServerCommand<CatalogueInfo, { action: string }>('catalogue', { action: 'info' });

/** Lists the names of its catalogue's services for one organisation, as the list element will. */
class ServiceNames extends LitElement {
  @property() accessor organization = '';
  @state() accessor names: string[] = [];
  readonly catalogue = new CatalogueController(this, () => undefined);
  async load(): Promise<void> {
    const page = await this.catalogue.value!.client.services({ organizationId: this.organization, perPage: 50 });
    this.names = page.items.map((s) => s.name);
  }
  override render() {
    return html`<ul>${this.names.map((n) => html`<li>${n}</li>`)}</ul>`;
  }
}
customElements.define('service-names', ServiceNames);
define();

describe('read client against the reference catalogue', () => {
  afterEach(() => clearCatalogueRegistry());

  it('reads `/` as ORUK 3.0, with the write extension advertised', async () => {
    const { api } = await info();
    const details = await createReadClient(api).apiDetails();
    expect(details.version).to.equal('3.0');
    expect(details.writeApi?.version).to.be.a('string');
  });

  it("reads one organisation's services, and each service by id", async () => {
    const { api, accounts, serviceIds } = await info();
    const org = accounts[0]!.organizationId;
    const client = createReadClient(api);
    const page = await client.services({ organizationId: org, perPage: 50 });
    expect(page.version).to.equal('3.0');
    expect(page.items.map((s) => s.id).sort()).to.deep.equal([...serviceIds[org]!].sort());
    expect(page.items.every((s) => s.organization?.id === org)).to.equal(true);

    const first = page.items[0]!;
    const one = await client.service(first.id);
    expect(one.name).to.equal(first.name);
  });

  it('pages through the catalogue', async () => {
    const { api } = await info();
    const client = createReadClient(api);
    const first = await client.services({ page: 1, perPage: 2 });
    expect(first.items).to.have.length(2);
    expect(first.totalItems).to.be.greaterThan(2);
    const second = await client.services({ page: 2, perPage: 2 });
    expect(second.pageNumber).to.equal(2);
    const seen = new Set(first.items.map((s) => s.id));
    expect(second.items.some((s) => seen.has(s.id))).to.equal(false);
  });

  it('finds a service by a word of its name', async () => {
    const { api } = await info();
    const client = createReadClient(api);
    const all = await client.services({ perPage: 50 });
    const word = all.items[0]!.name.split(/\s+/).find((w) => w.length > 3)!;
    const found = await client.services({ search: word, perPage: 50 });
    expect(found.items.length).to.be.greaterThan(0);
    expect(found.items.map((s) => s.id)).to.include(all.items[0]!.id);
  });

  it('reads the taxonomy terms', async () => {
    const { api } = await info();
    const terms = await createReadClient(api).taxonomyTerms({ perPage: 20 });
    expect(terms.items.length).to.be.greaterThan(0);
    expect(terms.items[0]!.name).to.be.a('string').and.not.equal('');
  });

  it('returns a service record with the ETag the catalogue gave it, and the same body on revalidation', async () => {
    const { api, accounts, serviceIds } = await info();
    const id = serviceIds[accounts[0]!.organizationId]![0]!;
    const client = createReadClient(api);
    const first = await client.serviceRecord(id);
    expect(first.etag).to.be.a('string').and.not.equal('');
    const second = await client.serviceRecord(id);
    expect(second).to.deep.equal(first);
  });

  it('explains an unknown service as not found', async () => {
    const { api } = await info();
    const error = (await rejectionOf(
      createReadClient(api).service('00000000-0000-4000-8000-000000000000'),
    )) as CatalogueError;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
  });

  it('fails with a network error while the catalogue is down, and reads again once it is back', async () => {
    const { api } = await info();
    const client = createReadClient(api, { retries: 1, backoffMs: 20 });
    await executeServerCommand('catalogue', { action: 'stop' });
    try {
      const error = (await rejectionOf(client.services({}))) as CatalogueError;
      expect(error.kind).to.equal('network');
      expect(error.retryable).to.equal(true);
    } finally {
      await executeServerCommand('catalogue', { action: 'start' });
    }
    const page = await client.services({});
    expect(page.items.length).to.be.greaterThan(0);
  });

  it('gives an element inside <oruk-catalogue> the shared client, which reads the catalogue', async () => {
    const { api, accounts, serviceIds } = await info();
    const org = accounts[0]!.organizationId;
    const el = await fixture(html`
      <oruk-catalogue api=${api}><service-names organization=${org}></service-names></oruk-catalogue>
    `);
    const names = el.querySelector<ServiceNames>('service-names')!;
    expect(names.catalogue.value).to.equal(catalogueFor(api));
    await names.load();
    await names.updateComplete;
    expect(names.shadowRoot!.querySelectorAll('li')).to.have.length(serviceIds[org]!.length);

    // An editor elsewhere on the page saves a service: the shared store tells every listener.
    let heard: ServiceView | undefined;
    names.catalogue.value!.store.subscribe((s) => (heard = s));
    const saved = await catalogueFor(`${api}/`).client.service(serviceIds[org]![0]!);
    catalogueFor(`${api}/`).store.put(saved);
    expect(heard?.id).to.equal(saved.id);
  });
});
