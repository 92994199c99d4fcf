import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FULL, manyServices } from './fixtures.js';
import { q, resetUrl, type List } from './helpers.js';

function active(el: List): Element | null {
  return el.shadowRoot!.activeElement;
}

describe('<oruk-service-list> focus and keyboard', () => {
  beforeEach(resetUrl);
  afterEach(resetUrl);

  it('opens a service with the keyboard, focuses its heading, and returns focus to the card link on "Back"', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${[...manyServices(3), FULL]}></oruk-service-list>`,
    );
    const events: string[] = [];
    el.addEventListener('oruk-service-open', (e) =>
      events.push(`open ${(e as CustomEvent<{ id: string }>).detail.id}`),
    );
    el.addEventListener('oruk-service-close', (e) =>
      events.push(`close ${(e as CustomEvent<{ id: string }>).detail.id}`),
    );
    const link = q<HTMLAnchorElement>(el, '[data-open-service="svc-full"]')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const heading = q(el, '[part="detail-title"]')!;
    expect(active(el)).to.equal(heading);
    expect(heading.textContent).to.equal('Youth drop-in');
    // Tab from the heading reaches the detail's links in order.
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('part')).to.equal('phone');
    q<HTMLAnchorElement>(el, '[part="back-link"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)).to.equal(q(el, '[data-open-service="svc-full"]'));
    expect(events).to.deep.equal(['open svc-full', 'close svc-full']);
  });

  it('moves focus to the results summary after a page change', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${manyServices(25)}></oruk-service-list>`,
    );
    q<HTMLAnchorElement>(el, '[part~="next"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)).to.equal(q(el, '[part="summary"]'));
    expect(active(el)!.textContent).to.equal('Showing 11 to 20 of 25 services');
  });

  it('does not steal focus when a service is selected by code (the editor preview)', async () => {
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    const el = await fixture<List>(
      html`<oruk-service-list no-history selected="svc-full" .services=${[FULL]}></oruk-service-list>`,
    );
    expect(q(el, '[part="detail"]')).to.exist;
    expect(document.activeElement).to.equal(outside);
    outside.remove();
  });
});
