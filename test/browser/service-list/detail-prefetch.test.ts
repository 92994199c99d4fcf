/**
 * The detail view's code starts downloading when a person shows they may open a
 * service (a pointer over its link, or focus on it), so opening is usually instant,
 * while a page that is only scrolled through never fetches it.
 * This file runs in a page of its own, so nothing else has loaded the chunk.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FULL, makeService } from './fixtures.js';
import { q, resetUrl, type List } from './helpers.js';

const requested = (name: string) =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.endsWith(`/src/service-list/${name}`));

describe('<oruk-service-list> fetching the detail view ahead of a click', () => {
  beforeEach(resetUrl);

  it('starts when a service link gets keyboard focus, and the service then opens without a busy state', async () => {
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${[makeService(), FULL]}></oruk-service-list>`,
    );
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]') !== null, 'the JSON-LD', {
      timeout: 5000,
    });
    // Moving the pointer over the list's text (not a link) fetches nothing.
    q(el, '[part="description"]')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 100));
    expect(requested('detail-chunk.ts')).to.equal(false);

    const link = q(el, '[data-open-service="svc-full"]') as HTMLAnchorElement;
    link.focus();
    await waitUntil(() => requested('detail-chunk.ts'), 'the detail view to be fetched after focus', { timeout: 5000 });
    // Let the chunk arrive, then open with the keyboard: no loading state is needed.
    await new Promise((r) => setTimeout(r, 200));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(q(el, '[aria-busy="true"]')).to.equal(null);
    expect(q(el, '[part="detail-title"]')!.textContent).to.equal('Youth drop-in');
  });
});
