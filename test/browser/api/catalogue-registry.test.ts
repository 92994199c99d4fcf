// The page-wide registry and the shared service store.
import { expect } from '@open-wc/testing';
import { normaliseBaseUrl } from '../../../src/api/base-url.js';
import { catalogueFor, clearCatalogueRegistry } from '../../../src/api/catalogue-registry.js';
import { createServiceStore, SERVICE_CHANGED, type ServiceChangedEvent } from '../../../src/api/service-store.js';
import type { ServiceView } from '../../../src/model/view-model.js';
import { makeService } from '../service-list/fixtures.js';

const service = (id: string, name: string): ServiceView => makeService({ id, name });

describe('catalogueFor (page-wide registry)', () => {
  afterEach(() => clearCatalogueRegistry());

  it('gives every caller with the same base URL the same client and store', () => {
    const a = catalogueFor('https://catalogue.example.org/api');
    const b = catalogueFor('HTTPS://Catalogue.Example.org/api/');
    const c = catalogueFor('https://catalogue.example.org/api#services');
    expect(b).to.equal(a);
    expect(c).to.equal(a);
    expect(a.client.baseUrl).to.equal('https://catalogue.example.org/api');
  });

  it('keeps different catalogues apart', () => {
    const a = catalogueFor('https://one.example.org/api');
    const b = catalogueFor('https://two.example.org/api');
    expect(b.client).not.to.equal(a.client);
    expect(b.store).not.to.equal(a.store);
  });

  it('resolves a relative base URL against the page', () => {
    const a = catalogueFor('/api/');
    expect(a.baseUrl).to.equal(`${location.origin}/api`);
    expect(catalogueFor(`${location.origin}/api`)).to.equal(a);
  });

  it('is shared with a second copy of the package through a registered symbol', () => {
    const a = catalogueFor('https://shared.example.org/api');
    const holder = globalThis as unknown as Record<symbol, Map<string, unknown>>;
    expect(holder[Symbol.for('oruk-elements.catalogue-registry.v1')]!.get('https://shared.example.org/api')).to.equal(
      a,
    );
  });

  it('normalises base URLs: no fragment, no trailing slash, query kept', () => {
    expect(normaliseBaseUrl('http://localhost:8080/api/')).to.equal('http://localhost:8080/api');
    expect(normaliseBaseUrl('http://localhost:8080/')).to.equal('http://localhost:8080');
    expect(normaliseBaseUrl('http://localhost:8080/api?key=1')).to.equal('http://localhost:8080/api?key=1');
  });

  it('refuses text that is not a URL', () => {
    expect(() => catalogueFor('http://')).to.throw(TypeError);
  });
});

describe('service store', () => {
  it('keeps services by id and tells listeners about every put', () => {
    const store = createServiceStore();
    const heard: string[] = [];
    store.addEventListener(SERVICE_CHANGED, (event) => heard.push((event as ServiceChangedEvent).detail.name));
    store.put(service('s1', 'Lunch club'));
    store.put(service('s1', 'Lunch club (Tuesdays)'));
    expect(store.get('s1')!.name).to.equal('Lunch club (Tuesdays)');
    expect(store.get('missing')).to.equal(undefined);
    expect(heard).to.deep.equal(['Lunch club', 'Lunch club (Tuesdays)']);
  });

  it('lets a subscriber stop listening', () => {
    const store = createServiceStore();
    const heard: string[] = [];
    const stop = store.subscribe((s) => heard.push(s.id));
    store.put(service('a', 'A'));
    stop();
    store.put(service('b', 'B'));
    expect(heard).to.deep.equal(['a']);
  });

  it('is the one store every element with the same api shares', () => {
    const editorSide = catalogueFor('https://store.example.org/api');
    const listSide = catalogueFor('https://store.example.org/api/');
    let seen: ServiceView | undefined;
    listSide.store.subscribe((s) => (seen = s));
    editorSide.store.put(service('x', 'Saved by the editor'));
    expect(seen?.name).to.equal('Saved by the editor');
    clearCatalogueRegistry();
  });
});
