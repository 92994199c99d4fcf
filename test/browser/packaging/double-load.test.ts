/**
 * Loading oruk-elements more than once on a page never throws: the bundle twice (two
 * module instances, two copies of Lit), the list-only bundle beside it, and the npm
 * entry (the unbundled source) beside both. The editor's code is downloaded only when
 * an editor appears. Needs `npm run build` first (`npm test` does it).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { services } from './fixtures.js';

const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

// Paths held in variables: these are built files, not modules TypeScript should resolve.
const BUNDLE = '/dist/oruk-elements.js';
const LIST_BUNDLE = '/dist/oruk-list.js';

interface ListLike extends HTMLElement {
  services: unknown[];
  updateComplete: Promise<boolean>;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    document.head.append(script);
  });
}

const editorChunks = () =>
  performance.getEntriesByType('resource').filter((e) => /\/chunks\/service-editor-[^/]+\.js$/.test(e.name));

async function showServices(tag: string): Promise<ListLike> {
  const list = document.createElement(tag) as ListLike;
  list.setAttribute('no-history', '');
  list.services = services;
  document.body.append(list);
  await list.updateComplete;
  await waitUntil(
    () => (list.shadowRoot?.textContent ?? '').includes('Debt advice drop-in'),
    `${tag} to show services`,
    { timeout: 5000 },
  );
  return list;
}

describe('loading oruk-elements more than once', () => {
  afterEach(() => {
    document.querySelectorAll('oruk-service-list, acme-services, oruk-service-editor').forEach((el) => el.remove());
  });

  it('registers the list and catalogue from the bundle, and the bundle shows services', async () => {
    await loadScript(BUNDLE);
    expect(customElements.get('oruk-service-list')).to.be.a('function');
    expect(customElements.get('oruk-catalogue')).to.be.a('function');
    const list = await showServices('oruk-service-list');
    expect(list.shadowRoot!.textContent).to.contain('Emergency food parcels');
    expect(errors).to.deep.equal([]);
  });

  it('does not download the editor until an editor appears, then registers it', async () => {
    expect(customElements.get('oruk-service-editor')).to.equal(undefined);
    expect(editorChunks()).to.have.length(0);
    document.body.append(document.createElement('oruk-service-editor'));
    await waitUntil(() => customElements.get('oruk-service-editor') !== undefined, 'the editor to be defined', {
      timeout: 10000,
    });
    expect(editorChunks()).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });

  it('the same script tag twice loads once and throws nothing', async () => {
    const before = customElements.get('oruk-service-list');
    await loadScript(BUNDLE);
    await loadScript(BUNDLE);
    expect(customElements.get('oruk-service-list')).to.equal(before);
    expect(errors).to.deep.equal([]);
  });

  it('a second copy of the bundle, and the list-only bundle, keep the first registration and throw nothing', async () => {
    const before = customElements.get('oruk-service-list');
    const second = (await import(/* @vite-ignore */ `${BUNDLE}?copy=2`)) as Record<string, unknown>;
    const listOnly = (await import(/* @vite-ignore */ LIST_BUNDLE)) as Record<string, unknown>;
    expect(second.OrukServiceList).to.be.a('function');
    expect(listOnly.OrukServiceList).to.be.a('function');
    expect(second.OrukServiceList).not.to.equal(listOnly.OrukServiceList, 'two separate copies of the class');
    expect(customElements.get('oruk-service-list')).to.equal(before);
    await showServices('oruk-service-list');
    expect(errors).to.deep.equal([]);
  });

  it('the npm entry beside the bundles: defineAll() keeps what is there, a renamed tag works', async () => {
    const npm = await import('../../../src/define.js');
    const before = customElements.get('oruk-service-list');
    expect(() => npm.defineAll()).not.to.throw();
    expect(() => npm.defineAll()).not.to.throw();
    expect(customElements.get('oruk-service-list')).to.equal(before);
    expect(() => npm.defineServiceList('acme-services')).not.to.throw();
    expect(() => npm.defineServiceList('acme-services')).not.to.throw();
    const renamed = await showServices('acme-services');
    expect(renamed.shadowRoot!.textContent).to.contain('Emergency food parcels');
    expect(errors).to.deep.equal([]);
  });

  it('define functions register into the registry they are given (a scoped registry)', async () => {
    const npm = await import('../../../src/define.js');
    const registry = new (CustomElementRegistry as unknown as { new (): CustomElementRegistry })();
    npm.defineAll(registry);
    npm.defineAll(registry);
    for (const tag of ['oruk-catalogue', 'oruk-service-list', 'oruk-service-editor']) {
      expect(registry.get(tag), tag).to.be.a('function');
    }
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    document.body.append(host);
    root.innerHTML = '<oruk-service-list no-history></oruk-service-list>';
    const list = root.querySelector('oruk-service-list') as ListLike;
    expect(list).to.be.instanceOf(registry.get('oruk-service-list')!);
    list.services = services;
    await waitUntil(
      () => (list.shadowRoot?.textContent ?? '').includes('Debt advice drop-in'),
      'the scoped list to show services',
      { timeout: 5000 },
    );
    host.remove();
    expect(errors).to.deep.equal([]);
  });
});
