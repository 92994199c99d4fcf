/**
 * The list on real-shaped feeds, through the lenient reader: the official
 * ORUK 3.0 examples, ORUK v1 pages and the messy-feed fixtures, given as data
 * and fetched from the fault server's v3 and v1 feeds.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { readService, readServicePage } from '../../../src/model/reader/index.js';
import type { ServiceView } from '../../../src/model/view-model.js';
import { q, qa, resetUrl, text, type List } from './helpers.js';

const load = async (path: string): Promise<unknown> =>
  (await fetch(new URL(`../../fixtures/${path}`, import.meta.url))).json();
const { baseUrl } = (await executeServerCommand('faults', { action: 'info' })) as { baseUrl: string };

declare global {
  interface Window {
    __xss?: unknown;
  }
}

async function showEach(services: ServiceView[]): Promise<List> {
  const el = await fixture<List>(
    html`<oruk-service-list no-history show-issues .services=${services}></oruk-service-list>`,
  );
  for (const s of services) {
    el.selected = s.id;
    await el.updateComplete;
    expect(q(el, '[part="detail"]'), s.id).to.exist;
    expect(text(el, '[part="detail-title"]')).to.equal(s.name);
  }
  el.selected = '';
  await el.updateComplete;
  return el;
}

describe('<oruk-service-list> on real feeds', () => {
  beforeEach(resetUrl);

  it('renders the official ORUK 3.0 example page and full service', async () => {
    const page = readServicePage(await load('reference/oruk-3.0-spec-examples/service_list.json'));
    const full = readService(await load('reference/oruk-3.0-spec-examples/service_full.json'));
    const el = await showEach([...page.items.filter((s) => s.id !== full.id), full]);
    expect(qa(el, '[part="service"]').length).to.equal(page.items.filter((s) => s.id !== full.id).length + 1);
    el.selected = full.id;
    await el.updateComplete;
    expect(text(el, '[data-section="when"] li')).to.contain('Thursdays and Fridays, 10:00 to 18:00');
    expect(text(el, '[data-section="who"] li')).to.equal('Ages 12 to 100');
    // latitude 100 is impossible: the map link searches for the postcode instead
    expect(q<HTMLAnchorElement>(el, '[part="map-link"]')!.href).to.contain('openstreetmap.org/search?query=ABC%201234');
    await expect(el).to.be.accessible();
  });

  it('renders an ORUK v1 page and service', async () => {
    const page = readServicePage(await load('feeds/v1/service-page.json'));
    expect(page.version).to.equal('1.0');
    const one = readService(await load('feeds/v1/service.json'));
    const el = await showEach([...page.items.filter((s) => s.id !== one.id), one]);
    expect(text(el, '[part="summary"]')).to.match(/^Showing 1 to \d+ of \d+ services$/);
    el.selected = page.items[0]!.id;
    await el.updateComplete;
    expect(q<HTMLAnchorElement>(el, '[part="website"]')!.href).to.equal(
      'https://www.holytrinity-example-parish.org.uk/toddlers',
    );
  });

  it('renders every messy v3 fixture without breaking, and never runs their markup', async () => {
    const files = ['ages', 'camel-case', 'dates', 'html-descriptions', 'ids', 'vendor-extensions'];
    const singles = ['empty-strings', 'phones', 'placeholders', 'schedules'];
    const services: ServiceView[] = [];
    for (const f of files) services.push(...readServicePage(await load(`feeds/v3/${f}.json`)).items);
    for (const f of singles) services.push(readService(await load(`feeds/v3/${f}.json`)));
    const unique = [...new Map(services.map((s) => [s.id, s])).values()];
    const el = await showEach(unique);
    el.selected = '0d8c3a52-1b7e-4c39-9f54-3c1c7f0e8a01';
    await el.updateComplete;
    expect(qa(el, '[part~="description"] li').map((li) => li.textContent)).to.deep.equal([
      'Food parcels',
      'Toiletries\u00a0& nappies',
    ]);
    expect(q(el, 'script, img, h2 + script')).to.equal(null);
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__xss).to.equal(undefined);
  });

  it('fetches and renders a v3 feed and a v1 feed by their api address', async () => {
    const v3 = await fixture<List>(
      html`<oruk-service-list no-history api=${`${baseUrl}/ok/list-feeds-${Date.now()}`}></oruk-service-list>`,
    );
    await waitUntil(() => qa(v3, '[part="service"]').length > 0, 'v3 services', { timeout: 8000 });
    const v1 = await fixture<List>(
      html`<oruk-service-list no-history api=${`${baseUrl}/v1/list-feeds-${Date.now()}`}></oruk-service-list>`,
    );
    await waitUntil(() => qa(v1, '[part="service"]').length > 0, 'v1 services', { timeout: 8000 });
    expect(text(v1, '[part="title-link"]')).to.equal('Junior swimming club');
    // v1 taxonomies feed the category filter
    await waitUntil(() => !!q(v1, 'select[part="filter"]'), 'v1 filter', { timeout: 8000 });
    click1(v1);
    await waitUntil(() => !!q(v1, '[part="detail"]'), 'v1 detail', { timeout: 8000 });
    expect(text(v1, '[part="detail-title"]')).to.equal('Junior swimming club');
    await expect(v1).to.be.accessible();
  });
});

function click1(el: List): void {
  q(el, '[part="title-link"]')!.dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 }),
  );
}
