import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FULL, manyServices } from './fixtures.js';
import { q, resetUrl, text, type List } from './helpers.js';

describe('<oruk-service-list> in Welsh', () => {
  beforeEach(resetUrl);
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('speaks Welsh with lang="cy": controls, paging, status and the detail view', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list lang="cy" no-history .services=${[...manyServices(12), FULL]}></oruk-service-list>`,
    );
    await waitUntil(() => !!q(el, '[part="summary"]'), 'Welsh strings', { timeout: 5000 });
    expect(text(el, 'label[for="q"]')).to.equal('Chwilio gwasanaethau');
    expect(text(el, '[part~="search-button"]')).to.equal('Chwilio');
    expect(text(el, '[part="summary"]')).to.equal('Yn dangos 1 i 10 o 13 gwasanaeth');
    expect(text(el, '[part~="next"]')).to.equal('Tudalen nesaf');
    expect(q(el, 'nav')!.getAttribute('aria-label')).to.equal('Tudalennau');
    el.selected = 'svc-full';
    await el.updateComplete;
    expect(text(el, '[part~="status"]')).to.equal('Ar gau dros dro');
    expect(text(el, '[part="back-link"]')).to.equal('Yn ôl i’r holl wasanaethau');
    expect(text(el, '[data-section="when"] li')).to.equal('Bob dydd Llun a dydd Iau, 10:00 i 16:00');
    expect(text(el, '[data-section="who"] li')).to.equal('Oedran 11 i 18');
    expect(text(el, '[data-section="cost"] li')).to.equal('£5.00 per session');
    expect(text(el, '[part="checked"]')).to.match(/^Dyddiad y gwiriad diwethaf: 3 Mawrth 2026$/);
    expect(text(el, '[data-section="related"] [part~="section-title"]')).to.equal(
      'Gwasanaethau eraill gan Riverside Community Trust',
    );
    await expect(el).to.be.accessible();
  });

  it('follows the closest lang ancestor and the document language, and switches live', async () => {
    const wrap = await fixture(
      html`<div lang="cy-GB"><oruk-service-list no-history .services=${[]}></oruk-service-list></div>`,
    );
    const el = wrap.querySelector<List>('oruk-service-list')!;
    const says = (words: string) => () => text(el, '[part="empty"]') === words;
    await waitUntil(says('Dim gwasanaethau wedi’u canfod'), 'Welsh from ancestor', { timeout: 5000 });
    el.setAttribute('lang', 'en');
    await waitUntil(says('No services found'), 'English from own lang', { timeout: 5000 });
    el.removeAttribute('lang');
    wrap.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'cy');
    await waitUntil(says('Dim gwasanaethau wedi’u canfod'), 'Welsh from the document', { timeout: 5000 });
  });

  it('has a Welsh string for every English one', async () => {
    const { listEn } = await import('../../../src/service-list/strings/en.js');
    const { detailEn } = await import('../../../src/service-list/strings/detail-en.js');
    const { listCy } = await import('../../../src/service-list/strings/cy.js');
    const { formatEn } = await import('../../../src/shared/strings/en.js');
    const { formatCy } = await import('../../../src/shared/strings/cy.js');
    for (const key of [...Object.keys(listEn), ...Object.keys(detailEn)])
      expect(listCy[key], key).to.be.a('string').and.not.equal('');
    for (const key of Object.keys(formatEn))
      expect((formatCy as Record<string, string>)[key], key)
        .to.be.a('string')
        .and.not.equal('');
  });
});
