// Removing an attribute after the first render clears that filter or selection
// (a CMS or a script toggling filters does this), with no error.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { feed, freshKey, requestsFor } from '../api/fault-server.js';
import { FULL, makeService, manyServices } from './fixtures.js';
import { q, qa, resetUrl, text, type List } from './helpers.js';

const ids = (el: List) => qa(el, '[part~="service"]').map((c) => c.dataset.serviceId);

/** Fails the test if the element throws while updating (Lit rejects updateComplete) or an error reaches the window. */
async function removeAndSettle(el: List, attribute: string): Promise<void> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  window.addEventListener('error', onError);
  try {
    el.removeAttribute(attribute);
    await el.updateComplete;
  } finally {
    window.removeEventListener('error', onError);
  }
  expect(errors, `errors after removing ${attribute}`).to.deep.equal([]);
}

describe('<oruk-service-list> attributes removed after the first render', () => {
  beforeEach(resetUrl);

  const other = manyServices(3, { id: 'org-other', name: 'Other org', website: '' }).map((s) => ({
    ...s,
    id: `o-${s.id}`,
  }));
  const all = [...manyServices(5), ...other];

  it('organization: shows every organisation’s services again', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history organization="org-other" .services=${all}></oruk-service-list>`,
    );
    expect(ids(el)).to.deep.equal(['o-svc-1', 'o-svc-2', 'o-svc-3']);
    await removeAndSettle(el, 'organization');
    expect(el.organization).to.equal('');
    expect(ids(el)).to.have.length(8);
    expect(text(el, '[part="summary"]')).to.equal('Showing 1 to 8 of 8 services');
  });

  it('taxonomy-term: shows every category again and offers the category filter', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history taxonomy-term="term-art" .services=${all}></oruk-service-list>`,
    );
    const filtered = ids(el);
    expect(filtered.length).to.be.greaterThan(0).and.lessThan(8);
    expect(q(el, 'select')).to.equal(null);
    await removeAndSettle(el, 'taxonomy-term');
    expect(el.taxonomyTerm).to.equal('');
    expect(ids(el)).to.have.length(8);
    expect(q(el, 'select[part~="filter"]')).to.exist;
  });

  it('search: clears the search', async () => {
    const services = [makeService(), makeService({ id: 'svc-2', name: 'Saturday football', summary: 'Football.' })];
    const el = await fixture<List>(
      html`<oruk-service-list no-history search="football" .services=${services}></oruk-service-list>`,
    );
    expect(ids(el)).to.deep.equal(['svc-2']);
    await removeAndSettle(el, 'search');
    expect(el.search).to.equal('');
    expect(ids(el)).to.deep.equal(['svc-1', 'svc-2']);
    expect(q<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
  });

  it('selected: closes the detail view and shows the list', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history selected="svc-full" .services=${[FULL, makeService()]}></oruk-service-list>`,
    );
    expect(q(el, '[part="detail"]')).to.exist;
    await removeAndSettle(el, 'selected');
    expect(el.selected).to.equal('');
    expect(q(el, '[part="detail"]')).to.equal(null);
    expect(ids(el)).to.deep.equal(['svc-full', 'svc-1']);
  });

  it('heading-level and per-page: fall back to level 2 and 10 a page', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list
        no-history
        heading-level="4"
        per-page="3"
        .services=${manyServices(12)}
      ></oruk-service-list>`,
    );
    expect(qa(el, 'h4[part="title"]')).to.have.length(3);
    await removeAndSettle(el, 'heading-level');
    await removeAndSettle(el, 'per-page');
    expect(qa(el, 'h2[part="title"]')).to.have.length(10);
  });

  it('organization on a fetched feed: asks the catalogue again without the filter', async () => {
    const key = freshKey('attr-org');
    const api = await feed('ok', key);
    const el = await fixture<List>(
      html`<oruk-service-list no-history api=${api} organization="org-1"></oruk-service-list>`,
    );
    await waitUntil(() => ids(el).length > 0, 'the first page', { timeout: 5000 });
    await removeAndSettle(el, 'organization');
    await waitUntil(() => ids(el).length > 0 && !q(el, '[part="loading"]'), 'the unfiltered page', { timeout: 5000 });
    const pages = (await requestsFor(key)).filter((r) => r.path === 'services');
    expect(pages.length).to.equal(2);
    expect(Object.keys(pages[0]!.query)).to.include('organization_id');
    expect(Object.keys(pages[1]!.query)).not.to.include('organization_id');
  });
});
