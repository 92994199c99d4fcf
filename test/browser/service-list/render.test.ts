import { expect, fixture, html } from '@open-wc/testing';
import { FULL, makeService, manyServices } from './fixtures.js';
import { click, q, qa, resetUrl, text, type List } from './helpers.js';

describe('<oruk-service-list> rendering given services', () => {
  beforeEach(resetUrl);

  it('renders each service as a part="service" list item with its id, a heading link, a status badge and a short description', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${[makeService(), FULL]}></oruk-service-list>`,
    );
    const cards = qa(el, '[part~="service"]');
    expect(cards.map((c) => c.dataset.serviceId)).to.deep.equal(['svc-1', 'svc-full']);
    const list = q(el, 'ul[part="list"]')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(cards.every((c) => c.tagName === 'LI' && c.parentElement === list)).to.equal(true);
    expect(cards[0]!.querySelector('h2 a')!.textContent).to.equal('Junior swimming club');
    expect(cards[0]!.querySelector('[part~="status"]')).to.equal(null);
    expect(cards[1]!.querySelector('[part~="status"]')!.textContent).to.equal('Temporarily closed');
    expect(cards[1]!.querySelector('[part~="description"]')!.textContent).to.equal(
      'A safe place for young people. Games Advice',
    );
    expect(text(el, '[part="summary"]')).to.equal('Showing 1 to 2 of 2 services');
    await expect(el).to.be.accessible();
  });

  it('uses the heading level given', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history heading-level="3" .services=${[FULL]}></oruk-service-list>`,
    );
    expect(qa(el, 'h3[part="title"]')).to.have.length(1);
    click(q(el, '[part="title-link"]')!);
    await el.updateComplete;
    expect(q(el, 'h3[part="detail-title"]')!.textContent).to.equal('Youth drop-in');
    expect(qa(el, 'h4[part="section-title"]').length).to.be.greaterThan(5);
  });

  it('shortens long descriptions on the card', async () => {
    const long = 'word '.repeat(200).trim();
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${[makeService({ summary: long })]}></oruk-service-list>`,
    );
    const shown = text(el, '[part="description"]');
    expect(shown.length).to.be.lessThan(250);
    expect(shown.endsWith('…')).to.equal(true);
  });

  it('shows the detail view in plain words', async () => {
    const sibling = makeService({ id: 'svc-2', name: 'Saturday football' });
    const el = await fixture<List>(
      html`<oruk-service-list no-history selected="svc-full" .services=${[FULL, sibling]}></oruk-service-list>`,
    );
    const detail = q(el, '[part="detail"]')!;
    expect(detail).to.exist;
    const words = detail.textContent!.replace(/\s+/g, ' ');
    expect(q(el, '[part~="status"]')!.textContent).to.equal('Temporarily closed');
    expect(text(el, '[part="alert"]')).to.equal('Important notice: Closed over Easter.');
    expect(q(el, '[part~="description"] strong')!.textContent).to.equal('young people');
    expect(qa(el, '[part~="description"] li')).to.have.length(2);
    // Contacts, phones, email, website
    const tel = qa<HTMLAnchorElement>(el, 'a[part="phone"]');
    expect(tel.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+441234567890']);
    expect(words).to.contain('Ask at reception');
    expect(words).to.contain('Sam Jones, Youth worker');
    expect(qa<HTMLAnchorElement>(el, 'a[part="email"]').map((a) => a.getAttribute('href'))).to.deep.equal([
      'mailto:youth@riverside.example.org',
      'mailto:sam@riverside.example.org',
    ]);
    expect(q<HTMLAnchorElement>(el, 'a[part="website"]')!.href).to.equal('https://riverside.example.org/youth');
    // Places
    expect(text(el, '[part="address"]')).to.equal('1 River Street, Cardiff, CF10 1AA');
    const map = q<HTMLAnchorElement>(el, 'a[part="map-link"]')!;
    expect(map.href).to.equal('https://www.openstreetmap.org/?mlat=51.4816&mlon=-3.1791#map=17/51.4816/-3.1791');
    expect(map.textContent).to.equal('Map of Riverside Hall');
    // When, cost, ages, languages, areas, accessibility, terms, checked
    expect(text(el, '[data-section="when"] ul')).to.equal('Mondays and Thursdays, 10:00 to 16:00');
    expect(text(el, '[data-section="cost"] ul')).to.equal('£5.00 per session');
    expect(text(el, '[data-section="who"] ul')).to.equal('Ages 11 to 18');
    const items = (section: string) => qa(el, `[data-section="${section}"] li`).map((li) => li.textContent);
    expect(items('languages')).to.deep.equal(['English', 'Welsh']);
    expect(text(el, '[data-section="areas"] ul')).to.equal('Cardiff');
    expect(items('accessibility')).to.deep.equal(['Step-free entrance', 'Hearing loop']);
    expect(text(el, '[data-section="terms"] ul')).to.equal('Youth clubs');
    expect(text(el, '[part="checked"]')).to.equal('Date last checked: 3 March 2026');
    // Other services from the organisation
    expect(text(el, '[data-section="related"] [part~="section-title"]')).to.equal(
      'Other services from Riverside Community Trust',
    );
    expect(qa(el, '[part="related-link"]').map((a) => a.textContent)).to.deep.equal(['Saturday football']);
    await expect(el).to.be.accessible();
  });

  it('pages through many services on the browser: "Showing 11 to 20 of 42 services"', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${manyServices(42)}></oruk-service-list>`,
    );
    expect(text(el, '[part="summary"]')).to.equal('Showing 1 to 10 of 42 services');
    expect(text(el, '[part="page-number"]')).to.equal('Page 1 of 5');
    expect(q(el, '[part~="previous"]')).to.equal(null);
    click(q(el, '[part~="next"]')!);
    await el.updateComplete;
    expect(text(el, '[part="summary"]')).to.equal('Showing 11 to 20 of 42 services');
    expect(qa(el, '[part="service"]').map((c) => c.dataset.serviceId)[0]).to.equal('svc-11');
    click(q(el, '[part~="previous"]')!);
    await el.updateComplete;
    expect(text(el, '[part="summary"]')).to.equal('Showing 1 to 10 of 42 services');
    await expect(el).to.be.accessible();
  });

  it('respects per-page', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history per-page="25" .services=${manyServices(42)}></oruk-service-list>`,
    );
    expect(qa(el, '[part="service"]')).to.have.length(25);
    expect(text(el, '[part="page-number"]')).to.equal('Page 1 of 2');
  });

  it('searches, filters by taxonomy term, and says when nothing is found', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${manyServices(42)}></oruk-service-list>`,
    );
    const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = 'food';
    q<HTMLFormElement>(el, 'form')!.requestSubmit();
    await el.updateComplete;
    expect(text(el, '[part="summary"]')).to.equal('Showing 1 to 6 of 6 services');
    const select = q<HTMLSelectElement>(el, 'select[part="filter"]')!;
    expect(Array.from(select.options).map((o) => o.textContent)).to.deep.equal([
      'All types',
      'Arts and crafts',
      'Sport',
    ]);
    select.value = 'term-sport';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // food services are 1, 8, 15, 22, 29, 36: the even indexes (0, 14, 28) are sport
    expect(qa(el, '[part="service"]').map((c) => c.dataset.serviceId)).to.deep.equal(['svc-1', 'svc-15', 'svc-29']);
    const input2 = q<HTMLInputElement>(el, 'input[type="search"]')!;
    input2.value = 'nothing matches this';
    q<HTMLFormElement>(el, 'form')!.requestSubmit();
    await el.updateComplete;
    expect(text(el, '[part="empty"] .empty-title')).to.equal('No services found');
    expect(text(el, '[part="empty"]')).to.contain('No services found for “nothing matches this”');
    click(q(el, '[part="clear-search"]')!);
    await el.updateComplete;
    expect(qa(el, '[part="service"]').length).to.equal(10);
    await expect(el).to.be.accessible();
  });

  it('says "No services found" for an empty list', async () => {
    const el = await fixture<List>(html`<oruk-service-list no-history .services=${[]}></oruk-service-list>`);
    expect(text(el, '[part="empty"]')).to.equal('No services found');
    await expect(el).to.be.accessible();
  });

  it('filters by the organization and taxonomy-term attributes, and offers no category filter when the term is fixed', async () => {
    const other = manyServices(3, { id: 'org-other', name: 'Other org', website: '' }).map((s) => ({
      ...s,
      id: `o-${s.id}`,
    }));
    const el = await fixture<List>(
      html`<oruk-service-list
        no-history
        organization="org-other"
        .services=${[...manyServices(5), ...other]}
      ></oruk-service-list>`,
    );
    expect(qa(el, '[part="service"]').map((c) => c.dataset.serviceId)).to.deep.equal(['o-svc-1', 'o-svc-2', 'o-svc-3']);
    el.taxonomyTerm = 'term-art';
    await el.updateComplete;
    expect(qa(el, '[part="service"]').map((c) => c.dataset.serviceId)).to.deep.equal(['o-svc-2']);
    expect(q(el, 'select')).to.equal(null);
  });

  it('keeps 5,000 services responsive by rendering one page', async () => {
    const services = manyServices(5000);
    const start = performance.now();
    const el = await fixture<List>(html`<oruk-service-list no-history .services=${services}></oruk-service-list>`);
    expect(qa(el, '[part="service"]')).to.have.length(10);
    expect(text(el, '[part="summary"]')).to.equal('Showing 1 to 10 of 5000 services');
    const input = q<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = 'food';
    const searchStart = performance.now();
    q<HTMLFormElement>(el, 'form')!.requestSubmit();
    await el.updateComplete;
    expect(performance.now() - searchStart).to.be.lessThan(200);
    expect(performance.now() - start).to.be.lessThan(1500);
    expect(text(el, '[part="summary"]')).to.equal('Showing 1 to 10 of 715 services');
  });

  it('puts schema.org JSON-LD for the shown services in its light DOM, replaced on each change', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${manyServices(12)}></oruk-service-list>`,
    );
    const read = () => {
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      return JSON.parse(scripts[0]!.textContent!) as { '@graph': { name: string; provider: { name: string } }[] };
    };
    expect(read()['@graph']).to.have.length(10);
    expect(read()['@graph'][0]!.provider.name).to.equal('Riverside Community Trust');
    click(q(el, '[part~="next"]')!);
    await el.updateComplete;
    expect(read()['@graph'].map((s) => s.name)).to.deep.equal(['Service 11', 'Service 12']);
  });

  it('re-renders a shown service when the given services change', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history selected="svc-1" .services=${[makeService()]}></oruk-service-list>`,
    );
    expect(text(el, '[part="detail-title"]')).to.equal('Junior swimming club');
    el.services = [makeService({ name: 'Junior swimming club (new times)' })];
    await el.updateComplete;
    expect(text(el, '[part="detail-title"]')).to.equal('Junior swimming club (new times)');
  });
});
