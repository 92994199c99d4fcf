/**
 * Every payload of the XSS corpus in every text field of a service, in the
 * list and the detail view, with both sanitizer backends: nothing runs, no
 * dangerous element or attribute reaches the page, no dangerous href.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ServiceView } from '../../../src/model/view-model.js';
import { loadDomPurify } from '../../../src/shared/sanitize.js';
import { makeService } from './fixtures.js';
import { q, qa, resetUrl, type List } from './helpers.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const payloads: { category: string; html: string }[] = await (
  await fetch(new URL('../../fixtures/xss/payloads.json', import.meta.url))
).json();
const urls: string[] = await (await fetch(new URL('../../fixtures/xss/urls.json', import.meta.url))).json();

const OUR_ELEMENTS = new Set([
  'P',
  'BR',
  'UL',
  'OL',
  'LI',
  'EM',
  'STRONG',
  'B',
  'I',
  'A',
  'H2',
  'H3',
  'SPAN',
  'DIV',
  'ARTICLE',
  'SECTION',
  'NAV',
  'FORM',
  'LABEL',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'SLOT',
]);
const SAFE_HREF = /^(https?:\/\/[^/]|mailto:|tel:|http:\/\/localhost)/i;

function poisoned(p: string, url: string, i: number): ServiceView {
  return makeService({
    id: `xss-${i}`,
    name: p,
    status: 'temporarily closed',
    summary: p,
    descriptionHtml: p,
    url,
    email: url,
    alert: p,
    fees: p,
    minimumAge: 5,
    assuredDate: p,
    lastModified: p,
    organization: { id: 'org', name: p, website: url, email: url, description: p },
    contacts: [{ name: p, title: p, email: url, phones: [{ number: p, tel: url, description: p }] }],
    phones: [{ number: p, tel: url }],
    locations: [
      {
        name: p,
        description: p,
        latitude: Number.NaN,
        addresses: [{ address1: p, city: p, postalCode: p, region: p }],
        accessibility: [p],
        phones: [{ number: p, tel: url }],
      },
    ],
    schedules: [{ days: ['MO'], opensAt: p, closesAt: p, description: p, notes: p, validFrom: p }],
    costOptions: [{ option: p, amount: 3, currency: p, description: p }],
    languages: [{ name: p, code: p }],
    serviceAreas: [{ name: p }],
    taxonomyTerms: [{ id: p, name: p }],
    problems: [{ path: p, message: p }],
  });
}

function assertClean(el: List, label: string): void {
  for (const node of qa<Element>(el, '*')) {
    expect(OUR_ELEMENTS.has(node.tagName), `${label}: <${node.tagName.toLowerCase()}> in the shadow DOM`).to.equal(
      true,
    );
    for (const attr of Array.from(node.attributes)) {
      expect(attr.name.startsWith('on'), `${label}: ${attr.name} attribute`).to.equal(false);
      expect(['style', 'srcdoc', 'src', 'formaction', 'xlink:href'], `${label}: ${attr.name}`).not.to.include(
        attr.name,
      );
    }
    const href = node.getAttribute('href');
    if (href !== null) expect(href, `${label}: href`).to.match(SAFE_HREF);
  }
  const lightScripts = Array.from(el.querySelectorAll('script'));
  expect(
    lightScripts.every((s) => s.type === 'application/ld+json'),
    `${label}: a light-DOM script`,
  ).to.equal(true);
}

async function runCorpus(): Promise<void> {
  const services = payloads.map((p, i) => poisoned(p.html, urls[i % urls.length]!, i));
  const el = await fixture<List>(
    html`<oruk-service-list no-history show-issues per-page="100" .services=${services}></oruk-service-list>`,
  );
  expect(qa(el, '[part="service"]')).to.have.length(payloads.length);
  assertClean(el, 'list');
  for (const [i, p] of payloads.entries()) {
    el.selected = `xss-${i}`;
    await el.updateComplete;
    expect(q(el, '[part="detail"]'), p.html).to.exist;
    assertClean(el, `${p.category} ${p.html}`);
  }
  // Also the search box and URL state: payloads as search text.
  el.selected = '';
  await el.updateComplete;
  q<HTMLInputElement>(el, 'input[type="search"]')!.value = payloads[0]!.html;
  q<HTMLFormElement>(el, 'form')!.requestSubmit();
  await el.updateComplete;
  assertClean(el, 'search');
  await new Promise((r) => setTimeout(r, 100));
  expect(window.__xss, 'a payload ran').to.equal(undefined);
}

describe('<oruk-service-list> against the XSS corpus', () => {
  beforeEach(() => {
    resetUrl();
    delete window.__xss;
  });

  it(`has at least 50 payloads`, () => {
    expect(payloads.length).to.be.at.least(50);
  });

  it('with the browser’s Sanitizer API', async () => {
    expect(typeof (Element.prototype as { setHTML?: unknown }).setHTML).to.equal('function');
    await runCorpus();
  });

  it('with DOMPurify (a browser without the Sanitizer API)', async () => {
    const proto = Element.prototype as unknown as Record<string, unknown>;
    const original = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML')!;
    Object.defineProperty(Element.prototype, 'setHTML', { value: undefined, configurable: true, writable: true });
    try {
      await loadDomPurify();
      expect(proto.setHTML).to.equal(undefined);
      await runCorpus();
    } finally {
      Object.defineProperty(Element.prototype, 'setHTML', original);
    }
  });
});
