import { expect, fixture, html } from '@open-wc/testing';
import { FULL, manyServices } from './fixtures.js';
import { q, resetUrl, type List } from './helpers.js';

describe('<oruk-service-list> theming', () => {
  beforeEach(resetUrl);
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    document.body.style.fontSize = '';
    document.getElementById('theme-test')?.remove();
  });

  it('inherits the site’s font and colour by default', async () => {
    const wrap = await fixture(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)">
      <oruk-service-list no-history .services=${manyServices(2)}></oruk-service-list>
    </div>`);
    const el = wrap.querySelector<List>('oruk-service-list')!;
    await el.updateComplete;
    const title = q(el, '[part="organization"]')!;
    expect(getComputedStyle(title).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(q(el, '[part="title"]')!).color).to.equal('rgb(10, 20, 30)');
  });

  it('takes --oruk-* custom properties', async () => {
    const style = [
      '--oruk-link-color: rgb(200, 0, 0)',
      '--oruk-radius: 0px',
      '--oruk-spacing: 30px',
      '--oruk-font-family: monospace',
      '--oruk-accent-color: rgb(0, 100, 0)',
    ].join('; ');
    const el = await fixture<List>(html`<oruk-service-list
      no-history
      style=${style}
      .services=${manyServices(2)}
    ></oruk-service-list>`);
    const card = q(el, '[part="service"]')!;
    expect(getComputedStyle(q(el, '[part="title-link"]')!).color).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(card).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(card).paddingTop).to.equal('30px');
    expect(getComputedStyle(card).fontFamily).to.equal('monospace');
    expect(getComputedStyle(q(el, '[part~="search-button"]')!).backgroundColor).to.equal('rgb(0, 100, 0)');
  });

  it('exposes parts for the page to style', async () => {
    const style = document.createElement('style');
    style.id = 'theme-test';
    style.textContent = `
      oruk-service-list::part(service) { background-color: rgb(1, 2, 3); }
      oruk-service-list::part(status) { color: rgb(4, 5, 6); }
      oruk-service-list::part(detail-title) { letter-spacing: 3px; }
      oruk-service-list::part(search) { margin-bottom: 17px; }
    `;
    document.head.append(style);
    const el = await fixture<List>(html`<oruk-service-list no-history .services=${[FULL]}></oruk-service-list>`);
    expect(getComputedStyle(q(el, '[part="service"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(q(el, '[part~="status"]')!).color).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(q(el, '[part="search"]')!).marginBottom).to.equal('17px');
    el.selected = 'svc-full';
    await el.updateComplete;
    expect(getComputedStyle(q(el, '[part="detail-title"]')!).letterSpacing).to.equal('3px');
  });

  it('does not shrink when the site sets html { font-size: 62.5% } (em and px only)', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${manyServices(2)}></oruk-service-list>`,
    );
    const before = q(el, '[part="service"]')!.getBoundingClientRect().height;
    const beforePad = getComputedStyle(q(el, '[part="service"]')!).paddingTop;
    // The usual pattern: root at 10px for easy rem maths, body text back at 16px.
    document.documentElement.style.fontSize = '62.5%';
    document.body.style.fontSize = '1.6rem';
    await el.updateComplete;
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
    expect(getComputedStyle(q(el, '[part="service"]')!).paddingTop).to.equal(beforePad);
    expect(q(el, '[part="service"]')!.getBoundingClientRect().height).to.equal(before);
  });
});
