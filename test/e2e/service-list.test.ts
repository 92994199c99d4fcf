/**
 * End to end: <oruk-service-list> against the real reference catalogue
 * (started by test/support/catalogue-plugin.mjs with its seeded data).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { define } from '../../src/service-list/service-list.js';
import type { OrukServiceList } from '../../src/service-list/service-list.component.js';

define();

interface Info {
  api: string;
  accounts: { organizationId: string; organizationName: string }[];
  serviceIds: Record<string, string[]>;
}

const info = (await executeServerCommand('catalogue', { action: 'info' })) as Info;
const org = info.accounts[0]!;
const orgIds = info.serviceIds[org.organizationId]!;
const total = Object.values(info.serviceIds).reduce((n, ids) => n + ids.length, 0);

const q = <E extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<E>(s);
const qa = <E extends Element = HTMLElement>(el: Element, s: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<E>(s));
const text = (el: Element, s: string) => (q(el, s)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ids = (el: Element) => qa(el, '[part="service"]').map((c) => c.dataset.serviceId);

function click(target: HTMLElement): void {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 }));
}

async function feed(path: string): Promise<{
  total_items: number;
  contents: {
    id: string;
    name: string;
    attributes?: { taxonomy_term_id?: string; taxonomy_term?: { id: string } }[];
  }[];
}> {
  return (await fetch(`${info.api}${path}`)).json();
}

describe('<oruk-service-list> against the reference catalogue', () => {
  it('lists a seeded organisation’s services, as the plain HTML snippet does', async () => {
    const el = await fixture<OrukServiceList>(
      html`<oruk-service-list no-history api=${info.api} organization=${org.organizationId}></oruk-service-list>`,
    );
    await waitUntil(() => ids(el).length > 0, 'services', { timeout: 8000 });
    expect(orgIds.length).to.be.greaterThan(0);
    expect(ids(el).length).to.equal(Math.min(10, orgIds.length));
    for (const id of ids(el)) expect(orgIds).to.include(id);
    expect(text(el, '[part="summary"]')).to.equal(
      `Showing 1 to ${Math.min(10, orgIds.length)} of ${orgIds.length} services`,
    );
    expect(text(el, '[part="organization"]')).to.equal(`Run by ${org.organizationName}`);
    await expect(el).to.be.accessible();
  });

  it('paginates the whole catalogue: "Showing 11 to 20 of N services"', async () => {
    expect(total).to.be.greaterThan(20);
    const el = await fixture<OrukServiceList>(html`<oruk-service-list no-history api=${info.api}></oruk-service-list>`);
    await waitUntil(() => ids(el).length === 10, 'first page', { timeout: 8000 });
    expect(text(el, '[part="summary"]')).to.equal(`Showing 1 to 10 of ${total} services`);
    const firstPage = ids(el);
    click(q(el, '[part~="next"]')!);
    await waitUntil(() => text(el, '[part="summary"]') === `Showing 11 to 20 of ${total} services`, 'second page', {
      timeout: 8000,
    });
    expect(ids(el)).to.have.length(10);
    expect(ids(el).some((id) => firstPage.includes(id))).to.equal(false);
    expect(text(el, '[part="page-number"]')).to.equal(`Page 2 of ${Math.ceil(total / 10)}`);
  });

  it('searches', async () => {
    const expected = await feed(`/services?organization_id=${org.organizationId}&per_page=100`);
    const target = expected.contents[0]!;
    const word = target.name.split(/\s+/).find((w) => w.length > 4) ?? target.name;
    const el = await fixture<OrukServiceList>(
      html`<oruk-service-list no-history api=${info.api} organization=${org.organizationId}></oruk-service-list>`,
    );
    await waitUntil(() => ids(el).length > 0, 'services', { timeout: 8000 });
    q<HTMLInputElement>(el, 'input[type="search"]')!.value = word;
    q<HTMLFormElement>(el, 'form')!.requestSubmit();
    const server = await feed(
      `/services?organization_id=${org.organizationId}&search=${encodeURIComponent(word)}&per_page=10`,
    );
    await waitUntil(
      () => !q(el, '[part="loading"]') && ids(el).join() === server.contents.map((s) => s.id).join(),
      `search for ${word}`,
      { timeout: 8000 },
    );
    expect(ids(el)).to.include(target.id);
  });

  it('offers a charity’s own categories only, each of which finds some of its services', async () => {
    const everyTerm = (await feed('/taxonomy_terms?per_page=100')).total_items;
    const services = await feed(`/services?organization_id=${org.organizationId}&full=true&per_page=100`);
    const used = new Set(
      services.contents.flatMap((s) => (s.attributes ?? []).map((a) => a.taxonomy_term_id ?? a.taxonomy_term?.id)),
    );
    expect(used.size).to.be.greaterThan(0).and.lessThan(everyTerm);
    const el = await fixture<OrukServiceList>(
      html`<oruk-service-list no-history api=${info.api} organization=${org.organizationId}></oruk-service-list>`,
    );
    await waitUntil(() => !!q(el, 'select[part="filter"]'), 'category filter', { timeout: 8000 });
    const offered = Array.from(q<HTMLSelectElement>(el, 'select[part="filter"]')!.options)
      .slice(1)
      .map((o) => o.value);
    expect(new Set(offered)).to.deep.equal(used);
    await expect(el).to.be.accessible();
  });

  it('filters by taxonomy term from the category filter', async () => {
    const el = await fixture<OrukServiceList>(
      html`<oruk-service-list no-history per-page="50" api=${info.api}></oruk-service-list>`,
    );
    await waitUntil(() => !!q(el, 'select[part="filter"]'), 'category filter', { timeout: 8000 });
    const select = q<HTMLSelectElement>(el, 'select[part="filter"]')!;
    // The first category that has services.
    let termId = '';
    let expected: string[] = [];
    for (const option of Array.from(select.options).slice(1)) {
      const page = await feed(`/services?taxonomy_term_id=${encodeURIComponent(option.value)}&per_page=50`);
      if (page.total_items > 0 && page.total_items < total) {
        termId = option.value;
        expected = page.contents.map((s) => s.id);
        break;
      }
    }
    expect(termId, 'a category with some services').not.to.equal('');
    select.value = termId;
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => !q(el, '[part="loading"]') && ids(el).join() === expected.join(), 'filtered services', {
      timeout: 8000,
    });
    expect(ids(el).length).to.be.lessThan(Math.min(total, 50));
  });

  it('opens a service’s detail with its contact details, places and the organisation’s other services', async () => {
    const el = await fixture<OrukServiceList>(
      html`<oruk-service-list no-history api=${info.api} organization=${org.organizationId}></oruk-service-list>`,
    );
    await waitUntil(() => ids(el).length > 0, 'services', { timeout: 8000 });
    const link = q<HTMLAnchorElement>(el, '[part="title-link"]')!;
    const name = link.textContent!.trim();
    link.focus();
    click(link);
    await waitUntil(() => !!q(el, '[part="detail"]'), 'detail', { timeout: 8000 });
    expect(text(el, '[part="detail-title"]')).to.equal(name);
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part="detail-title"]'));
    await waitUntil(() => !!q(el, '[data-section="related"]') || orgIds.length === 1, 'related services', {
      timeout: 8000,
    });
    if (orgIds.length > 1) {
      expect(text(el, '[data-section="related"] [part~="section-title"]')).to.equal(
        `Other services from ${org.organizationName}`,
      );
    }
    expect(qa(el, '[data-section]').length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
  });
});
